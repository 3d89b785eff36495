package id.go.jogjaprov.warta.kernel;

import java.util.Arrays;

/**
 * A security classification (klasifikasi keamanan, Perka ANRI 17/2011), from lowest to highest. The
 * {@link #level()} is what the data layer compares with an official's clearance.
 */
public enum Classification {
  BIASA(1, "Biasa"),
  TERBATAS(2, "Terbatas"),
  RAHASIA(3, "Rahasia"),
  SANGAT_RAHASIA(4, "Sangat Rahasia");

  private final int level;
  private final String label;

  Classification(int level, String label) {
    this.level = level;
    this.label = label;
  }

  public int level() {
    return level;
  }

  /** The Indonesian name, as printed in lists ("Sangat Rahasia"). */
  public String label() {
    return label;
  }

  /** The marking printed at the top and bottom of classified material ("SANGAT RAHASIA"). */
  public String marking() {
    return label.toUpperCase(java.util.Locale.ROOT);
  }

  public static Classification ofLevel(int level) {
    return Arrays.stream(values())
        .filter(c -> c.level == level)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No classification at level " + level));
  }
}
