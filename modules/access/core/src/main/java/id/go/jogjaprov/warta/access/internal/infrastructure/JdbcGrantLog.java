package id.go.jogjaprov.warta.access.internal.infrastructure;

import id.go.jogjaprov.warta.access.api.AccountId;
import id.go.jogjaprov.warta.access.api.ItemGrant;
import id.go.jogjaprov.warta.access.internal.grant.GrantLog;
import id.go.jogjaprov.warta.kernel.Username;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
class JdbcGrantLog implements GrantLog {

  @Resource(lookup = "java:app/jdbc/warta")
  DataSource dataSource;

  @Override
  public void add(
      ItemGrant grant, AccountId granteeAccount, String reason, Username grantedBy, Instant at) {
    Jdbc.update(
        dataSource,
        "insert into access.item_grant (id, item_kind, item_id, grantee, grantee_account, granted_by, reason, level,"
            + " granted_at, valid_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        grant.itemKind(),
        grant.itemId(),
        grant.grantee().value(),
        granteeAccount.value(),
        grantedBy.value(),
        reason,
        grant.level().level(),
        at.atOffset(ZoneOffset.UTC),
        grant.until().atOffset(ZoneOffset.UTC));
  }
}
