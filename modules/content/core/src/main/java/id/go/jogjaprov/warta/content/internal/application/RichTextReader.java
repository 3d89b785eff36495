package id.go.jogjaprov.warta.content.internal.application;

import id.go.jogjaprov.warta.content.api.RichTextWords;
import id.go.jogjaprov.warta.content.internal.domain.RichText;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads HTML from elsewhere as a release body is read ({@link RichText#text}). */
@ApplicationScoped
class RichTextReader implements RichTextWords {

  @Override
  public String of(String html) {
    return RichText.text(html);
  }
}
