package id.go.jogjaprov.warta.app.web;

/** Search snippets on pages: plain text whose matched words stand between « and ». */
final class Snippets {

  private Snippets() {}

  /** The snippet as safe HTML: escaped text with the matched words marked. */
  static String html(String snippet) {
    String escaped =
        snippet
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;");
    return escaped.replace("«", "<mark>").replace("»", "</mark>");
  }
}
