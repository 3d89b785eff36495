package id.go.jogjaprov.warta.content.api;

/**
 * The words of HTML written elsewhere (the posts of an old website, say), read as Warta reads a
 * release's body for search and excerpts: a paragraph per block, no markup.
 */
public interface RichTextWords {

  String of(String html);
}
