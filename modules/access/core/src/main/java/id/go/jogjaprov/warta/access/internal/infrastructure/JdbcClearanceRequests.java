package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ClearanceRequest;
import id.go.jogjaprov.warta.access.internal.AccessMessages;
import id.go.jogjaprov.warta.access.internal.keycloak.ClearanceRequests;
import id.go.jogjaprov.warta.kernel.RuleViolationException;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
class JdbcClearanceRequests implements ClearanceRequests {

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public void add(ClearanceRequest request) {
    Jdbc.update(
        dataSource,
        "insert into access.clearance_request (id, official, official_account, requested_by, requested_by_account,"
            + " requested_at) values (?, ?, ?, ?, ?, ?)",
        request.id(),
        request.official().value(),
        request.officialAccount().value(),
        request.requestedBy().value(),
        request.requestedByAccount().value(),
        request.requestedAt().atOffset(ZoneOffset.UTC));
  }

  @Override
  public List<ClearanceRequest> pending() {
    return Jdbc.query(
        dataSource,
        "select id, official, official_account, requested_by, requested_by_account, requested_at"
            + " from access.clearance_request where confirmed_by is null order by requested_at",
        List.of(),
        rows -> {
          List<ClearanceRequest> pending = new ArrayList<>();
          while (rows.next()) {
            pending.add(
                new ClearanceRequest(
                    rows.getObject(1, UUID.class),
                    new Username(rows.getString(2)),
                    new AccountId(rows.getString(3)),
                    new Username(rows.getString(4)),
                    new AccountId(rows.getString(5)),
                    rows.getObject(6, OffsetDateTime.class).toInstant()));
          }
          return pending;
        });
  }

  @Override
  public void confirm(UUID id, Username confirmedBy, AccountId confirmedByAccount, Instant at) {
    int confirmed =
        Jdbc.update(
            dataSource,
            "update access.clearance_request set confirmed_by = ?, confirmed_by_account = ?, confirmed_at = ?"
                + " where id = ? and confirmed_by is null",
            confirmedBy.value(),
            confirmedByAccount.value(),
            at.atOffset(ZoneOffset.UTC),
            id);
    if (confirmed != 1) {
      throw new RuleViolationException(AccessMessages.CLEARANCE_REQUEST_ALREADY_DECIDED);
    }
  }

  @Override
  public void cancelFor(AccountId official) {
    Jdbc.update(
        dataSource,
        "delete from access.clearance_request where official_account = ? and confirmed_by is null",
        official.value());
  }
}
