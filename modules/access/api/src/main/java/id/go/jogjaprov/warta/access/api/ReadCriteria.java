package id.go.jogjaprov.warta.access.api;

/**
 * The read rule, written once, for every entity that holds protected material. Each module puts one
 * of these on its entities with EclipseLink's {@code @AdditionalCriteria}, so the rule is part of
 * every JPQL, Criteria, count and {@code find} that touches them (default deny: an unbound
 * parameter fails the query). Such entities map {@code level} (the classification level), {@code
 * unitPath} (the owning unit) and {@code publiclyReadable}, and are isolated from the shared cache
 * so that memory never answers what the query would not.
 */
public final class ReadCriteria {

  /** Clearance at least the item's level and need-to-know by position in the unit tree. */
  public static final String NEED_TO_KNOW =
      "this.level <= :"
          + ReadScope.CLEARANCE
          + " AND FUNCTION('access.within_units', this.unitPath, :"
          + ReadScope.UNITS
          + ") = TRUE";

  /**
   * Readable by anyone once published to the public; otherwise clearance at least the item's level
   * and need-to-know by unit line or by an explicit, unexpired grant on the item to the caller's
   * account (the entity's {@code id} is the grant key).
   */
  public static final String PUBLIC_OR_NEED_TO_KNOW =
      "this.publiclyReadable = TRUE OR (this.level <= :"
          + ReadScope.CLEARANCE
          + " AND (FUNCTION('access.within_units', this.unitPath, :"
          + ReadScope.UNITS
          + ") = TRUE"
          + " OR FUNCTION('access.has_grant', this.id, :"
          + ReadScope.USER
          + ") = TRUE))";

  /**
   * For the parts of an item that keep their own level (a release's revisions): never public;
   * clearance at least the part's level, and need-to-know on the whole item by unit line or by an
   * explicit, unexpired grant on it. Such entities map {@code itemId}, the id of the item the part
   * belongs to (the grant key), instead of {@code publiclyReadable}.
   */
  public static final String PART_NEED_TO_KNOW =
      "this.level <= :"
          + ReadScope.CLEARANCE
          + " AND (FUNCTION('access.within_units', this.unitPath, :"
          + ReadScope.UNITS
          + ") = TRUE"
          + " OR FUNCTION('access.has_grant', this.itemId, :"
          + ReadScope.USER
          + ") = TRUE)";

  /**
   * For the parts of an item that are read exactly like it (a release's attachments): public with
   * it, otherwise as {@link #PART_NEED_TO_KNOW}. Such entities map {@code publiclyReadable} as
   * well.
   */
  public static final String PART_PUBLIC_OR_NEED_TO_KNOW =
      "this.publiclyReadable = TRUE OR (" + PART_NEED_TO_KNOW + ")";

  /**
   * For work in progress that belongs to one official (an editor's working copy): only its owner,
   * and only within their present clearance. Such entities map {@code ownerAccount} and {@code
   * level}.
   */
  public static final String OWN_WORK =
      "this.ownerAccount = :" + ReadScope.USER + " AND this.level <= :" + ReadScope.CLEARANCE;

  /**
   * For an arrangement between two officials that speaks of no classified material (a head's
   * delegation to a deputy): only the two of them. Such entities map {@code ownerAccount} and
   * {@code counterpartAccount}.
   */
  public static final String OWN_OR_COUNTERPART =
      "this.ownerAccount = :" + ReadScope.USER + " OR this.counterpartAccount = :" + ReadScope.USER;

  /**
   * For what an archive record keeps of the office's own work (its approval trail): never public;
   * the owning unit's line and archivists by office, always within clearance.
   */
  public static final String RECORD_READER =
      "this.level <= :"
          + ReadScope.CLEARANCE
          + " AND (:"
          + ReadScope.ARCHIVE_READER
          + " = 1"
          + " OR FUNCTION('access.within_units', this.unitPath, :"
          + ReadScope.UNITS
          + ") = TRUE)";

  /**
   * For archive records: public ones to anyone; the rest as {@link #RECORD_READER}: the owning
   * unit's line, and archivists by office, always within clearance.
   */
  public static final String PUBLIC_OR_RECORD_READER =
      "this.publiclyReadable = TRUE OR (" + RECORD_READER + ")";

  private ReadCriteria() {}
}
