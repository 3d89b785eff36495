package id.go.jogjaprov.warta.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates as the office writes them: in Western Indonesian Time, "29 Nov 2026 14.06 WIB". */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter WIB =
      DateTimeFormatter.ofPattern("d MMM yyyy HH.mm 'WIB'", Locale.forLanguageTag("id"))
          .withZone(ZoneId.of("Asia/Jakarta"));

  public String format(Instant instant) {
    return instant == null ? "" : WIB.format(instant);
  }

  public String format(Optional<Instant> instant) {
    return instant.map(this::format).orElse("");
  }
}
