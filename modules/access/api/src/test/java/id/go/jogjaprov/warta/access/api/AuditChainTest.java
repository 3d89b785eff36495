package id.go.jogjaprov.warta.access.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-29T01:02:03.123456Z");

  private static List<SealedAuditEntry> chain(int length) {
    List<SealedAuditEntry> entries = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (long sequence = 1; sequence <= length; sequence++) {
      SealedAuditEntry entry = entry(sequence, "kabid.humas", previous, "");
      entry = entry(sequence, "kabid.humas", previous, entry.expectedSeal(previous));
      entries.add(entry);
      previous = entry.entryHash();
    }
    return entries;
  }

  private static SealedAuditEntry entry(long sequence, String actor, String previous, String seal) {
    return new SealedAuditEntry(sequence, T0.plusSeconds(sequence), actor, "127.0.0.1", "READ", "release",
        "id-" + sequence, 2, "", previous, seal);
  }

  private static ChainVerification verify(List<SealedAuditEntry> entries) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    entries.forEach(verifier);
    return verifier.result();
  }

  @Test
  void anUntouchedChainVerifies() {
    ChainVerification result = verify(chain(5));
    assertTrue(result.intact());
    assertEquals(5, result.entriesChecked());
  }

  @Test
  void anEditedEntryBreaksTheChainThere() {
    List<SealedAuditEntry> entries = chain(5);
    SealedAuditEntry original = entries.get(2);
    entries.set(2, entry(3, "penyusup", original.previousHash(), original.entryHash()));
    assertEquals(OptionalLong.of(3), verify(entries).firstBrokenSequence());
  }

  @Test
  void aRemovedEntryBreaksTheChainWhereTheGapIs() {
    List<SealedAuditEntry> entries = chain(5);
    entries.remove(1);
    ChainVerification result = verify(entries);
    assertFalse(result.intact());
    assertEquals(OptionalLong.of(3), result.firstBrokenSequence());
  }

  @Test
  void resealingAnEditedEntryStillBreaksTheNextLink() {
    List<SealedAuditEntry> entries = chain(5);
    SealedAuditEntry original = entries.get(1);
    SealedAuditEntry forged = entry(2, "penyusup", original.previousHash(), "");
    entries.set(1, entry(2, "penyusup", original.previousHash(), forged.expectedSeal(original.previousHash())));
    assertEquals(OptionalLong.of(3), verify(entries).firstBrokenSequence());
  }
}
