package id.go.jogjaprov.warta.archives.internal.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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

  /** Where the images posts feature are kept with an import, by their attachment's id. */
  public static final String FEATURED = "wp-featured/";

  /** WordPress's resized copies: {@code foto-300x200.jpg} is made from {@code foto.jpg}. */
  private static final Pattern RESIZED = Pattern.compile("-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]+)$");

  private PostImages() {}

  /**
   * WordPress's caption around an image: {@code [caption id="attachment_7" width="300"]<img …>
   * Gubernur meninjau lokasi[/caption]}; old versions wrote it as {@code caption="…"} instead.
   */
  private static final Pattern CAPTIONED =
      Pattern.compile(
          "\\[(?:wp_)?caption\\b([^\\]]*)\\](.*?)\\[/(?:wp_)?caption\\]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern CAPTION_ATTRIBUTE =
      Pattern.compile("\\bcaption\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

  /**
   * The tags of WordPress's own shortcodes, which its site turned into markup and which would
   * otherwise stand in a record's text as written; what they enclose (a caption's words) stays.
   */
  private static final Pattern SHORTCODE_TAGS =
      Pattern.compile(
          "\\[/?(?:wp_caption|caption|gallery|embed|video|audio|playlist)\\b[^\\]]*\\]",
          Pattern.CASE_INSENSITIVE);

  /**
   * An image a post shows: its path below the uploads folder, its alternative text and the caption
   * WordPress showed under it.
   */
  public record Shown(String path, Optional<String> alt, Optional<String> caption) {

    /** Where to look for it: as shown, then the original a resized copy was made from. */
    public List<String> candidates() {
      String original = RESIZED.matcher(path).replaceFirst("$1");
      return original.equals(path) ? List.of(path) : List.of(path, original);
    }
  }

  /**
   * A WordPress attachment as its export describes it: its file below the uploads folder, the
   * alternative text its site gave it and its caption (the attachment's excerpt, as plain words).
   * Each text is kept to {@link #DESCRIPTION_LENGTH} characters: every attachment of an export is
   * noted while it is read, before the posts say which ones they feature.
   */
  public record Attachment(String path, Optional<String> alt, Optional<String> caption) {

    public static Attachment described(String path, String alt, String caption) {
      return new Attachment(
          path,
          Optional.ofNullable(alt).flatMap(PostImages::nonBlank).map(Attachment::bounded),
          Optional.ofNullable(caption)
              .map(html -> Jsoup.parseBodyFragment(html).text())
              .flatMap(PostImages::nonBlank)
              .map(Attachment::bounded));
    }

    private static String bounded(String text) {
      return text.length() <= DESCRIPTION_LENGTH ? text : text.substring(0, DESCRIPTION_LENGTH);
    }
  }

  /** The longest alternative text or caption of an attachment kept (WordPress advises far less). */
  static final int DESCRIPTION_LENGTH = 500;

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
    Map<String, String> captions = captionsIn(html);
    Map<String, Shown> shown = new LinkedHashMap<>();
    for (Element image : Jsoup.parseBodyFragment(html).select("img[src]")) {
      pathOf(image)
          .ifPresent(
              path ->
                  shown.putIfAbsent(
                      path,
                      new Shown(
                          path,
                          nonBlank(image.attr("alt")),
                          Optional.ofNullable(captions.get(path)))));
    }
    return new ArrayList<>(shown.values());
  }

  /**
   * A post's HTML without the tags of WordPress's shortcodes ({@code [caption …]}, {@code [gallery
   * …]}…), keeping what they enclose.
   */
  public static String withoutShortcodes(String html) {
    return SHORTCODE_TAGS.matcher(html).replaceAll("");
  }

  /** The caption of each captioned image, by its path: the words beside it, else the attribute. */
  private static Map<String, String> captionsIn(String html) {
    Map<String, String> captions = new LinkedHashMap<>();
    Matcher captioned = CAPTIONED.matcher(html);
    while (captioned.find()) {
      Element inside = Jsoup.parseBodyFragment(captioned.group(2)).body();
      Optional<String> path =
          inside.select("img[src]").stream().findFirst().flatMap(PostImages::pathOf);
      if (path.isPresent()) {
        inside.select("img").remove();
        Optional<String> caption = nonBlank(inside.text());
        if (caption.isEmpty()) {
          Matcher attribute = CAPTION_ATTRIBUTE.matcher(captioned.group(1));
          if (attribute.find()) {
            caption =
                nonBlank(
                    Jsoup.parseBodyFragment(
                            attribute.group(1) != null ? attribute.group(1) : attribute.group(2))
                        .text());
          }
        }
        caption.ifPresent(words -> captions.putIfAbsent(path.get(), words));
      }
    }
    return captions;
  }

  private static Optional<String> pathOf(Element image) {
    return pathOfAddress(image.attr("src"));
  }

  private static Optional<String> nonBlank(String text) {
    return Optional.of(text.strip()).filter(words -> !words.isEmpty());
  }

  /**
   * Where a file of a ZIP lies below the uploads folder ({@code wp-content/uploads/2019/03/a.jpg}
   * is {@code 2019/03/a.jpg}); a ZIP of the folder's contents alone names them so already.
   */
  public static String pathOfEntry(String entryName) {
    String name = entryName.replace('\\', '/');
    return below(name).orElse(name.replaceFirst("^(\\./|/)+", ""));
  }

  /** Where the file an address names lies below the uploads folder, if it is in it. */
  public static Optional<String> pathOfAddress(String address) {
    return below(addressPath(address));
  }

  /**
   * The key under which an import keeps the image a post features, found by its attachment's id;
   * its last part is the file's name.
   */
  public static String featuredKey(String attachmentId, String path) {
    return FEATURED + attachmentId + "/" + path;
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
