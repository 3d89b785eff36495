package id.go.jogjaprov.warta.archives.internal.infrastructure;

import id.go.jogjaprov.warta.archives.api.ImportProblem;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRow;
import id.go.jogjaprov.warta.archives.internal.domain.ImportRows;
import id.go.jogjaprov.warta.archives.internal.domain.PostImages;
import id.go.jogjaprov.warta.archives.internal.domain.RowProblem;
import id.go.jogjaprov.warta.archives.internal.domain.UnreadableImportFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The posts of a WordPress export (WXR 1.0 to 1.2), read as a stream so that a file of any size
 * takes little memory. Pages, attachments, menus and revisions are not releases and are passed
 * over, but where each attachment's file lies is noted (a post names the image it features by its
 * attachment); a post that was never published, or was password-protected, is a row with its
 * problem. No DTD and no external entity is ever read.
 */
final class WxrRows implements ImportRows {

  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
  private static final String WORDPRESS = "http://wordpress.org/export/";
  private static final String NO_DATE = "0000-00-00";

  /** The post meta naming the attachment a post features, and the one naming its file. */
  private static final String FEATURED = "_thumbnail_id";

  private static final String ATTACHED_FILE = "_wp_attached_file";

  /** The post meta holding an image attachment's alternative text. */
  private static final String ALT_TEXT = "_wp_attachment_image_alt";

  private static final Pattern WORDPRESS_ID = Pattern.compile("\\d{1,19}");

  /**
   * The most attachments noted (some tens of megabytes, their words bounded): a file of half a
   * gigabyte could name millions; the images of those past it are reported missing.
   */
  static final int ATTACHMENTS_NOTED = 250_000;

  /** Categories every WordPress site has, which say nothing about a post. */
  private static final Set<String> EMPTY_CATEGORIES = Set.of("uncategorized", "tak-berkategori");

  private static final XMLInputFactory FACTORY = factory();

  private final InputStream in;
  private final XMLStreamReader xml;
  private final Map<String, PostImages.Attachment> attachments = new HashMap<>();
  private ImportRow next;
  private long posts;

  WxrRows(InputStream in) {
    this.in = in;
    try {
      this.xml = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw unreadable(e);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  @Override
  public ImportRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ImportRow row = next;
    next = null;
    return row;
  }

  @Override
  public Map<String, PostImages.Attachment> attachments() {
    return Collections.unmodifiableMap(attachments);
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // the stream below is closed all the same
    }
    in.close();
  }

