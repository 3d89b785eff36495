-- Records keep themselves: each carries its subject code and its row of the retention schedule
-- (JRA), copied from the release when archived (records archived before take the defaults for
-- their type, as releases did in content V12); a legal hold, placed and lifted by archivists, is
-- kept on the record itself (its history is in the audit trail); destruction blanks a record's
-- words and leaves a tombstone that names the approved list, never while it is held.
alter table record
  add column subject_code        varchar(20),
  add column retention_code      varchar(20),
  add column legal_hold_reason   varchar(1000),
  add column legal_hold_by       varchar(255),
  add column legal_hold_at       timestamptz,
  add column destroyed_at        timestamptz,
  add column destruction_list    varchar(40),
  add constraint legal_hold_whole check (
    (legal_hold_at is null) = (legal_hold_reason is null)
    and (legal_hold_at is null) = (legal_hold_by is null)),
  add constraint tombstone_whole check ((destroyed_at is null) = (destruction_list is null));

-- The immutability trigger refuses these updates; the backfill only fills the new columns.
alter table record disable trigger record_immutable;
update record set
  subject_code = case type when 'PRESS_RELEASE' then '487.1' when 'NEWS' then '487.2' else '487.3' end,
  retention_code = case type when 'PRESS_RELEASE' then 'HUM-01' when 'NEWS' then 'HUM-02' else 'HUM-03' end;
alter table record enable trigger record_immutable;

alter table record
  alter column subject_code set not null,
  alter column retention_code set not null;

-- Destruction lists (daftar arsip usul musnah): proposed by an archivist for one agency, approved
-- by that agency's head, who is not the proposer; carried out on approval.
create table destruction_list (
  id                uuid primary key,
  list_number       varchar(40)  not null unique,
  unit_path         text         not null,
  level             smallint     not null check (level between 1 and 4),
  publicly_readable boolean      not null default false check (not publicly_readable),
  status            varchar(20)  not null,
  note              varchar(2000),
  proposed_by       varchar(255) not null,
  proposed_at       timestamptz  not null,
  decided_by        varchar(255),
  decided_at        timestamptz,
  version           bigint       not null
);

-- The records a list names, written once with it; what became of each is read from the record
-- (destroyed by this list, or kept under legal hold).
create table destruction_list_record (
  list_id   uuid not null references destruction_list (id),
  record_id uuid not null references record (id),
  primary key (list_id, record_id)
);

alter table record
  add constraint destroyed_by_a_list foreign key (destruction_list) references destruction_list (list_number);

-- What may change on a record: its classification (V2), its legal hold, and, once, its words, to
-- a tombstone by an approved list, never under a legal hold.
create or replace function refuse_record_change() returns trigger language plpgsql as $$
begin
  if (new.id, new.record_number, new.release_id, new.type, new.title, new.unit_path, new.author,
      new.published_at, new.archived_at, new.subject_code, new.retention_code)
     is distinct from
     (old.id, old.record_number, old.release_id, old.type, old.title, old.unit_path, old.author,
      old.published_at, old.archived_at, old.subject_code, old.retention_code) then
    raise exception 'archive records are immutable; only their classification, legal hold and destruction may change';
  end if;
  if (new.lead, new.body, new.destroyed_at, new.destruction_list)
     is distinct from (old.lead, old.body, old.destroyed_at, old.destruction_list) then
    if old.destroyed_at is not null then
      raise exception 'archive record % was destroyed', old.record_number;
    end if;
    if old.legal_hold_at is not null or new.legal_hold_at is not null then
      raise exception 'archive record % is under legal hold and is never destroyed', old.record_number;
    end if;
    if new.destroyed_at is null or new.body <> '' or new.lead is not null
       or not exists (select 1 from archives.destruction_list l
                      where l.list_number = new.destruction_list and l.status = 'APPROVED') then
      raise exception 'archive record % may only be destroyed by an approved destruction list', old.record_number;
    end if;
  end if;
  return new;
end
$$;

grant select, insert, update on destruction_list to "${runtime_role}";
grant select, insert on destruction_list_record to "${runtime_role}";

-- The archivist's queues: records due under a schedule row, the oldest first; records held.
create index record_retention_due on record (retention_code, published_at) where destroyed_at is null;
create index record_legal_hold on record (legal_hold_at) where legal_hold_at is not null;
