package id.go.jogjaprov.warta.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them: "75 B", "8 KiB", "2,3 MiB". */
@Named("sizes")
@ApplicationScoped
public class FileSizes {

  public String format(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024.0) + " KiB";
    }
    NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.forLanguageTag("id"));
    oneDecimal.setMaximumFractionDigits(1);
    return oneDecimal.format(bytes / (1024.0 * 1024)) + " MiB";
  }
}