  private ImportRow read() {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && isRss("item")) {
          Item item = item();
          if (item.isPost()) {
            return item.row(++posts);
          }
          if (attachments.size() < ATTACHMENTS_NOTED) {
            item.attachment().ifPresent(file -> attachments.put(file.getKey(), file.getValue()));
          }
        }
      }
      return null;
    } catch (XMLStreamException e) {
      throw unreadable(e);
    }
  }

  /** Reads a child element whole and answers true, or answers false to have it passed over. */
  @FunctionalInterface
  private interface ChildReader {
    boolean read() throws XMLStreamException;
  }

  /**
   * Walks the current element's children up to its end, offering each to {@code child}; what it
   * does not read, and all that lies deeper, is passed over.
   */
  private void children(ChildReader child) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.START_ELEMENT && (depth > 1 || !child.read())) {
        depth++;
      }
    }
  }

  /** The item's own fields and its post meta; what else lies deeper (comments) is passed over. */
  private Item item() throws XMLStreamException {
    Item item = new Item();
    children(
        () -> {
          if (isRss("category")) {
            item.categorised(
                xml.getAttributeValue(null, "domain"),
                xml.getAttributeValue(null, "nicename"),
                xml.getElementText());
          } else if (field().isPresent()) {
            item.fields.put(field().get(), xml.getElementText());
          } else if (isWordPress("postmeta")) {
            meta(item);
          } else {
            return false;
          }
          return true;
        });
    return item;
  }

  /** One post meta entry, its key and value, up to its end. */
  private void meta(Item item) throws XMLStreamException {
    Map<String, String> entry = new HashMap<>();
    children(
        () -> {
          if (isWordPress("meta_key") || isWordPress("meta_value")) {
            entry.put(xml.getLocalName(), xml.getElementText().strip());
            return true;
          }
          return false;
        });
    if (entry.containsKey("meta_key") && entry.containsKey("meta_value")) {
      item.meta.put(entry.get("meta_key"), entry.get("meta_value"));
    }
  }

  private boolean isWordPress(String name) {
    return name.equals(xml.getLocalName())
        && xml.getNamespaceURI() != null
        && xml.getNamespaceURI().startsWith(WORDPRESS)
        && !xml.getNamespaceURI().endsWith("/excerpt/");
  }

  private boolean isRss(String name) {
    String namespace = xml.getNamespaceURI();
    return name.equals(xml.getLocalName()) && (namespace == null || namespace.isEmpty());
  }

  /** The item field this element is, named as the rows name them, or with a {@code wp:} prefix. */
  private Optional<String> field() {
    String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    String name = xml.getLocalName();
    if (namespace.isEmpty()) {
      return Set.of("title", "link", "pubDate", "guid").contains(name)
          ? Optional.of(name)
          : Optional.empty();
    }
    if (namespace.equals(DUBLIN_CORE) && name.equals("creator")) {
      return Optional.of(ImportRow.AUTHOR);
    }
    if (namespace.equals(CONTENT) && name.equals("encoded")) {
      return Optional.of(ImportRow.BODY);
    }
    if (namespace.startsWith(WORDPRESS)) {
      if (namespace.endsWith("/excerpt/")) {
        return name.equals("encoded") ? Optional.of(ImportRow.LEAD) : Optional.empty();
      }
      return Set.of(
                  "post_id",
                  "post_date",
                  "post_date_gmt",
                  "status",
                  "post_type",
                  "post_password",
                  "attachment_url")
              .contains(name)
          ? Optional.of("wp:" + name)
          : Optional.empty();
    }
    return Optional.empty();
  }

  private UnreadableImportFile unreadable(XMLStreamException e) {
    long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
    String what = e.getMessage() == null ? "XML" : e.getMessage();
    // The parser's message repeats the place first; the line is given apart.
    int text = what.indexOf("Message: ");
    return new UnreadableImportFile(
        Math.max(line, 0), text < 0 ? what : what.substring(text + "Message: ".length()), e);
  }

  private static final class Item {

    final Map<String, String> fields = new HashMap<>();
    final Map<String, String> meta = new HashMap<>();
    final List<String> tags = new ArrayList<>();

    void categorised(String domain, String nicename, String name) {
      boolean topical = "post_tag".equals(domain) || "category".equals(domain);
      if (topical
          && !EMPTY_CATEGORIES.contains(String.valueOf(nicename).toLowerCase(Locale.ROOT))) {
        tags.add(name.replace(ImportRow.TAG_SEPARATOR, ","));
      }
    }

    boolean isPost() {
      String type = fields.getOrDefault("wp:post_type", "post").strip();
      return type.equals("post");
    }

    ImportRow row(long number) {
      Map<String, String> values = new HashMap<>();
      copy(ImportRow.TITLE, "title", values);
      copy(ImportRow.LEAD, ImportRow.LEAD, values);
      copy(ImportRow.BODY, ImportRow.BODY, values);
      copy(ImportRow.AUTHOR, ImportRow.AUTHOR, values);
      values.put(ImportRow.PUBLISHED, published());
      values.put(ImportRow.TAGS, String.join(ImportRow.TAG_SEPARATOR, tags));
      Optional.ofNullable(meta.get(FEATURED))
          .filter(id -> WORDPRESS_ID.matcher(id).matches())
          .ifPresent(id -> values.put(ImportRow.FEATURED_IMAGE, id));
      return new ImportRow(number, key(), values, problem());
    }

    /**
     * An attachment's WordPress id and what it is: where its file lies below the uploads folder (as
     * WordPress noted it, else as its address says), its alternative text and its caption.
     */
    Optional<Map.Entry<String, PostImages.Attachment>> attachment() {
      String id = fields.getOrDefault("wp:post_id", "").strip();
      if (!fields.getOrDefault("wp:post_type", "").strip().equals("attachment")
          || !WORDPRESS_ID.matcher(id).matches()) {
        return Optional.empty();
      }
      return Optional.ofNullable(meta.get(ATTACHED_FILE))
          .filter(file -> !file.isEmpty())
          .map(PostImages::pathOfEntry)
          .or(() -> PostImages.pathOfAddress(fields.getOrDefault("wp:attachment_url", "")))
          .map(
              path ->
                  Map.entry(
                      id,
                      PostImages.Attachment.described(
                          path, meta.get(ALT_TEXT), fields.get(ImportRow.LEAD))));
    }

    private void copy(String to, String from, Map<String, String> values) {
      String value = fields.get(from);
      if (value != null) {
        values.put(to, value);
      }
    }

    /** The guid WordPress gave the post (its first address), else its address, else its id. */
    private String key() {
      for (String field : List.of("guid", "link", "wp:post_id")) {
        String value = fields.getOrDefault(field, "").strip();
        if (!value.isEmpty()) {
          return "wxr:" + value;
        }
      }
      return "";
    }

    /** In UTC where WordPress kept it, else in office time, else the feed's date. */
    private String published() {
      String utc = fields.getOrDefault("wp:post_date_gmt", "").strip();
      if (!utc.isEmpty() && !utc.startsWith(NO_DATE)) {
        return utc.replace(' ', 'T') + "Z";
      }
      String local = fields.getOrDefault("wp:post_date", "").strip();
      if (!local.isEmpty() && !local.startsWith(NO_DATE)) {
        return local;
      }
      return fields.getOrDefault("pubDate", "");
    }

    private Optional<RowProblem> problem() {
      String status = fields.getOrDefault("wp:status", "publish").strip();
      if (!status.equals("publish")) {
        return Optional.of(new RowProblem(ImportProblem.NOT_PUBLISHED, status));
      }
      if (!fields.getOrDefault("wp:post_password", "").isBlank()) {
        return Optional.of(new RowProblem(ImportProblem.PASSWORD_PROTECTED, ""));
      }
      return Optional.empty();
    }
  }
}
