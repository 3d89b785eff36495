package id.go.jogjaprov.warta.access.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-29T01:02:03.123456Z");
  private static final AuditChain CHAIN =
      AuditChain.keyedWith("kunci-uji-yang-cukup-panjang-untuk-hmac-256");
  private static final AuditChain OTHER_KEY =
      AuditChain.keyedWith("kunci-lain-yang-juga-cukup-panjang-untuk-hmac");

  /** A sealed entry of the trail: its seal and its record. */
  record Entry(AuditSeal seal, AuditRecord record) {}

  private static AuditRecord record(long id, String actor) {
    return new AuditRecord(
        id, T0.plusSeconds(id), actor, "127.0.0.1", "READ", "release", "id-" + id, 2, "");
  }

  private static List<Entry> chain(AuditChain chain, int length) {
    List<Entry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long position = 1; position <= length; position++) {
      AuditRecord record = record(position * 10, "kabid.humas");
      String seal = chain.seal(previous, position, record);
      entries.add(
          new Entry(new AuditSeal(position, record.id(), previous, seal, chain.keyId()), record));
      previous = seal;
    }
    return entries;
  }

  private static ChainVerification verify(List<Entry> entries, Optional<AnchoredHead> anchor) {
    AuditChain.Verifier verifier = CHAIN.verifier(anchor);
    entries.forEach(entry -> verifier.accept(entry.seal(), entry.record()));
    return verifier.result();
  }

  private static ChainVerification verify(List<Entry> entries) {
    return verify(entries, Optional.empty());
  }

  @Test
  void anUntouchedChainVerifies() {
    ChainVerification result = verify(chain(CHAIN, 5));
    assertTrue(result.intact());
    assertEquals(5, result.entriesChecked());
  }

  @Test
  void anEditedRecordBreaksTheChainThere() {
    List<Entry> entries = chain(CHAIN, 5);
    Entry original = entries.get(2);
    entries.set(2, new Entry(original.seal(), record(original.record().id(), "penyusup")));
    ChainVerification result = verify(entries);
    assertEquals(OptionalLong.of(3), result.firstBrokenSequence());
    assertTrue(result.problem().contains("catatan 30"), result.problem());
  }

  @Test
  void aRemovedEntryBreaksTheChainWhereTheGapIs() {
    List<Entry> entries = chain(CHAIN, 5);
    entries.remove(1);
    ChainVerification result = verify(entries);
    assertFalse(result.intact());
    assertEquals(OptionalLong.of(2), result.firstBrokenSequence());
  }

  @Test
  void aTailResealedWithoutTheKeyIsCaughtAtItsFirstEntry() {
    List<Entry> entries = chain(CHAIN, 5);
    List<Entry> forged = chain(OTHER_KEY, 5);
    entries.set(3, forged.get(3));
    entries.set(4, forged.get(4));
    assertEquals(OptionalLong.of(4), verify(entries).firstBrokenSequence());
  }

  @Test
  void aTailResealedWithAForgedKeyIdIsCaughtByItsSeal() {
    List<Entry> entries = chain(CHAIN, 3);
    Entry last = entries.get(2);
    AuditRecord rewritten = record(last.record().id(), "penyusup");
    String forgedSeal = OTHER_KEY.seal(last.seal().previousSeal(), 3, rewritten);
    entries.set(
        2,
        new Entry(
            new AuditSeal(3, rewritten.id(), last.seal().previousSeal(), forgedSeal, CHAIN.keyId()),
            rewritten));
    ChainVerification result = verify(entries);
    assertEquals(OptionalLong.of(3), result.firstBrokenSequence());
    assertTrue(result.problem().contains("tidak cocok"), result.problem());
  }

  @Test
  void aCutTailIsCaughtByTheAnchoredHead() {
    List<Entry> entries = chain(CHAIN, 5);
    AnchoredHead head = new AnchoredHead(5, entries.get(4).seal().seal(), T0);
    assertTrue(verify(entries, Optional.of(head)).intact());
    ChainVerification cut = verify(entries.subList(0, 3), Optional.of(head));
    assertFalse(cut.intact());
    assertEquals(OptionalLong.of(4), cut.firstBrokenSequence());
    assertTrue(cut.problem().contains("terpotong"), cut.problem());
  }

  @Test
  void aChainRebuiltUnderTheAnchoredPositionDoesNotMatchTheAnchoredSeal() {
    List<Entry> entries = chain(CHAIN, 5);
    AnchoredHead head = new AnchoredHead(5, "f".repeat(64), T0);
    assertEquals(OptionalLong.of(5), verify(entries, Optional.of(head)).firstBrokenSequence());
  }

  @Test
  void sealsDependOnTheKeyAndTheKeyMustBeLong() {
    AuditRecord record = record(1, "kabid.humas");
    assertNotEquals(
        CHAIN.seal(AuditChain.GENESIS, 1, record), OTHER_KEY.seal(AuditChain.GENESIS, 1, record));
    assertNotEquals(CHAIN.keyId(), OTHER_KEY.keyId());
    assertThrows(IllegalArgumentException.class, () -> AuditChain.keyedWith("pendek"));
    assertThrows(IllegalArgumentException.class, () -> AuditChain.keyedWith(null));
  }

  @Test
  void fieldsCannotBeShiftedFromOneIntoTheNext() {
    AuditRecord a = new AuditRecord(1, T0, "ab", "c", "READ", "release", "x", 1, "");
    AuditRecord b = new AuditRecord(1, T0, "a", "bc", "READ", "release", "x", 1, "");
    assertNotEquals(CHAIN.seal(AuditChain.GENESIS, 1, a), CHAIN.seal(AuditChain.GENESIS, 1, b));
  }

  @Test
  void anAnchorLineReadsBack() {
    AnchoredHead head = new AnchoredHead(42, "a".repeat(64), T0);
    assertEquals(Optional.of(head), AnchoredHead.parse(head.line()));
    assertEquals(Optional.empty(), AnchoredHead.parse("rusak"));
  }
}
