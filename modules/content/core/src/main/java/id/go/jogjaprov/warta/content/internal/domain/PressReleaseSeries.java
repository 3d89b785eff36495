package id.go.jogjaprov.warta.content.internal.domain;

/** The office's series of press-release numbers, one counter per unit and year. */
public interface PressReleaseSeries {

  /** The next number of the unit's series for the year, taken once and never again. */
  int next(Release release, String unitCode, int year);
}
