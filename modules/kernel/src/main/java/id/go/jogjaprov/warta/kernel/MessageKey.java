package id.go.jogjaprov.warta.kernel;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence users read, in their language. Each module lists its sentences as an enum that
 * implements this interface; the texts live beside the enum in a bundle of the same name: {@code
 * ContentMessages.properties} (Indonesian, the office's language) and {@code
 * ContentMessages_en.properties}. Texts are {@link MessageFormat} patterns, so a literal apostrophe
 * is written twice. An argument that is itself a key is rendered in the same language.
 */
public interface MessageKey {

  Locale INDONESIAN = Locale.forLanguageTag("id");
  Locale ENGLISH = Locale.ENGLISH;

  /** The languages Warta speaks, the first being the one it falls back to. */
  List<Locale> SPOKEN = List.of(INDONESIAN, ENGLISH);

  /** Supplied by the enum: the key in its bundle. */
  String name();

  /** Supplied by the enum: the class its bundle is named after. */
  Class<?> getDeclaringClass();

  /** The sentence in {@code locale} (Indonesian unless it is English), arguments filled in. */
  default String in(Locale locale, Object... arguments) {
    Locale spoken = spokenOr(locale);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            getDeclaringClass().getName(),
            spoken,
            getDeclaringClass().getClassLoader(),
            // Without this, a missing Indonesian file would fall back to the JVM's own locale.
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] rendered =
        Arrays.stream(arguments)
            .map(argument -> argument instanceof MessageKey key ? key.in(spoken) : argument)
            .toArray();
    return new MessageFormat(bundle.getString(name()), spoken).format(rendered);
  }

  /**
   * The first of {@code preferred} (a client's languages, most wanted first) that Warta speaks;
   * Indonesian when none is.
   */
  static Locale firstSpoken(List<Locale> preferred) {
    return preferred.stream()
        .filter(
            locale ->
                ENGLISH.getLanguage().equals(locale.getLanguage())
                    || INDONESIAN.getLanguage().equals(locale.getLanguage()))
        .findFirst()
        .map(MessageKey::spokenOr)
        .orElse(INDONESIAN);
  }

  /** {@code locale} when Warta speaks its language, Indonesian otherwise. */
  static Locale spokenOr(Locale locale) {
    return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage())
        ? ENGLISH
        : INDONESIAN;
  }
}
