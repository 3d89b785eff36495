package id.go.jogjaprov.warta.content.internal.domain;

import id.go.jogjaprov.warta.kernel.UnitPath;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The office's numbering of press releases: {@code 123/HUMAS/XI/2026}. */
public final class PressReleaseNumber {

  private static final String[] MONTHS = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
  };

  /** Words that name the kind of unit, not the unit. */
  private static final Set<String> KINDS =
      Set.of("BIDANG", "DINAS", "BIRO", "BAGIAN", "SEKSI", "BADAN", "KANTOR", "UPTD", "SUBBAGIAN");

  private PressReleaseNumber() {}

  /** A unit's code in the series: the words of its name that say which unit it is. */
  public static String unitCode(UnitPath unit) {
    String code =
        Arrays.stream(unit.name().toUpperCase(Locale.ROOT).split("[^A-Z0-9]+"))
            .filter(word -> !word.isEmpty() && !KINDS.contains(word))
            .collect(Collectors.joining("-"));
    return code.isEmpty() ? "UMUM" : code.length() > 40 ? code.substring(0, 40) : code;
  }

  public static String format(int number, String unitCode, LocalDate on) {
    return number + "/" + unitCode + "/" + MONTHS[on.getMonthValue() - 1] + "/" + on.getYear();
  }
}
