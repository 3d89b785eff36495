package id.go.jogjaprov.warta.access.api;

import id.go.jogjaprov.warta.kernel.Classification;
import java.util.Optional;

/**
 * The highest classification an official may read. Every signed-in official is cleared for {@code
 * BIASA}; anonymous readers have {@link #NONE} and see only what is published to the public.
 */
public record Clearance(int level) {

  public static final Clearance NONE = new Clearance(0);

  public Clearance {
    if (level < 0 || level > Classification.SANGAT_RAHASIA.level()) {
      throw new IllegalArgumentException("No clearance at level " + level);
    }
  }

  public static Clearance upTo(Classification classification) {
    return new Clearance(classification.level());
  }

  public boolean permits(Classification classification) {
    return classification.level() <= level;
  }

  public Optional<Classification> highest() {
    return level == 0 ? Optional.empty() : Optional.of(Classification.ofLevel(level));
  }

  /** A label for people: the highest level, or "Tanpa izin" for none. */
  public String label() {
    return highest().map(Classification::label).orElse("Tanpa izin");
  }
}
