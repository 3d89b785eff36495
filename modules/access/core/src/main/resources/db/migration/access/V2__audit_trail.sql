-- The audit trail: append-only, each entry sealed with the hash of the one before (see
-- access.api.AuditChain). Entries never carry an item's title or text.
create table audit_entry (
  sequence      bigint       primary key,
  occurred_at   timestamptz  not null,
  actor         varchar(255) not null,
  origin        varchar(100) not null,
  action        varchar(40)  not null,
  item_kind     varchar(40)  not null,
  item_id       varchar(100) not null,
  level         smallint     not null check (level between 1 and 4),
  detail        text         not null,
  previous_hash char(64)     not null,
  entry_hash    char(64)     not null
);

create index audit_entry_item on audit_entry (item_id, sequence);
create index audit_entry_actor on audit_entry (actor, sequence);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
  raise exception 'the audit trail is append-only';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
  for each row execute function refuse_audit_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function refuse_audit_change();
