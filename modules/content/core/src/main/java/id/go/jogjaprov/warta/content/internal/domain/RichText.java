package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.content.internal.ContentMessages;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.KernelMessages;
import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.kernel.PlainText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The rule for the body of a release, written in the editor as HTML. Anything that could run, load
 * or fetch — scripts and embeds, event handlers, {@code javascript:} or {@code data:} addresses,
 * images inside the text, CSS that calls out — is refused with the field named, before anything is
 * stored. What is merely unknown (the editor's own markers, pasted fonts and colours) is dropped by
 * jsoup's allow-list {@link Cleaner}, which keeps paragraphs, headings, emphasis, lists, quotations
 * and links. Only its output is ever stored, so every page may render a stored body as HTML. A body
 * without any markup (from an API client) becomes paragraphs of escaped text.
 */
public final class RichText {

  /** Elements whose presence means the text tries to run, embed or submit something. */
  private static final Set<String> HOSTILE_ELEMENTS =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "link",
          "meta",
          "base",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "svg",
          "math",
          "template",
          "noscript",
          "video",
          "audio",
          "source",
          "track",
          "portal");

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  /** CSS that fetches or evaluates something. */
  private static final Pattern HOSTILE_CSS =
      Pattern.compile(
          "url\\s*\\(|expression\\s*\\(|javascript:|@import|behavior\\s*:",
          Pattern.CASE_INSENSITIVE);

  /** The editor's layout classes that survive: alignment and indentation, nothing else. */
  private static final Pattern KEPT_CLASS =
      Pattern.compile("ql-align-(center|right|justify)|ql-indent-[1-8]");

  /** Blocks end a paragraph; beyond a release's own, those of HTML from elsewhere (imports). */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "li",
          "ol",
          "ul",
          "div",
          "tr",
          "pre",
          "figcaption");

  private static final Safelist ALLOWED =
      new Safelist()
          .addTags(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "h2",
              "h3",
              "h4",
              "blockquote",
              "ol",
              "ul",
              "li",
              "a")
          .addAttributes("a", "href", "title")
          .addAttributes("p", "class")
          .addAttributes("li", "class")
          .addAttributes("h2", "class")
          .addAttributes("h3", "class")
          .addProtocols("a", "href", "http", "https", "mailto")
          .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

  private RichText() {}

  /**
   * The body to store: safe HTML with some text in it, or a refusal naming {@code field}. The raw
   * input is bounded and free of control characters first, like any text people type.
   */
  public static String required(String html, String field, MessageKey label, int max) {
    String raw = PlainText.characters(html, field, label, max);
    String clean = raw == null ? "" : sanitised(raw, field, label, max, true);
    if (clean.isEmpty()) {
      throw new InvalidInputException(field, KernelMessages.FIELD_REQUIRED, label);
    }
    return clean;
  }

  /**
   * Unfinished work to keep (a working copy): bounded like any typed text, then cleaned, never
   * refused, so that it can be put back into the editor; {@code null} when there is none.
   */
  public static String cleaned(String html, String field, MessageKey label, int max) {
    String raw = PlainText.characters(html, field, label, max);
    return raw == null ? null : sanitised(raw, field, label, max, false);
  }

  /** The words of stored HTML, a line per block (paragraph, item, heading). */
  public static String plainText(String html) {
    var body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
    List<String> blocks = body.select("p, li, h2, h3, blockquote").eachText();
    return blocks.isEmpty() ? body.text() : String.join("\n", blocks);
  }

  private static String sanitised(
      String html, String field, MessageKey label, int max, boolean refuseHostile) {
    Document dirty = Jsoup.parseBodyFragment(html);
    if (dirty.body().children().isEmpty()) {
      return paragraphs(dirty.body().wholeText(), field, label, max);
    }
    if (refuseHostile) {
      refuseHostile(dirty.body(), field, label);
    }
    dirty.select("span.ql-ui").remove();
    for (Element list : dirty.select("ol")) {
      if (!list.children().isEmpty()
          && list.children().stream().allMatch(li -> "bullet".equals(li.attr("data-list")))) {
        list.tagName("ul");
      }
    }
    Document clean = new Cleaner(ALLOWED).clean(dirty);
    for (Element styled : clean.select("[class]")) {
      String kept =
          Arrays.stream(styled.className().split("\\s+"))
              .filter(c -> KEPT_CLASS.matcher(c).matches())
              .collect(Collectors.joining(" "));
      if (kept.isEmpty()) {
        styled.removeAttr("class");
      } else {
        styled.attr("class", kept);
      }
    }
    clean.outputSettings().prettyPrint(false);
    String out = clean.body().html();
    return bounded(text(out).isBlank() ? "" : out, field, label, max);
  }

  /** The words of a stored body, one paragraph per block, for search, summaries and comparison. */
  public static String text(String html) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.text());
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              out.append('\n');
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append("\n\n");
            }
          }
        },
        Jsoup.parseBodyFragment(html == null ? "" : html).body());
    return out.toString()
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }

  private static void refuseHostile(Element body, String field, MessageKey label) {
    for (Element element : body.getAllElements()) {
      String name = element.normalName();
      if (HOSTILE_ELEMENTS.contains(name)) {
        throw new InvalidInputException(
            field, ContentMessages.RICH_TEXT_HOSTILE_ELEMENT, label, name);
      }
      if (name.equals("img")) {
        throw new InvalidInputException(field, ContentMessages.RICH_TEXT_IMAGE, label);
      }
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (key.startsWith("on")) {
          throw new InvalidInputException(
              field, ContentMessages.RICH_TEXT_EVENT_ATTRIBUTE, label, key);
        }
        if ((key.equals("href") || key.equals("src") || key.endsWith("action"))
            && !safeAddress(value)) {
          throw new InvalidInputException(field, ContentMessages.RICH_TEXT_UNSAFE_ADDRESS, label);
        }
        if (key.equals("style") && HOSTILE_CSS.matcher(value).find()) {
          throw new InvalidInputException(field, ContentMessages.RICH_TEXT_EXTERNAL_STYLE, label);
        }
      }
    }
  }

  /** A web or mail address, or one within the page; never a script or embedded data. */
  private static boolean safeAddress(String value) {
    String address = value.strip().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
    int colon = address.indexOf(':');
    int slash = address.indexOf('/');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
    return !hasScheme || SAFE_SCHEMES.contains(address.substring(0, colon));
  }

  /**
   * Plain text becomes paragraphs (a blank line apart) with line breaks, every character escaped.
   */
  private static String paragraphs(String text, String field, MessageKey label, int max) {
    String html =
        Arrays.stream(text.replace("\r", "").strip().split("\\n\\s*\\n"))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .map(p -> "<p>" + Entities.escape(p).replace("\n", "<br>") + "</p>")
            .collect(Collectors.joining());
    return bounded(html, field, label, max);
  }

  private static String bounded(String html, String field, MessageKey label, int max) {
    if (html.length() > max) {
      throw new InvalidInputException(field, KernelMessages.FIELD_TOO_LONG, label, max);
    }
    return html;
  }
}
