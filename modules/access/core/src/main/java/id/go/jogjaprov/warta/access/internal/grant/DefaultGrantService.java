package id.go.jogjaprov.warta.access.internal.grant;

import id.go.jogjaprov.warta.access.api.AuditAction;
import id.go.jogjaprov.warta.access.api.AuditEvent;
import id.go.jogjaprov.warta.access.api.AuditTrail;
import id.go.jogjaprov.warta.access.api.CurrentOfficial;
import id.go.jogjaprov.warta.access.api.GrantService;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.internal.AccessMessages;
import id.go.jogjaprov.warta.access.internal.keycloak.Accounts;
import id.go.jogjaprov.warta.access.internal.keycloak.Accounts.Account;
import id.go.jogjaprov.warta.kernel.InvalidInputException;
import id.go.jogjaprov.warta.kernel.NotPermittedException;
import id.go.jogjaprov.warta.kernel.PlainText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Records grants to accounts that exist, by Keycloak's id of the account: a grant to a name would
 * wait for whoever is given that name later.
 */
@ApplicationScoped
@Transactional
class DefaultGrantService implements GrantService {

  static final int REASON_MAX = 1000;

  @Inject GrantLog grants;
  @Inject Accounts accounts;
  @Inject CurrentOfficial currentOfficial;
  @Inject AuditTrail audit;

  @Inject Clock clock;

  @Override
  public void grant(ItemGrant grant) {
    Official granter = currentOfficial.get();
    if (!granter.mayClassify(grant.level())) {
      throw new NotPermittedException(AccessMessages.SHARE_UP_TO_OWN_CLEARANCE);
    }
    String reason =
        PlainText.required(grant.reason(), "reason", AccessMessages.FIELD_REASON, REASON_MAX);
    Instant now = clock.instant();
    if (grant.until() == null
        || !grant.until().isAfter(now)
        || grant.until().isAfter(now.plus(LONGEST))) {
      throw new InvalidInputException("until", AccessMessages.GRANT_UNTIL_OUT_OF_RANGE);
    }
    Account grantee =
        accounts
            .find(grant.grantee())
            .filter(Account::enabled)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "user", AccessMessages.NO_ACTIVE_ACCOUNT, grant.grantee()));
    if (granter.isAccount(grantee.id())) {
      throw new InvalidInputException("user", AccessMessages.NO_SHARING_WITH_YOURSELF);
    }
    ItemGrant stored =
        new ItemGrant(
            grant.itemKind(),
            grant.itemId(),
            grant.level(),
            grantee.username(),
            reason,
            grant.until());
    grants.add(stored, grantee.id(), reason, granter.username(), now);
    audit.record(
        new AuditEvent(
            AuditAction.GRANT,
            grant.itemKind(),
            grant.itemId().toString(),
            grant.level(),
            "kepada " + grantee.username().value() + " sampai " + grant.until() + ": " + reason));
  }
}
