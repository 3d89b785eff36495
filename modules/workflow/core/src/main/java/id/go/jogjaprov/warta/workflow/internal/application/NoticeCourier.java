package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.access.api.Contacts;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.UnitPath;
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
import java.util.List;
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

  List<UUID> waiting(int max) {
    return notices.undelivered(max);
  }

  void deliver(UUID id) {
    Notice notice = notices.lock(id).filter(found -> !found.isDelivered()).orElse(null);
    if (notice == null) {
      return;
    }
    for (Contact recipient : recipients(notice)) {
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
    };
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
