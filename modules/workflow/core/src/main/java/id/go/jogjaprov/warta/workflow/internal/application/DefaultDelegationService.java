package id.go.jogjaprov.warta.workflow.internal.application;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.access.api.Contacts;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.kernel.Classification;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.ItemNotFoundException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PlainText;
import id.go.jogjaprov.warta.kernel.Username;
import id.go.jogjaprov.warta.workflow.api.DelegationService;
import id.go.jogjaprov.warta.workflow.api.DelegationView;
import id.go.jogjaprov.warta.workflow.internal.WorkflowMessages;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegation;
import id.go.jogjaprov.warta.workflow.internal.domain.Delegations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Heads name deputies; the audit trail keeps who named whom, when, for how long and why. */
@ApplicationScoped
@Transactional
class DefaultDelegationService implements DelegationService {

  static final Duration LONGEST = Duration.ofDays(90);
  static final int REASON_MAX = 1000;
  private static final String AUDIT_KIND = "delegation";

  /** A start a little in the past is "now": the form was filled in a moment ago. */
  private static final Duration FORM_LEEWAY = Duration.ofMinutes(10);

  @Inject Delegations delegations;
  @Inject Contacts contacts;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  @Override
  public DelegationView delegate(Username deputy, Instant from, Instant until, String reason) {
    Official head = currentOfficial.get();
    if (!head.reviews()) {
      throw new NotPermittedException(WorkflowMessages.HEADS_DELEGATE);
    }
    if (deputy == null || deputy.equals(head.username())) {
      throw new InvalidInputException("delegate", WorkflowMessages.DELEGATE_SOMEONE_ELSE);
    }
    Instant now = clock.instant();
    Instant start = from == null || from.isBefore(now) ? now : from;
    if (from != null && from.isBefore(now.minus(FORM_LEEWAY))) {
      throw new InvalidInputException("from", WorkflowMessages.DELEGATION_PERIOD);
    }
    if (until == null || !until.isAfter(start) || until.isAfter(start.plus(LONGEST))) {
      throw new InvalidInputException("until", WorkflowMessages.DELEGATION_PERIOD);
    }
    String why =
        PlainText.required(reason, "reason", WorkflowMessages.FIELD_DELEGATION_REASON, REASON_MAX);
    Contact named =
        contacts
            .of(deputy)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "delegate", WorkflowMessages.DELEGATE_UNKNOWN, deputy.value()));
    Delegation delegation = new Delegation(head, named, start, until, why, now);
    delegations.add(delegation);
    audit.record(
        new AuditEvent(
            AuditAction.DELEGATION,
            AUDIT_KIND,
            delegation.id().toString(),
            Classification.BIASA,
            "kepada " + named.username().value() + " " + start + " sampai " + until + ": " + why));
    return view(delegation, head, now);
  }

  @Override
  public List<DelegationView> mine() {
    Instant now = clock.instant();
    Official caller = currentOfficial.get();
    return delegations.current(now).stream().map(d -> view(d, caller, now)).toList();
  }

  @Override
  public void revoke(UUID id) {
    Official head = currentOfficial.get();
    Delegation delegation =
        delegations
            .find(id)
            .filter(found -> found.isDelegatedBy(head.account()))
            .orElseThrow(() -> new ItemNotFoundException(WorkflowMessages.DELEGATION_NOT_FOUND));
    delegation.revoke(clock.instant());
    audit.record(
        new AuditEvent(
            AuditAction.DELEGATION,
            AUDIT_KIND,
            id.toString(),
            Classification.BIASA,
            "diakhiri: " + delegation.delegate().value()));
  }

  private static DelegationView view(Delegation delegation, Official caller, Instant now) {
    return new DelegationView(
        delegation.id(),
        delegation.delegator(),
        delegation.delegate(),
        delegation.startsAt(),
        delegation.endsAt(),
        delegation.reason(),
        delegation.activeAt(now),
        delegation.isDelegatedBy(caller.account()));
  }
}
