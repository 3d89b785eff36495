package id.go.jogjaprov.warta.archives.api;

/**
 * How a search counts its total and facets: exactly, or exactly up to {@link #EXACT_UP_TO} matches
 * and estimated past them from a sample (the default: a search that matches a fifth of a million
 * records answers as fast as one that matches a hundred, and people read "≈ 190.000" alike).
 */
public enum ArchiveCounting {
  APPROXIMATE,
  EXACT;

  /** Matches counted exactly before an {@link #APPROXIMATE} search estimates. */
  public static final int EXACT_UP_TO = 10_000;
}
