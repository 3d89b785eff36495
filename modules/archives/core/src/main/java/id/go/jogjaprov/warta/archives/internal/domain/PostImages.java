package id.go.jogjaprov.warta.archives.internal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The images a WordPress post shows, named by their path below the site's uploads folder: how an
 * import matches them with the uploads that came with the export. They are never fetched from the
 * old site (whose address the export names, and which may be anything by now).
 */
public final class PostImages {

  private static final String UPLOADS = "uploads/";

  /** WordPress's resized copies: {@code foto-300x200.jpg} is made from {@code foto.jpg}. */
  private static final Pattern RESIZED = Pattern.compile("-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]+)$");

  private PostImages() {}

  /** An image a post shows: its path below the uploads folder, and its alternative text. */
  public record Shown(String path, Optional<String> alt) {

    /** Where to look for it: as shown, then the original a resized copy was made from. */
    public List<String> candidates() {
      String original = RESIZED.matcher(path).replaceFirst("$1");
      return original.equals(path) ? List.of(path) : List.of(path, original);
    }
  }

  /** The image formats kept, recognised by their first bytes (never by a name or a claim). */
  public enum Kind {
    JPEG("image/jpeg"),
    PNG("image/png"),
    GIF("image/gif"),
    WEBP("image/webp");

    private final String mediaType;

    Kind(String mediaType) {
      this.mediaType = mediaType;
    }

    public String mediaType() {
      return mediaType;
    }

    public static Optional<Kind> of(byte[] bytes) {
      if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
        return Optional.of(JPEG);
      }
      if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
        return Optional.of(PNG);
      }
      if (starts(bytes, 0, 'G', 'I', 'F', '8')) {
        return Optional.of(GIF);
      }
      if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
        return Optional.of(WEBP);
      }
      return Optional.empty();
    }

    private static boolean starts(byte[] bytes, int at, int... expected) {
      if (bytes.length < at + expected.length) {
        return false;
      }
      for (int i = 0; i < expected.length; i++) {
        if ((bytes[at + i] & 0xFF) != expected[i]) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The images of the site's uploads the post's HTML shows, in order, each once; images from
   * elsewhere are not the site's and are left out.
   */
  public static List<Shown> shownIn(String html) {
    if (html == null || html.isBlank()) {
      return List.of();
    }
    Map<String, Shown> shown = new LinkedHashMap<>();
    for (Element image : Jsoup.parseBodyFragment(html).select("img[src]")) {
      below(addressPath(image.attr("src")))
          .ifPresent(
              path ->
                  shown.putIfAbsent(
                      path,
                      new Shown(
                          path,
                          Optional.of(image.attr("alt").strip()).filter(alt -> !alt.isEmpty()))));
    }
    return new ArrayList<>(shown.values());
  }

  /**
   * Where a file of a ZIP lies below the uploads folder ({@code wp-content/uploads/2019/03/a.jpg}
   * is {@code 2019/03/a.jpg}); a ZIP of the folder's contents alone names them so already.
   */
  public static String pathOfEntry(String entryName) {
    String name = entryName.replace('\\', '/');
    return below(name).orElse(name.replaceFirst("^(\\./|/)+", ""));
  }

  private static Optional<String> below(String path) {
    int uploads = path.lastIndexOf(UPLOADS);
    if (uploads < 0 || (uploads > 0 && path.charAt(uploads - 1) != '/')) {
      return Optional.empty();
    }
    String below = path.substring(uploads + UPLOADS.length());
    return below.isEmpty() ? Optional.empty() : Optional.of(below);
  }

  /** The path of an address, decoded, without its query. */
  private static String addressPath(String src) {
    String address = src.strip();
    try {
      String path = new URI(address).getPath();
      if (path != null) {
        return path;
      }
    } catch (URISyntaxException e) {
      // An address with spaces and the like, as old posts have: read as written.
    }
    return address.replaceFirst("[?#].*$", "");
  }
}
