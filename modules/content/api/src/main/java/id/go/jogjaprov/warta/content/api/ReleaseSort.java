package id.go.jogjaprov.warta.content.api;

/** The order of a list of releases: by one field, up or down; newest change first by default. */
public record ReleaseSort(Field field, boolean descending) {

  public static final ReleaseSort NEWEST_CHANGE = new ReleaseSort(Field.UPDATED, true);

  /** What a list may be ordered by. */
  public enum Field {
    UPDATED,
    CREATED,
    TITLE,
    STATUS,
    TYPE,
    CLASSIFICATION,
    UNIT
  }
}
