-- Every change to a record, for the search index on every node to follow (ADR 10). A trigger
-- writes it in the changing transaction, so no code path can change a record and leave the index
-- behind. txid tells a follower which changes may still be in flight: those of transactions at or
-- after the oldest one running (pg_snapshot_xmin) are read again in its next round.
create table record_change (
  position      bigserial    primary key,
  record_id     uuid         not null,
  unit_path     text         not null,
  level         smallint     not null,
  -- Read only by the indexer duty (ReadCriteria.OWN_WORK): ids and units are not for anyone else.
  owner_account varchar(64)  not null default 'duty:archive-index',
  txid          bigint       not null default pg_current_xact_id()::text::bigint,
  changed_at    timestamptz  not null default now()
);

create index record_change_txid on record_change (txid, position);

-- Qualified: the trigger runs with the writing role's search path.
create function note_record_change() returns trigger language plpgsql as $$
begin
  insert into archives.record_change (record_id, unit_path, level)
  values (new.id, new.unit_path, new.level);
  return new;
end
$$;

create trigger record_changed after insert or update on record
  for each row execute function note_record_change();

-- The records archived before the index existed: a new index starts from all of them.
insert into record_change (record_id, unit_path, level, txid)
select id, unit_path, level, 0 from record order by archived_at;

grant select, insert on record_change to "${runtime_role}";
grant usage on sequence record_change_position_seq to "${runtime_role}";

-- Search runs in the index now; PostgreSQL's own full-text vector is no longer read.
drop index record_search;
alter table record drop column search_vector;
