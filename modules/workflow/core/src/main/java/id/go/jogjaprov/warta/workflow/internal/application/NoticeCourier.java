package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.access.api.Contacts;
import id.go.jogjaprov.warta.access.api.Duties;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.NoticeKind;
import id.go.jogjaprov.warta.workflow.internal.domain.InboxEntry;
import id.go.jogjaprov.warta.workflow.internal.domain.Notice;
import id.go.jogjaprov.warta.workflow.internal.domain.Notices;
import id.go.jogjaprov.warta.workflow.internal.infrastructure.NoticeMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Delivers one notice, as the notifier: finds the recipients in Keycloak, files an entry in each
 * one's inbox and sends each an e-mail. The notice is locked while it is delivered, so of two nodes
 * one delivers it; a failure (Keycloak or mail away) leaves it for the next round.
 */
@ApplicationScoped
@Transactional
class NoticeCourier {

  @Inject Notices notices;
  @Inject Contacts contacts;
  @Inject NoticeMail mail;
  @Inject Clock clock;
  @Inject Duties duties;
  @Inject AwaitedDecisions lookup;

  List<UUID> waiting(int max) {
    return notices.undelivered(clock.instant(), max);
  }

  void deliver(UUID id) {
    Notice notice = notices.lock(id).filter(found -> !found.isDelivered()).orElse(null);
    if (notice == null) {
      return;
    }
    List<Contact> recipients;
    if (notice.kind().isReminder()) {
      // Only the wait the reminder is about: a decision taken since makes it moot. Reading the
      // review takes the release's unit, for this one look.
      Optional<AwaitedDecision> awaited =
          duties.perform(
              ReviewNotices.NOTIFIER.within(Set.of(notice.unit())),
              () -> lookup.awaited(notice.releaseId()));
      recipients =
          awaited
              .filter(decision -> notice.isAbout(decision.since()))
              .map(decision -> reminded(notice, decision.secondApproval()))
              .orElse(List.of());
    } else {
      recipients = recipients(notice);
    }
    for (Contact recipient : recipients) {
      notices.file(new InboxEntry(recipient.account(), notice, clock.instant()));
      mail.send(recipient, notice);
    }
    notice.delivered(clock.instant());
  }

  /** The heads a release now waits for, or its author; never whoever took the step. */
  private List<Contact> recipients(Notice notice) {
    return switch (notice.kind()) {
      case REVIEW_REQUESTED -> nearest(Role.DEPARTMENT_HEAD, notice);
      case SECOND_APPROVAL_REQUESTED -> nearest(Role.AGENCY_HEAD, notice);
      case CHANGES_REQUESTED, REJECTED, PUBLISHED ->
          contacts.of(notice.author()).stream().filter(tookNoPart(notice)).toList();
      case DUE_SOON, OVERDUE ->
          throw new IllegalArgumentException("A reminder's recipients depend on its wait");
    };
  }

  /** The heads a decision waits for; for an overdue one, the agency heads above them as well. */
  private List<Contact> reminded(Notice notice, boolean secondApproval) {
    List<Contact> awaited =
        nearest(secondApproval ? Role.AGENCY_HEAD : Role.DEPARTMENT_HEAD, notice);
    if (notice.kind() != NoticeKind.OVERDUE || secondApproval) {
      return awaited;
    }
    Map<Username, Contact> escalated = new LinkedHashMap<>();
    awaited.forEach(contact -> escalated.put(contact.username(), contact));
    nearest(Role.AGENCY_HEAD, notice)
        .forEach(contact -> escalated.putIfAbsent(contact.username(), contact));
    return List.copyOf(escalated.values());
  }

  /**
   * Holders of {@code role} in the release's unit, or else in the nearest unit above that has any
   * besides whoever took the step.
   */
  private List<Contact> nearest(Role role, Notice notice) {
    List<UnitPath> line = new ArrayList<>(notice.unit().withUnitsAbove());
    Collections.reverse(line);
    for (UnitPath candidate : line) {
      List<Contact> holders =
          contacts.holding(role, candidate).stream().filter(tookNoPart(notice)).toList();
      if (!holders.isEmpty()) {
        return holders;
      }
    }
    return List.of();
  }

  private static Predicate<Contact> tookNoPart(Notice notice) {
    return contact -> !contact.username().equals(notice.actor());
  }
}
