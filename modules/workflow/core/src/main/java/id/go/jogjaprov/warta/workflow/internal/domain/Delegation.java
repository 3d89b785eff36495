package id.go.jogjaprov.warta.workflow.internal.domain;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.Contact;
import id.go.jogjaprov.warta.access.api.Official;
import id.go.jogjaprov.warta.access.api.ReadCriteria;
import id.go.jogjaprov.warta.access.api.ReadScope;
import id.go.jogjaprov.warta.access.api.Role;
import id.go.jogjaprov.warta.kernel.UnitPath;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.AdditionalCriteria;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A head's delegation to a deputy (Plh/Plt) for a period: the deputy decides in the head's name,
 * with the review roles and units the head held when naming them, never with more clearance than
 * the deputy's own (the read rule sees to that). Read by the two of them only.
 */
@Entity
@Table(name = "delegation", schema = "workflow")
@AdditionalCriteria(ReadCriteria.OWN_OR_COUNTERPART)
@Cache(isolation = CacheIsolationType.ISOLATED)
public class Delegation {

  @Id private UUID id;

  /** The head's account. */
  @Column(name = "owner_account", nullable = false)
  private String ownerAccount;

  @Column(nullable = false)
  private String delegator;

  /** The deputy's account. */
  @Column(name = "counterpart_account", nullable = false)
  private String counterpartAccount;

  @Column(nullable = false)
  private String delegate;

  @Column(name = "review_roles", nullable = false)
  private String reviewRoles;

  /** The head's units, joined as the read rule joins them. */
  @Column(nullable = false)
  private String units;

  @Column(name = "starts_at", nullable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private OffsetDateTime endsAt;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  protected Delegation() {}

  /** {@code head} names {@code deputy} from {@code from} until {@code until}. */
  public Delegation(
      Official head, Contact deputy, Instant from, Instant until, String reason, Instant now) {
    this.id = UUID.randomUUID();
    this.ownerAccount = head.account().value();
    this.delegator = head.username().value();
    this.counterpartAccount = deputy.account().value();
    this.delegate = deputy.username().value();
    this.reviewRoles =
        head.roles().stream()
            .filter(Role::reviews)
            .map(Role::name)
            .sorted()
            .collect(Collectors.joining(","));
    this.units = ReadScope.unitsParameter(head.units());
    this.startsAt = from.atOffset(ZoneOffset.UTC);
    this.endsAt = until.atOffset(ZoneOffset.UTC);
    this.reason = reason;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public boolean activeAt(Instant now) {
    return revokedAt == null
        && !now.isBefore(startsAt.toInstant())
        && now.isBefore(endsAt.toInstant());
  }

  /**
   * What {@code deputy} may do in the head's name: the head's name, review roles and units, the
   * deputy's own account and clearance.
   */
  public Official authority(Official deputy) {
    Set<Role> roles =
        reviewRoles.isEmpty()
            ? Set.of()
            : Arrays.stream(reviewRoles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
    Set<UnitPath> lines =
        units.isEmpty()
            ? Set.of()
            : Arrays.stream(units.split("\\|")).map(UnitPath::of).collect(Collectors.toSet());
    return new Official(true, delegator(), deputy.account(), roles, deputy.clearance(), lines);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now.atOffset(ZoneOffset.UTC);
    }
  }

  public boolean isDelegatedBy(AccountId account) {
    return ownerAccount.equals(account.value());
  }

  public UUID id() {
    return id;
  }

  public Username delegator() {
    return new Username(delegator);
  }

  public Username delegate() {
    return new Username(delegate);
  }

  public Instant startsAt() {
    return startsAt.toInstant();
  }

  public Instant endsAt() {
    return endsAt.toInstant();
  }

  public String reason() {
    return reason;
  }
}
