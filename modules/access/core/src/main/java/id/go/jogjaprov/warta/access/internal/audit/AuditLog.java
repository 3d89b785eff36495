package id.go.jogjaprov.warta.access.internal.audit;

import id.go.jogjaprov.warta.access.api.AnchoredHead;
import id.go.jogjaprov.warta.access.api.AuditChain;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditQuery;
import id.go.jogjaprov.warta.access.api.AuditRecord;
import id.go.jogjaprov.warta.access.api.AuditSeal;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.Page;
import id.go.jogjaprov.warta.kernel.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiConsumer;

/** Storage of the audit trail: records, their seals, and what decides how entries are shown. */
public interface AuditLog {

  /**
   * Records what {@code actor} did from {@code origin}, in the caller's transaction and in one
   * statement, in the order given; the database gives each record its id, time and transaction.
   * Takes no lock.
   */
  void append(String actor, String origin, List<AuditEvent> events);

  /** A record as stored, its place in the chain once sealed, and the level to show it at. */
  record StoredEntry(AuditRecord record, OptionalLong position, Classification visibleLevel) {}

  Page<StoredEntry> search(AuditQuery query, PageRequest page);

  /** Reads of one item, newest first. */
  Page<StoredEntry> readsOf(String itemKind, String itemId, PageRequest page);

  /**
   * One sealing round, in a transaction of its own and by one node at a time: seals up to {@code
   * batch} committed, unsealed records in order and answers the new head and how many it sealed;
   * nothing when another node is sealing.
   */
  Optional<SealingRound> sealCommitted(AuditChain chain, int batch);

  /** What a sealing round did. */
  record SealingRound(int sealed, Optional<AnchoredHead> head) {}

  /**
   * Hands every sealed entry to {@code visitor} in chain order, without holding them all in memory.
   */
  void walkChain(BiConsumer<AuditSeal, AuditRecord> visitor);

  /** The first record still unsealed although it was written before {@code before}. */
  OptionalLong unsealedSince(Instant before);

  void itemLevelChanged(String itemKind, String itemId, Classification level);

  /** Notes a credential's first use; true only the first time. */
  boolean firstUse(String credentialFingerprint, Instant at);
}
