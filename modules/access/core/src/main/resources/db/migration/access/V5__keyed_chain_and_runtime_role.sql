-- The audit trail in two append-only tables. A record is written in the caller's transaction and
-- takes no lock; the sealer (AuditSealer) links committed records into the chain shortly after,
-- one round at a time, with a keyed HMAC whose key lives outside the database.
create table audit_record (
  id          bigint       generated always as identity primary key,
  occurred_at timestamptz  not null,
  actor       varchar(255) not null,
  origin      varchar(100) not null,
  action      varchar(40)  not null,
  item_kind   varchar(40)  not null,
  item_id     varchar(100) not null,
  level       smallint     not null check (level between 1 and 4),
  detail      text         not null,
  -- The writing transaction: the sealer finds records committed since its last round by it.
  txid        xid8         not null default pg_current_xact_id()
);

create index audit_record_txid on audit_record (txid);
create index audit_record_item on audit_record (item_id, id);
create index audit_record_actor on audit_record (actor, id);
create index audit_record_action on audit_record (action, id);

create table audit_seal (
  position      bigint      primary key check (position >= 1),
  record_id     bigint      not null unique references audit_record (id),
  previous_seal char(64)    not null,
  seal          char(64)    not null,
  key_id        varchar(16) not null,
  sealed_at     timestamptz not null,
  -- Every transaction older than this had ended when the round that wrote this seal looked.
  watermark     xid8        not null
);

-- Earlier entries move over as they were, unsealed: the sealer's first round seals them under the key.
insert into audit_record (id, occurred_at, actor, origin, action, item_kind, item_id, level, detail)
  overriding system value
  select sequence, occurred_at, actor, origin, action, item_kind, item_id, level, detail
    from audit_entry order by sequence;
select setval(pg_get_serial_sequence('audit_record', 'id'), coalesce((select max(id) from audit_record), 0) + 1, false);
drop table audit_entry;

-- The database, not the writer, says when a record was written and by which transaction: a writer
-- cannot date a record into the past or hide it below the sealer's watermark.
create function stamp_audit_record() returns trigger language plpgsql as $$
begin
  new.occurred_at := clock_timestamp();
  new.txid := pg_current_xact_id();
  return new;
end
$$;

create trigger audit_record_stamped before insert on audit_record
  for each row execute function stamp_audit_record();
create trigger audit_record_append_only before update or delete on audit_record
  for each row execute function refuse_audit_change();
create trigger audit_record_no_truncate before truncate on audit_record
  for each statement execute function refuse_audit_change();
create trigger audit_seal_append_only before update or delete on audit_seal
  for each row execute function refuse_audit_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
  for each statement execute function refuse_audit_change();

-- An item's current level, so that entries about it are shown at no less (AuditTrail.itemLevelChanged).
create table item_level (
  item_kind varchar(40)  not null,
  item_id   varchar(100) not null,
  level     smallint     not null check (level between 1 and 4),
  primary key (item_kind, item_id)
);

-- Credentials (sessions, bearer tokens) of privileged officials already recorded, by fingerprint.
create table privileged_use (
  fingerprint char(64)    primary key,
  used_at     timestamptz not null
);

-- The application's runtime role owns nothing and may not change the trail: it only adds to it.
grant usage on schema access to "${runtime_role}";
grant select, insert on audit_record, audit_seal, item_grant, privileged_use to "${runtime_role}";
grant select, insert, update on item_level to "${runtime_role}";
grant select, insert, update, delete on clearance_request to "${runtime_role}";
