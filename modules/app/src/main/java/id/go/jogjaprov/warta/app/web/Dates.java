package id.go.jogjaprov.warta.app.web;

import id.go.jogjaprov.warta.kernel.MessageKey;
import id.go.jogjaprov.warta.kernel.OfficeTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as the office writes them, always in Western Indonesian Time whatever the server's zone:
 * "29 Des 2026 14.06 WIB" on an Indonesian page, "29 Dec 2026 14:06 WIB" on an English one.
 */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter INDONESIAN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH.mm 'WIB'", MessageKey.INDONESIAN)
          .withZone(OfficeTime.ZONE);
  private static final DateTimeFormatter ENGLISH =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'WIB'", MessageKey.ENGLISH)
          .withZone(OfficeTime.ZONE);

  /** In the language of the page being rendered. */
  public String format(Instant instant) {
    return format(instant, PageMessages.locale());
  }

  static String format(Instant instant, Locale locale) {
    if (instant == null) {
      return "";
    }
    boolean english = MessageKey.ENGLISH.getLanguage().equals(locale.getLanguage());
    return (english ? ENGLISH : INDONESIAN).format(instant);
  }

  public String format(Optional<Instant> instant) {
    return instant.map(this::format).orElse("");
  }

  /** An office day in the language of the page ("5 Jan 2025"); empty when there is none. */
  public String day(Optional<LocalDate> day) {
    Locale locale = PageMessages.locale();
    return day.map(
            d ->
                DateTimeFormatter.ofPattern(
                        "d MMM yyyy",
                        locale.getLanguage().equals("en")
                            ? MessageKey.ENGLISH
                            : MessageKey.INDONESIAN)
                    .format(d))
        .orElse("");
  }
}
