package id.go.jogjaprov.warta.archives.internal.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which files of the uploads that came with a WordPress export an import keeps, learnt while its
 * rows are read whole at the start: the images its posts show, by their path, and the images they
 * feature, by their attachment ({@link PostImages#featuredKey}). An image both shown and featured
 * is kept under both keys: a post's steps look it up either way.
 */
public final class WantedUploads {

  private final Set<String> shown = new HashSet<>();
  private final Set<String> featured = new HashSet<>();
  private final Map<String, List<String>> keysByPath = new LinkedHashMap<>();
  private final Map<String, PostImages.Attachment> featuredByKey = new HashMap<>();

  /** Notes what the row's post shows and features. */
  public void read(ImportRow row) {
    PostImages.shownIn(row.values().get(ImportRow.BODY))
        .forEach(image -> shown.addAll(image.candidates()));
    row.value(ImportRow.FEATURED_IMAGE).ifPresent(featured::add);
  }

  /**
   * Once every row is read: each featured attachment found among the export's {@code attachments}
   * (by id) is wanted at its path, described as the export describes it.
   */
  public void resolve(Map<String, PostImages.Attachment> attachments) {
    shown.forEach(path -> keysAt(path).add(path));
    featured.stream()
        .filter(attachments::containsKey)
        .forEach(
            id -> {
              PostImages.Attachment attachment = attachments.get(id);
              String key = PostImages.featuredKey(id, attachment.path());
              keysAt(attachment.path()).add(key);
              featuredByKey.put(key, attachment);
            });
  }

  /** The attachment kept under {@code key}, if it is a featured image's key. */
  public Optional<PostImages.Attachment> featuredAt(String key) {
    return Optional.ofNullable(featuredByKey.get(key));
  }

  private List<String> keysAt(String path) {
    return keysByPath.computeIfAbsent(path, any -> new ArrayList<>());
  }

  /** The paths below the uploads folder worth reading. */
  public Set<String> paths() {
    return keysByPath.keySet();
  }

  /** The keys the upload at {@code path} is kept under. */
  public List<String> keysOf(String path) {
    return keysByPath.getOrDefault(path, List.of());
  }
}
