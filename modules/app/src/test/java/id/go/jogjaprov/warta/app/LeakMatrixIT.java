package id.go.jogjaprov.warta.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.go.jogjaprov.warta.devstack.WartaApiClient;
import id.go.jogjaprov.warta.devstack.WartaApiClient.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The leak matrix: releases at every level in two units, as drafts and published, and past releases
 * imported into the archives at every level in the same units, read by every demo persona through
 * every channel the product has. Each channel's answer is compared with what the rules allow
 * (computed here independently of the product), both ways; where the persona may not see an item,
 * the item's marker word must not appear anywhere in the answer.
 *
 * <p>Adding a channel is one entry in {@link #CHANNELS}.
 */
class LeakMatrixIT extends WartaIT {

  private static final String HUMAS = "/Pemda DIY/Diskominfo DIY/Bidang Humas";
  private static final String DISKOMINFO = "/Pemda DIY/Diskominfo DIY";
  private static final String PARIWISATA = "/Pemda DIY/Dinas Pariwisata";
  private static final String PEMDA = "/Pemda DIY";
  private static final String INSPEKTORAT = "/Pemda DIY/Inspektorat";
  private static final List<String> LEVELS =
      List.of("BIASA", "TERBATAS", "RAHASIA", "SANGAT_RAHASIA");

  /** A demo official as the realm defines them; {@code null} username is an anonymous reader. */
  record Persona(
      String username, boolean hasWartaRole, int clearance, Set<String> units, boolean archivist) {

    boolean within(String unit) {
      return units.stream().anyMatch(own -> unit.equals(own) || unit.startsWith(own + "/"));
    }

    /** Department and agency heads decide on releases (the realm's heads, by name). */
    boolean reviews() {
      return username != null
          && (username.startsWith("kabid.")
              || username.startsWith("kadis.")
              || username.equals("sekda.diy")
              || username.equals("asisten.sekda"));
    }

    /** Agency heads decide on lowering imported records (the realm's agency heads, by name). */
    boolean headsAgency() {
      return username != null
          && (username.startsWith("kadis.")
              || username.equals("sekda.diy")
              || username.equals("asisten.sekda"));
    }

    @Override
    public String toString() {
      return username == null ? "anonim" : username;
    }
  }

  static final List<Persona> PERSONAS =
      List.of(
          new Persona(null, false, 0, Set.of(), false),
          new Persona("staf.humas", true, 2, Set.of(HUMAS), false),
          new Persona("kabid.humas", true, 3, Set.of(HUMAS), false),
          new Persona("kadis.kominfo", true, 4, Set.of(DISKOMINFO), false),
          new Persona("staf.pariwisata", true, 2, Set.of(PARIWISATA), false),
          new Persona("kabid.pariwisata", true, 3, Set.of(PARIWISATA), false),
          new Persona("kadis.pariwisata", true, 4, Set.of(PARIWISATA), false),
          new Persona("sekda.diy", true, 4, Set.of(PEMDA), false),
          new Persona("asisten.sekda", true, 4, Set.of(PEMDA), false),
          new Persona("arsiparis", true, 3, Set.of(), true),
          new Persona("admin.sso", true, 1, Set.of(), false),
          new Persona("auditor.inspektorat", true, 1, Set.of(INSPEKTORAT), false),
          new Persona("tamu", false, 1, Set.of(), false));

  /**
   * A release in the matrix, saved twice, with a PDF attached. Its marker word appears in its
   * title, the change note of its second revision, the name of its attachment, its decision
   * comment, the reason of its pending lowering (classified drafts have one, asked by their author)
   * and the reason of its grant (Bidang Humas shares each of its releases with {@link #GRANTEE}).
   * Published, it has a permanent address ({@code slug}) whatever its level. Its lead carries
   * {@code leadMarker} and its body {@code bodyMarker}, which lists must never show (the lead only
   * of a visible Biasa release).
   *
   * <p>An {@code imported} item is a past release imported from an old website as an archive
   * record: no release, draft, attachment or seal stands behind it (its {@code id} is its record's,
   * its attachment and its record's file made-up ids); its marker is in its title and in the
   * reasons of its legal hold and, when classified, of the lowering an archivist proposed.
   */
  record Item(
      String id,
      String recordId,
      String attachmentId,
      String recordFileId,
      String marker,
      String leadMarker,
      String bodyMarker,
      String unit,
      int level,
      boolean published,
      boolean imported,
      String author,
      String requester,
      String grantee,
      String sealId,
      String slug) {

    boolean isPublic() {
      return published && level == 1;
    }

    @Override
    public String toString() {
      return LEVELS.get(level - 1)
          + (imported ? " impor " : published ? " terbit " : " konsep ")
          + unit.substring(unit.lastIndexOf('/') + 1);
    }
  }

  /**
   * Who Bidang Humas shares its releases with: an official of another unit, cleared for Terbatas.
   */
  static final String GRANTEE = "staf.pariwisata";

  /** Which rule decides what a channel may show. */
  enum Rule {
    /** Public releases to anyone; the rest by clearance and by unit line or an explicit grant. */
    RELEASE,
    /**
     * A release's revisions: clearance and unit line or an explicit grant; never public, not even
     * of a public release.
     */
    REVISION,
    /** Published releases only; archivists read by office within clearance. */
    ARCHIVE_RECORD,
    /** Archive records as exported copies: like reading them, but never Sangat Rahasia. */
    ARCHIVE_EXPORT,
    /**
     * The files a record keeps (copies of its release's attachments): like exporting the record.
     * Imported records keep none.
     */
    RECORD_FILE,
    /**
     * The archivists' queues: to archivists only, what they may read (the matrix holds every
     * published record the archivist may read, Sangat Rahasia being above their clearance).
     */
    ARCHIVE_QUEUE,
    /** Published Biasa releases, to anyone. */
    PUBLIC,
    /** Pending lowerings: clearance and unit line, never to the official who asked. */
    LOWERING_REQUEST,
    /**
     * Heads' decision and passage comments: like a release's revisions (never public, not even on a
     * public release; clearance and unit line or a grant). The matrix's comments are those of its
     * published items.
     */
    DECISION_COMMENT,
    /**
     * Releases under review waiting for the persona's decision: heads of the line, cleared for the
     * level, who did not write the text (the matrix's drafts are all under review).
     */
    AWAITING_DECISION,
    /**
     * Audit details (grant and lowering reasons): auditors only, within clearance of the item's
     * level.
     */
    AUDIT_DETAIL,
    /** Approval seals, of published releases: read like the release. */
    SEAL,
    /**
     * Seals checked on the public API: of published releases, to anyone when the release is public
     * (a signed-in account without a Warta role is anyone), otherwise like its revisions.
     */
    PUBLIC_SEAL,
    /** Proposed lowerings of imported records: read like the record. */
    RECORD_LOWERING,
    /**
     * Proposed lowerings of imported records waiting for the persona's decision: agency heads of
     * the record's line, cleared for its level, who did not propose it.
     */
    RECORD_LOWERING_DECISION,
    /**
     * A record named on another record's page (every published item corrects one public release):
     * read like the record it leads to. Imported records correct nothing.
     */
    RECORD_LINK,
    /**
     * How a record's release was approved (who, when, in whose name): never public, not even on a
     * public record; to the record's unit line and to archivists, within clearance. Imported
     * records have no trail.
     */
    RECORD_TRAIL;

    /** The rules of channels that look for an item's archive record. */
    static final Set<Rule> OF_RECORDS =
        java.util.EnumSet.of(
            ARCHIVE_RECORD,
            RECORD_LINK,
            RECORD_TRAIL,
            ARCHIVE_EXPORT,
            RECORD_FILE,
            ARCHIVE_QUEUE,
            RECORD_LOWERING,
            RECORD_LOWERING_DECISION);

    /** The rules that can show an imported record; it has no release behind it for the others. */
    static final Set<Rule> IMPORTED_RECORDS =
        java.util.EnumSet.of(
            ARCHIVE_RECORD,
            ARCHIVE_EXPORT,
            ARCHIVE_QUEUE,
            AUDIT_DETAIL,
            RECORD_LOWERING,
            RECORD_LOWERING_DECISION);
  }

  /** What one request showed: did the item appear, and the raw answer to search for leaks. */
  record Observation(boolean seen, String answer) {}

  /** A way to read Warta. */
  record Channel(String name, Rule rule, Reader reader) {

    /**
     * Officials' lists show summaries: never a body, and a lead only of Biasa releases. (Search
     * snippets are excerpts by design, recorded as reads when classified; the public list shows
     * public releases whole.)
     */
    boolean lists() {
      return name.equals("release list")
          || name.equals("pending lowerings")
          || name.equals("reviews awaiting me")
          || name.equals("pending lowerings of imported records")
          || name.equals("lowerings of imported records awaiting my decision");
    }
  }

  @FunctionalInterface
  interface Reader {
    Observation read(LeakMatrixIT matrix, Persona persona, Item item);
  }

  static final List<Channel> CHANNELS =
      List.of(
          new Channel("release by id", Rule.RELEASE, LeakMatrixIT::byId),
          new Channel("release page", Rule.RELEASE, LeakMatrixIT::releasePage),
          new Channel(
              "release editor page",
              Rule.RELEASE,
              (m, p, i) -> m.page(p, "/app/release-editor.xhtml?id=" + i.id())),
          new Channel("release list page", Rule.RELEASE, LeakMatrixIT::releaseListPage),
          new Channel("release list", Rule.RELEASE, (m, p, i) -> m.listing(p, "/api/releases", i)),
          new Channel(
              "public release list",
              Rule.PUBLIC,
              (m, p, i) -> m.listing(null, "/api/public/releases", i)),
          new Channel(
              "public release at its permanent address",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.status200(
                      p,
                      "/api/public/releases/"
                          + (i.slug() == null ? "konsep-tanpa-alamat-abc123" : i.slug()))),
          new Channel(
              "public release page at its permanent address",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.shownOnPublicPage(
                      p,
                      "/rilis/" + (i.slug() == null ? "konsep-tanpa-alamat-abc123" : i.slug()),
                      i)),
          new Channel(
              "portal front page", Rule.PUBLIC, (m, p, i) -> m.shownOnPublicPage(p, "/", i)),
          new Channel(
              "Atom feed of the item's unit",
              Rule.PUBLIC,
              (m, p, i) -> m.inFeed("/feeds/units" + i.unit().replace(" ", "%20") + ".atom", i)),
          new Channel(
              "RSS feed of the item's unit",
              Rule.PUBLIC,
              (m, p, i) -> m.inFeed("/feeds/units" + i.unit().replace(" ", "%20") + ".rss", i)),
          new Channel(
              "Atom feed of the matrix's tag",
              Rule.PUBLIC,
              (m, p, i) -> m.inFeed("/feeds/tags/" + m.matrixTag + ".atom", i)),
          new Channel(
              "RSS feed of all releases",
              Rule.PUBLIC,
              (m, p, i) -> m.inFeed("/feeds/releases.rss", i)),
          new Channel(
              "public release list of the item's unit and the matrix's tag",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.listing(
                      null,
                      "/api/public/releases?tag="
                          + m.matrixTag
                          + "&unit="
                          + URLEncoder.encode(i.unit(), StandardCharsets.UTF_8),
                      i)),
          new Channel(
              "portal browsing by the item's unit and the matrix's tag",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.shownOnPublicPage(
                      p,
                      "/?tag="
                          + m.matrixTag
                          + "&unit="
                          + URLEncoder.encode(i.unit(), StandardCharsets.UTF_8),
                      i)),
          new Channel("portal search", Rule.PUBLIC, LeakMatrixIT::portalSearch),
          new Channel(
              "corrections on the portal page of the public release they correct",
              Rule.PUBLIC,
              LeakMatrixIT::portalCorrections),
          new Channel(
              "portal search total",
              Rule.PUBLIC,
              (m, p, i) -> {
                Observation page = portalSearch(m, p, i);
                java.util.regex.Matcher total =
                    java.util.regex.Pattern.compile("id=\"total\"[^>]*>\\D*(\\d+)")
                        .matcher(page.answer());
                assertTrue(total.find(), "the search says how many it found");
                return new Observation(Long.parseLong(total.group(1)) > 0, page.answer());
              }),
          new Channel(
              "OAI-PMH record",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.harvested(
                      "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:127.0.0.1:"
                          + (i.slug() == null ? "konsep-tanpa-alamat-abc123" : i.slug()),
                      i)),
          new Channel(
              "OAI-PMH harvest since the matrix began",
              Rule.PUBLIC,
              (m, p, i) ->
                  m.harvested("verb=ListRecords&metadataPrefix=oai_dc&from=" + m.matrixBegan, i)),
          new Channel("approval trail", Rule.RELEASE, LeakMatrixIT::approvalTrail),
          new Channel(
              "review timeline",
              Rule.RELEASE,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/timeline")),
          new Channel(
              "approval seal",
              Rule.SEAL,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/seal")),
          new Channel(
              "public seal verification",
              Rule.PUBLIC_SEAL,
              (m, p, i) ->
                  m.status200(
                      p,
                      "/api/public/seals/"
                          + (i.sealId() == null ? "ADraftHasNoSealAtAll00" : i.sealId()))),
          new Channel(
              "embargo",
              Rule.RELEASE,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/embargo")),
          new Channel(
              "decision comments in the timeline",
              Rule.DECISION_COMMENT,
              (m, p, i) ->
                  m.quoted(i, m.api.get("/api/releases/" + i.id() + "/timeline", m.token(p)))),
          new Channel(
              "passage comments",
              Rule.DECISION_COMMENT,
              (m, p, i) ->
                  m.quoted(i, m.api.get("/api/releases/" + i.id() + "/comments", m.token(p)))),
          new Channel(
              "reviews awaiting me",
              Rule.AWAITING_DECISION,
              (m, p, i) -> m.listing(p, "/api/reviews?assignee=me", i)),
          new Channel(
              "pending lowerings",
              Rule.LOWERING_REQUEST,
              (m, p, i) -> m.listing(p, "/api/classification-requests", i)),
          new Channel(
              "pending lowerings of imported records",
              Rule.RECORD_LOWERING,
              (m, p, i) -> m.listing(p, "/api/archive/lowerings", i.recordId())),
          new Channel(
              "lowerings of imported records awaiting my decision",
              Rule.RECORD_LOWERING_DECISION,
              (m, p, i) -> m.listing(p, "/api/archive/lowerings?assignee=me", i.recordId())),
          new Channel("revision history", Rule.REVISION, LeakMatrixIT::revisionHistory),
          new Channel(
              "revision text",
              Rule.REVISION,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/revisions/1")),
          new Channel(
              "revision diff",
              Rule.REVISION,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/diff?from=1&to=2")),
          new Channel(
              "revision compare page",
              Rule.REVISION,
              (m, p, i) -> m.page(p, "/app/release-compare.xhtml?id=" + i.id() + "&from=1&to=2")),
          new Channel("attachment list", Rule.RELEASE, LeakMatrixIT::attachmentList),
          new Channel(
              "attachment download",
              Rule.RELEASE,
              (m, p, i) ->
                  m.file(p, "/api/releases/" + i.id() + "/attachments/" + i.attachmentId())),
          new Channel(
              "attachment on the officials' pages",
              Rule.RELEASE,
              (m, p, i) -> m.pageFile(p, "/app/files/" + i.attachmentId())),
          new Channel(
              "public attachment",
              Rule.PUBLIC,
              (m, p, i) -> m.file(null, "/api/public/attachments/" + i.attachmentId())),
          new Channel(
              "readers of a release",
              Rule.RELEASE,
              (m, p, i) -> m.status200(p, "/api/releases/" + i.id() + "/readers")),
          new Channel(
              "archive record by id",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> m.status200(p, "/api/archive/records/" + i.recordId())),
          new Channel(
              "archive record page",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> m.page(p, "/app/archive-record.xhtml?id=" + i.recordId())),
          new Channel(
              "archive search hits and snippets", Rule.ARCHIVE_RECORD, LeakMatrixIT::searchHits),
          new Channel(
              "archive search total",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> searchTotal(m.search(p, i, "approximate"))),
          new Channel(
              "archive search total counted exactly",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> searchTotal(m.search(p, i, "exact"))),
          new Channel(
              "archive search facets",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> searchFacets(m.search(p, i, "approximate"))),
          new Channel(
              "archive search facets counted exactly",
              Rule.ARCHIVE_RECORD,
              (m, p, i) -> searchFacets(m.search(p, i, "exact"))),
          new Channel(
              "archive search for the marker misspelt (spelling forgiven)",
              Rule.ARCHIVE_RECORD,
              LeakMatrixIT::misspeltSearch),
          new Channel("archive search page", Rule.ARCHIVE_RECORD, LeakMatrixIT::searchPage),
          new Channel(
              "corrections on the page of the public record they correct",
              Rule.RECORD_LINK,
              LeakMatrixIT::correctionLinks),
          new Channel(
              "corrections on the officials' page of the public release they correct",
              Rule.RELEASE,
              LeakMatrixIT::releaseCorrections),
          new Channel(
              "approval trail of the archive record", Rule.RECORD_TRAIL, LeakMatrixIT::recordTrail),
          new Channel(
              "approval trail on the archive record page",
              Rule.RECORD_TRAIL,
              LeakMatrixIT::recordTrailPage),
          new Channel(
              "archive record PDF",
              Rule.ARCHIVE_EXPORT,
              (m, p, i) -> m.status200(p, "/api/archive/records/" + i.recordId() + "/export.pdf")),
          new Channel(
              "archive record PDF on the officials' pages",
              Rule.ARCHIVE_EXPORT,
              (m, p, i) -> m.pageFile(p, "/app/archive-export/record.pdf?id=" + i.recordId())),
          new Channel(
              "archive record file",
              Rule.RECORD_FILE,
              (m, p, i) ->
                  m.copy(p, "/api/archive/records/" + i.recordId() + "/files/" + i.recordFileId())),
          new Channel(
              "archive record file on the officials' pages",
              Rule.RECORD_FILE,
              (m, p, i) ->
                  m.pageFile(
                      p,
                      "/app/archive-export/file?id=" + i.recordId() + "&file=" + i.recordFileId())),
          new Channel(
              "archive CSV export",
              Rule.ARCHIVE_EXPORT,
              (m, p, i) ->
                  m.exported(
                      i, m.api.get("/api/archive/search/export.csv?q=" + i.marker(), m.token(p)))),
          new Channel(
              "archive CSV export on the officials' pages",
              Rule.ARCHIVE_EXPORT,
              (m, p, i) ->
                  m.exported(i, m.pages(p).get("/app/archive-export/list.csv?q=" + i.marker()))),
          new Channel(
              "archive legal holds queue",
              Rule.ARCHIVE_QUEUE,
              (m, p, i) -> m.listing(p, "/api/archive/queues/LEGAL_HOLDS", i.recordId())),
          new Channel(
              "audit trail",
              Rule.AUDIT_DETAIL,
              (m, p, i) -> m.quoted(i, m.api.get("/api/audit?item=" + i.id(), m.token(p)))),
          new Channel(
              "audit page",
              Rule.AUDIT_DETAIL,
              (m, p, i) -> m.quotedPage(i, m.pages(p).get("/app/audit.xhtml?item=" + i.id()))),
          new Channel(
              "audit CSV export",
              Rule.AUDIT_DETAIL,
              (m, p, i) -> m.quotedPage(i, m.pages(p).get("/app/audit-export?item=" + i.id()))));

  private final Map<String, String> tokens = new HashMap<>();
  private final Map<String, PageSession> sessions = new HashMap<>();
  private final Map<String, Observation> lists = new HashMap<>();

  /** The tag every item of this run carries: its public ones are all a tag's feed and list hold. */
  private final String matrixTag =
      "matriks" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  /** The public release every item corrects (a ralat of it), and its record. */
  private String correctedRelease;

  private String correctedRecord;

  private String correctedSlug;

  /** When the matrix's items began to be written: what a harvester since then receives. */
  private java.time.Instant matrixBegan;

  @Test
  void everyPersonaSeesThroughEveryChannelExactlyWhatTheRulesAllow() {
    List<Item> items = createMatrix();
    List<String> violations = new ArrayList<>();
    int checks = 0;
    for (Persona persona : PERSONAS) {
      for (Item item : items) {
        for (Channel channel : CHANNELS) {
          if (item.recordId() == null && Rule.OF_RECORDS.contains(channel.rule())) {
            continue; // a draft has no record to look for
          }
          boolean allowed = allowed(persona, item, channel.rule());
          Observation seen = channel.reader().read(this, persona, item);
          checks++;
          String where = persona + " × " + item + " × " + channel.name();
          if (seen.seen() != allowed) {
            violations.add(
                where
                    + ": expected "
                    + (allowed ? "visible" : "hidden")
                    + ", was "
                    + (seen.seen() ? "visible" : "hidden"));
          } else if (!allowed && seen.answer().contains(item.marker())) {
            violations.add(where + ": hidden, but the answer quotes it");
          }
          if (channel.lists() && seen.answer().contains(item.bodyMarker())) {
            violations.add(where + ": a list quotes the body");
          }
          if (channel.lists()
              && seen.answer().contains(item.leadMarker())
              && !(allowed && item.level() == 1)) {
            violations.add(
                persona
                    + " × "
                    + item
                    + " × "
                    + channel.name()
                    + ": a list quotes the lead of classified work");
          }
        }
      }
    }
    assertTrue(
        violations.isEmpty(),
        violations.size() + " of " + checks + " checks failed:\n" + String.join("\n", violations));
    assertTrue(checks > 1000, "the matrix ran " + checks + " checks");
  }

  /** The rules of the domain brief, stated independently of the product's code. */
  static boolean allowed(Persona persona, Item item, Rule rule) {
    if (item.imported() && !Rule.IMPORTED_RECORDS.contains(rule)) {
      // Not on the portal either: imported records have no public page yet.
      return false;
    }
    return switch (rule) {
      case PUBLIC -> item.isPublic();
      case RELEASE ->
          persona.hasWartaRole()
              && (item.isPublic()
                  || (persona.clearance() >= item.level()
                      && (persona.within(item.unit())
                          || String.valueOf(persona.username()).equals(item.grantee()))));
      case REVISION ->
          persona.hasWartaRole()
              && persona.clearance() >= item.level()
              && (persona.within(item.unit())
                  || String.valueOf(persona.username()).equals(item.grantee()));
      case ARCHIVE_RECORD ->
          persona.hasWartaRole()
              && item.published()
              && (item.isPublic()
                  || (persona.clearance() >= item.level()
                      && (persona.archivist() || persona.within(item.unit()))));
      case ARCHIVE_EXPORT -> item.level() < 4 && allowed(persona, item, Rule.ARCHIVE_RECORD);
      case RECORD_LINK -> allowed(persona, item, Rule.ARCHIVE_RECORD);
      case RECORD_TRAIL ->
          persona.hasWartaRole()
              && item.published()
              && persona.clearance() >= item.level()
              && (persona.archivist() || persona.within(item.unit()));
      case RECORD_FILE -> allowed(persona, item, Rule.ARCHIVE_EXPORT);
      case ARCHIVE_QUEUE ->
          persona.archivist() && item.level() < 4 && allowed(persona, item, Rule.ARCHIVE_RECORD);
      case AUDIT_DETAIL ->
          // An imported item is audited under its record's id, its legal hold's reason included.
          "auditor.inspektorat".equals(persona.username())
              && persona.clearance() >= item.level()
              && (item.grantee() != null
                  || item.requester() != null
                  || (item.imported() && item.level() < 4));
      case DECISION_COMMENT -> item.published() && allowed(persona, item, Rule.REVISION);
      case SEAL -> item.published() && allowed(persona, item, Rule.RELEASE);
      case PUBLIC_SEAL ->
          item.published() && (item.isPublic() || allowed(persona, item, Rule.REVISION));
      case AWAITING_DECISION ->
          persona.reviews()
              && !item.published()
              && persona.clearance() >= item.level()
              && persona.within(item.unit())
              && !persona.username().equals(item.author());
      case LOWERING_REQUEST ->
          persona.hasWartaRole()
              && item.requester() != null
              && !item.requester().equals(persona.username())
              && persona.clearance() >= item.level()
              && persona.within(item.unit());
      case RECORD_LOWERING ->
          item.imported()
              && item.requester() != null
              && allowed(persona, item, Rule.ARCHIVE_RECORD);
      case RECORD_LOWERING_DECISION ->
          item.imported()
              && item.requester() != null
              && persona.headsAgency()
              && persona.clearance() >= item.level()
              && persona.within(item.unit())
              && !persona.username().equals(item.requester());
    };
  }

  // --- channels -------------------------------------------------------------------------------

  private static Observation byId(LeakMatrixIT m, Persona persona, Item item) {
    Response answer = m.api.get("/api/releases/" + item.id(), m.token(persona));
    if (answer.status() == 200) {
      return new Observation(true, answer.body());
    }
    Response missing = m.api.get("/api/releases/" + UUID.randomUUID(), m.token(persona));
    assertEquals(
        missing.status(), answer.status(), persona + " can tell a refused item from a missing one");
    assertEquals(
        uuidFree(missing.body()),
        uuidFree(answer.body()),
        persona + ": refusal differs from not-found");
    return new Observation(false, answer.body());
  }

  /** The lazy list page, searched for the item's marker: seen when it links to the item. */
  private static Observation releaseListPage(LeakMatrixIT m, Persona persona, Item item) {
    var page = m.pages(persona).get("/app/releases.xhtml?q=" + item.marker());
    boolean ok = page.statusCode() == 200 && PageSession.isWartaPage(page);
    String answer = withoutOwnWords(page.body(), item.marker());
    return new Observation(ok && answer.contains("release.xhtml?id=" + item.id()), answer);
  }

  private static Observation releasePage(LeakMatrixIT m, Persona persona, Item item) {
    return m.page(persona, "/app/release.xhtml?id=" + item.id());
  }

  private Observation status200(Persona persona, String path) {
    Response answer = api.get(path, token(persona));
    return new Observation(answer.status() == 200, answer.body());
  }

  /** A public page as the persona's browser shows it: seen when it names the item. */
  private Observation shownOnPublicPage(Persona persona, String path, Item item) {
    var page = pages(persona).get(path);
    return new Observation(
        page.statusCode() == 200 && page.body().contains(item.marker()), page.body());
  }

  /**
   * What a harvester receives for this request, following every resumption token (fetched once):
   * seen when it names the item.
   */
  private Observation harvested(String query, Item item) {
    Observation all =
        lists.computeIfAbsent("oai " + query, key -> new Observation(true, harvest(query)));
    return new Observation(all.answer().contains(item.marker()), all.answer());
  }

  /** A feed as any reader fetches it: seen when it names the item. */
  private Observation inFeed(String path, Item item) {
    Response feed = api.get(path, null);
    assertEquals(200, feed.status(), path);
    return new Observation(feed.body().contains(item.marker()), feed.body());
  }

  private Observation page(Persona persona, String path) {
    var page = pages(persona).get(path);
    boolean seen = page.statusCode() == 200 && PageSession.isWartaPage(page);
    if (seen) {
      assertEquals(
          "no-store",
          page.headers().firstValue("Cache-Control").orElse(""),
          "pages are never cached");
    }
    return new Observation(seen, page.body());
  }

  /** Whether the item is on any page of the list; every page is fetched once per persona. */
  private Observation listing(Persona persona, String path, Item item) {
    return listing(persona, path, item.id());
  }

  /** Whether a list names {@code id} on any of its pages. */
  private Observation listing(Persona persona, String path, String id) {
    Observation all = lists.computeIfAbsent(persona + " " + path, key -> everyPage(persona, path));
    return new Observation(all.seen() && all.answer().contains(id), all.answer());
  }

  /** Every page of a list as one text; "seen" when the list answered at all. */
  private Observation everyPage(Persona persona, String path) {
    Response first = api.get(path, token(persona));
    if (first.status() != 200) {
      return new Observation(false, first.body());
    }
    return new Observation(true, everyItem(path, token(persona)).toString());
  }

  /** Seen when the answer shows the item's marker: the audit shows reasons, never titles. */
  private Observation quoted(Item item, Response answer) {
    return new Observation(
        answer.status() == 200 && answer.body().contains(item.marker()), answer.body());
  }

  private Observation quotedPage(Item item, java.net.http.HttpResponse<String> page) {
    boolean ok = page.statusCode() == 200 && PageSession.isWartaPage(page);
    return new Observation(ok && page.body().contains(item.marker()), page.body());
  }

  private static Observation approvalTrail(LeakMatrixIT m, Persona persona, Item item) {
    return m.status200(persona, "/api/releases/" + item.id() + "/decisions");
  }

  private static Observation attachmentList(LeakMatrixIT m, Persona persona, Item item) {
    Response answer = m.api.get("/api/releases/" + item.id() + "/attachments", m.token(persona));
    return new Observation(
        answer.status() == 200 && answer.json().getJsonNumber("total").longValue() > 0,
        answer.body());
  }

  /** Seen when the exported list has the item's row (a CSV names each record by its id). */
  private Observation exported(Item item, Response answer) {
    return new Observation(
        answer.status() == 200 && answer.body().contains(item.recordId()), answer.body());
  }

  private Observation exported(Item item, java.net.http.HttpResponse<String> answer) {
    return exported(item, new Response(answer.statusCode(), Map.of(), answer.body()));
  }

  /** Seen when the file itself came back. */
  private Observation file(Persona persona, String path) {
    var answer = api.download(path, token(persona));
    boolean seen = answer.statusCode() == 200 && Arrays.equals(AttachmentsIT.PDF, answer.body());
    return new Observation(seen, new String(answer.body(), StandardCharsets.UTF_8));
  }

  /** Seen when a copy of the file came back (a classified one is stamped for its reader). */
  private Observation copy(Persona persona, String path) {
    var answer = api.download(path, token(persona));
    boolean seen =
        answer.statusCode() == 200
            && new String(answer.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF-");
    return new Observation(seen, new String(answer.body(), StandardCharsets.UTF_8));
  }

  /** The same through a signed-in page session (anonymous readers are sent to sign in). */
  private Observation pageFile(Persona persona, String path) {
    var answer = pages(persona).get(path);
    boolean seen = answer.statusCode() == 200 && answer.body().startsWith("%PDF-");
    return new Observation(seen, answer.body());
  }

  /** Seen when the history lists a revision: a readable public release may have none to show. */
  private static Observation revisionHistory(LeakMatrixIT m, Persona persona, Item item) {
    Response answer = m.api.get("/api/releases/" + item.id() + "/revisions", m.token(persona));
    return new Observation(
        answer.status() == 200 && answer.json().getJsonNumber("total").longValue() > 0,
        answer.body());
  }

  private static Observation searchHits(LeakMatrixIT m, Persona persona, Item item) {
    Response answer = m.search(persona, item, "approximate");
    boolean seen =
        answer.status() == 200
            && answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(hit -> hit.getString("id").equals(item.recordId()));
    return new Observation(seen, answer.body());
  }

  /**
   * The marker with its last letter changed: nothing matches it as written, so the search forgives
   * its spelling, and what it then finds, counts and cuts into snippets must be trimmed as well.
   */
  private static Observation misspeltSearch(LeakMatrixIT m, Persona persona, Item item) {
    String marker = item.marker();
    char last = marker.charAt(marker.length() - 1);
    String misspelt = marker.substring(0, marker.length() - 1) + (last == 'a' ? 'b' : 'a');
    Response answer = m.search(persona, misspelt, "approximate");
    boolean seen =
        answer.status() == 200
            && (answer.json().getJsonNumber("total").longValue() > 0
                || !answer.json().getJsonArray("items").isEmpty());
    return new Observation(seen, answer.body());
  }

  private static Observation searchTotal(Response answer) {
    return new Observation(
        answer.status() == 200 && answer.json().getJsonNumber("total").longValue() > 0,
        answer.body());
  }

  private static Observation searchFacets(Response answer) {
    if (answer.status() != 200) {
      return new Observation(false, answer.body());
    }
    long counted =
        answer.json().getJsonObject("facets").values().stream()
            .flatMap(values -> values.asJsonArray().getValuesAs(JsonObject.class).stream())
            .mapToLong(value -> value.getJsonNumber("count").longValue())
            .sum();
    return new Observation(counted > 0, answer.body());
  }

  /**
   * The portal searched for the item's marker by a reader signed in or not (the portal shows
   * everyone what it shows citizens): seen when the page names it beyond the reader's own words.
   * Fetched once for its hits and its total.
   */
  private static Observation portalSearch(LeakMatrixIT m, Persona persona, Item item) {
    return m.lists.computeIfAbsent(
        persona + " portal search " + item.marker(),
        key -> {
          var page = m.pages(persona).get("/?q=" + item.marker());
          assertEquals(200, page.statusCode(), "the portal searches for anyone");
          String answer = withoutOwnWords(page.body(), item.marker());
          return new Observation(answer.contains(item.marker()), answer);
        });
  }

  /** Seen when the public record's links to its corrections lead to the item's record. */
  private static Observation correctionLinks(LeakMatrixIT m, Persona persona, Item item) {
    Observation links =
        m.lists.computeIfAbsent(
            persona + " corrections",
            key -> {
              Response record =
                  m.api.get("/api/archive/records/" + m.correctedRecord, m.token(persona));
              return new Observation(record.status() == 200, record.body());
            });
    boolean seen =
        links.seen()
            && Json.createReader(new java.io.StringReader(links.answer()))
                .readObject()
                .getJsonArray("correctedBy")
                .getValuesAs(JsonObject.class)
                .stream()
                .anyMatch(link -> link.getString("id").equals(item.recordId()));
    return new Observation(seen, links.answer());
  }

  /**
   * The officials' page of the public release every item corrects, fetched once per persona: seen
   * when its list of corrections (published or still being written) links to the item.
   */
  private static Observation releaseCorrections(LeakMatrixIT m, Persona persona, Item item) {
    Observation page =
        m.lists.computeIfAbsent(
            persona + " release corrections",
            key -> m.page(persona, "/app/release.xhtml?id=" + m.correctedRelease));
    String list = fragment(page.answer(), "id=\"corrected-by\"", "</dd>");
    return new Observation(
        page.seen() && list.contains("release.xhtml?id=" + item.id()), page.answer());
  }

  /**
   * The record's approval trail in its JSON: seen when it has a step. The answer searched for the
   * marker is the trail alone, as the record itself may be public.
   */
  private static Observation recordTrail(LeakMatrixIT m, Persona persona, Item item) {
    Response answer = m.api.get("/api/archive/records/" + item.recordId(), m.token(persona));
    if (answer.status() != 200 || !answer.json().containsKey("approvalTrail")) {
      return new Observation(false, answer.status() == 200 ? "" : answer.body());
    }
    var trail = answer.json().getJsonArray("approvalTrail");
    return new Observation(!trail.isEmpty(), trail.toString());
  }

  /** The trail's table on the record page; the answer searched for the marker is the table. */
  private static Observation recordTrailPage(LeakMatrixIT m, Persona persona, Item item) {
    Observation page = m.page(persona, "/app/archive-record.xhtml?id=" + item.recordId());
    String table = fragment(page.answer(), "id=\"approval-trail\"", "</table>");
    return new Observation(page.seen() && !table.isEmpty(), page.seen() ? table : page.answer());
  }

  /** The part of {@code text} from {@code start} to the first {@code end} after it, or nothing. */
  private static String fragment(String text, String start, String end) {
    int from = text.indexOf(start);
    if (from < 0) {
      return "";
    }
    int to = text.indexOf(end, from);
    return text.substring(from, to < 0 ? text.length() : to);
  }

  /** Seen when the page shows a hit; its counts, facets and chart come from the same search. */
  private static Observation searchPage(LeakMatrixIT m, Persona persona, Item item) {
    Observation page = m.page(persona, "/app/archive.xhtml?q=" + item.marker());
    String answer = withoutOwnWords(page.answer(), item.marker());
    return new Observation(page.seen() && answer.contains("hit-title"), answer);
  }

  /** A search for the item's marker word, counted {@code exact} or {@code approximate}. */
  private Response search(Persona persona, Item item, String counting) {
    return search(persona, item.marker(), counting);
  }

  private Response search(Persona persona, String words, String counting) {
    return api.get(
        "/api/archive/search?counts="
            + counting
            + "&q="
            + URLEncoder.encode(words, StandardCharsets.UTF_8),
        token(persona));
  }

  /**
   * The portal page of the public release every item corrects, as the reader gets it: seen when it
   * names the item (its links to public corrections carry their titles).
   */
  private static Observation portalCorrections(LeakMatrixIT m, Persona persona, Item item) {
    Observation page =
        m.lists.computeIfAbsent(
            persona + " portal corrections",
            key -> {
              var answer = m.pages(persona).get("/rilis/" + m.correctedSlug);
              assertEquals(200, answer.statusCode(), "the corrected release is public");
              return new Observation(true, answer.body());
            });
    return new Observation(page.answer().contains(item.marker()), page.answer());
  }

  // --- set-up ---------------------------------------------------------------------------------

  /** Every level in Bidang Humas and in Dinas Pariwisata, once as a draft and once published. */
  private List<Item> createMatrix() {
    String correctedTitle = "Pokok " + matrixTag;
    JsonObject corrected =
        publishedPublicly("staf.humas", "kabid.humas", "NEWS", correctedTitle, "ralat");
    correctedRelease = corrected.getString("id");
    correctedSlug = corrected.getString("slug");
    correctedRecord = recordOf(correctedTitle, "arsiparis");
    matrixBegan = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    List<Item> items = new ArrayList<>();
    for (boolean published : new boolean[] {false, true}) {
      for (int level = 1; level <= 4; level++) {
        items.add(
            create(
                HUMAS,
                level,
                published,
                level <= 2 ? "staf.humas" : level == 3 ? "kabid.humas" : "kadis.kominfo",
                level <= 2 ? "kabid.humas" : level == 3 ? "kadis.kominfo" : "sekda.diy",
                level == 3 ? "sekda.diy" : "asisten.sekda"));
        items.add(
            create(
                PARIWISATA,
                level,
                published,
                level <= 2
                    ? "staf.pariwisata"
                    : level == 3 ? "kabid.pariwisata" : "kadis.pariwisata",
                level <= 2 ? "kabid.pariwisata" : level == 3 ? "kadis.pariwisata" : "sekda.diy",
                level == 3 ? "sekda.diy" : "asisten.sekda"));
      }
    }
    items.addAll(importRecords());
    return items;
  }

  /**
   * Past releases of both units at every level, imported from one CSV file by the archivist cleared
   * for them all. Like the published items, those below Sangat Rahasia are put under legal hold;
   * each classified one has a lowering proposed by an archivist cleared for it.
   */
  private List<Item> importRecords() {
    StringBuilder csv =
        new StringBuilder("id,title,lead,body,published,unit,classification,review_on,tags\n");
    List<Item> rows = new ArrayList<>();
    for (String unit : List.of(HUMAS, PARIWISATA)) {
      for (int level = 1; level <= 4; level++) {
        Item row =
            new Item(
                null,
                null,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "matriks" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                "teras" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                "isi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10),
                unit,
                level,
                true,
                true,
                "arsiparis.utama",
                level == 1 ? null : level == 4 ? "arsiparis.utama" : "arsiparis",
                null,
                null,
                null);
        rows.add(row);
        csv.append(
            String.join(
                    ",",
                    row.marker(),
                    "Arsip lama " + row.marker(),
                    "Teras " + row.leadMarker(),
                    "Isi arsip " + row.bodyMarker() + " dari situs lama.",
                    "2016-05-0" + level,
                    unit,
                    LEVELS.get(level - 1),
                    level == 1 ? "" : "2020-01-01",
                    matrixTag)
                .concat("\n"));
      }
    }
    Response started =
        api.upload(
            "/api/archive/imports?name=matriks.csv&unit="
                + URLEncoder.encode(HUMAS, StandardCharsets.UTF_8).replace("+", "%20"),
            cachedToken("arsiparis.utama"),
            "text/csv",
            csv.toString().getBytes(StandardCharsets.UTF_8));
    assertEquals(202, started.status(), started.body());
    JsonObject done = importEnded(started.json().getString("id"));
    assertEquals(rows.size(), done.getInt("imported"), done.toString());
    List<Item> items = new ArrayList<>();
    for (Item row : rows) {
      String recordId = indexedRecord(row.marker());
      if (row.level() < 4) {
        Response held =
            api.post(
                "/api/archive/records/" + recordId + "/legal-hold",
                cachedToken("arsiparis"),
                "{\"reason\":\"Sengketa " + row.marker() + "\"}");
        assertEquals(200, held.status(), held.body());
      }
      if (row.requester() != null) {
        Response proposed =
            api.post(
                "/api/archive/records/" + recordId + "/lowerings",
                cachedToken(row.requester()),
                "{\"to\":\"BIASA\",\"reason\":\"Alasan " + row.marker() + "\"}");
        assertEquals(201, proposed.status(), proposed.body());
      }
      items.add(
          new Item(
              recordId,
              recordId,
              row.attachmentId(),
              row.recordFileId(),
              row.marker(),
              row.leadMarker(),
              row.bodyMarker(),
              row.unit(),
              row.level(),
              true,
              true,
              row.author(),
              row.requester(),
              null,
              null,
              null));
    }
    return items;
  }

  /** The import's progress once it stopped running. */
  private JsonObject importEnded(String importId) {
    for (int i = 0; i < 240; i++) {
      Response progress =
          api.get("/api/archive/imports/" + importId, cachedToken("arsiparis.utama"));
      assertEquals(200, progress.status(), progress.body());
      if (!progress.json().getString("status").equals("RUNNING")) {
        assertEquals("DONE", progress.json().getString("status"), progress.body());
        return progress.json();
      }
      pause();
    }
    throw new AssertionError("the matrix's import did not end");
  }

  /** The id of the one record titled with {@code marker}, once the index took it in. */
  private String indexedRecord(String marker) {
    for (int i = 0; i < 40; i++) {
      Response found = api.get("/api/archive/search?q=" + marker, cachedToken("arsiparis.utama"));
      assertEquals(200, found.status(), found.body());
      if (found.json().getJsonArray("items").size() == 1) {
        return found.json().getJsonArray("items").getJsonObject(0).getString("id");
      }
      pause();
    }
    throw new AssertionError("the imported record " + marker + " is not in the search");
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Creates an item; published ones pass review: Rahasia and above with a second approval, by an
   * agency head who neither wrote nor first approved them.
   */
  private Item create(
      String unit,
      int level,
      boolean published,
      String author,
      String approver,
      String secondApprover) {
    String marker = "matriks" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String leadMarker = "teras" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String bodyMarker = "isi" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    var text =
        Json.createObjectBuilder()
            .add("type", "NEWS")
            .add("title", "Bahan " + marker)
            .add("lead", "Teras " + leadMarker)
            .add("body", "Isi bahan uji " + bodyMarker + " untuk matriks kebocoran.")
            .add("classification", LEVELS.get(level - 1))
            .add("unit", unit)
            .add(
                "metadata",
                Json.createObjectBuilder()
                    .add("tags", Json.createArrayBuilder().add(matrixTag))
                    .add("corrects", correctedRelease));
    if (level > 1) {
      text.add("consequenceTest", consequenceTest(author));
    }
    JsonObject draft = text.build();
    Response created = api.post("/api/releases", cachedToken(author), draft.toString());
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    JsonObject revision =
        Json.createObjectBuilder(draft)
            .add("body", "Isi bahan uji " + bodyMarker + " yang diperbaiki.")
            .add("changeNote", "Catatan " + marker)
            .build();
    Response revised =
        api.put(
            "/api/releases/" + id, cachedToken(author), revision.toString(), etag(created.json()));
    assertEquals(200, revised.status(), revised.body());
    Response attached =
        api.upload(
            "/api/releases/" + id + "/attachments?name=lampiran-" + marker + ".pdf",
            cachedToken(author),
            "application/pdf",
            AttachmentsIT.PDF);
    assertEquals(201, attached.status(), attached.body());
    String attachmentId = attached.json().getString("id");
    String recordId = null;
    String recordFileId = null;
    String sealId = null;
    if (published) {
      assertEquals(
          200, api.post("/api/releases/" + id + "/submit", cachedToken(author), "{}").status());
      Response noted =
          api.post(
              "/api/releases/" + id + "/comments",
              cachedToken(approver),
              "{\"passage\":\"Isi bahan uji\",\"comment\":\"Periksa " + marker + "\"}");
      assertEquals(201, noted.status(), noted.body());
      Response approved =
          api.post(
              "/api/releases/" + id + "/decisions",
              cachedToken(approver),
              "{\"decision\":\"APPROVE\",\"comment\":\"Setuju " + marker + "\"}");
      assertEquals(200, approved.status(), approved.body());
      if (level >= 3) {
        assertEquals("AWAITING_AGENCY_HEAD", approved.json().getString("status"));
        Response second =
            api.post(
                "/api/releases/" + id + "/decisions",
                cachedToken(secondApprover),
                "{\"decision\":\"APPROVE\",\"comment\":\"Setuju juga " + marker + "\"}");
        assertEquals(200, second.status(), second.body());
      }
      sealId =
          api.get("/api/releases/" + id + "/seal", cachedToken(approver)).json().getString("seal");
      Response record = api.get("/api/archive/search?q=" + marker, cachedToken("sekda.diy"));
      assertEquals(1, record.json().getJsonArray("items").size(), record.body());
      recordId = record.json().getJsonArray("items").getJsonObject(0).getString("id");
      // The record keeps a copy of the attachment, read like the record.
      recordFileId =
          api.get("/api/archive/records/" + recordId, cachedToken("sekda.diy"))
              .json()
              .getJsonArray("files")
              .getJsonObject(0)
              .getString("id");
      if (level < 4) {
        // Every record the archivist may read is held, so that the holds queue has them all.
        Response held =
            api.post(
                "/api/archive/records/" + recordId + "/legal-hold",
                cachedToken("arsiparis"),
                "{\"reason\":\"Sengketa " + marker + "\"}");
        assertEquals(200, held.status(), held.body());
      }
    }
    String grantee = null;
    if (unit.equals(HUMAS)) {
      JsonObject grant =
          Json.createObjectBuilder()
              .add("user", GRANTEE)
              .add("reason", "Berbagi " + marker)
              .add("until", java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString())
              .build();
      Response shared =
          api.post(
              "/api/releases/" + id + "/grants",
              cachedToken(level == 4 ? "kadis.kominfo" : "kabid.humas"),
              grant.toString());
      assertEquals(201, shared.status(), shared.body());
      grantee = GRANTEE;
    }
    if (!published) {
      assertEquals(
          200, api.post("/api/releases/" + id + "/submit", cachedToken(author), "{}").status());
    }
    String requester = null;
    if (!published && level > 1) {
      Response lowering =
          api.post(
              "/api/releases/" + id + "/classification",
              cachedToken(author),
              "{\"level\":\"BIASA\",\"reason\":\"Alasan " + marker + "\"}");
      assertEquals(202, lowering.status(), lowering.body());
      requester = author;
    }
    return new Item(
        id,
        recordId,
        attachmentId,
        recordFileId,
        marker,
        leadMarker,
        bodyMarker,
        unit,
        level,
        published,
        false,
        author,
        requester,
        grantee,
        sealId,
        published
            ? api.get("/api/releases/" + id, cachedToken(author)).json().getString("slug")
            : null);
  }

  private PageSession pages(Persona persona) {
    return sessions.computeIfAbsent(
        String.valueOf(persona.username()),
        name -> persona.username() == null ? PageSession.anonymous() : PageSession.signedIn(name));
  }

  private String token(Persona persona) {
    return persona == null || persona.username() == null ? null : cachedToken(persona.username());
  }

  private String cachedToken(String username) {
    return tokens.computeIfAbsent(username, WartaApiClient::accessToken);
  }
}
