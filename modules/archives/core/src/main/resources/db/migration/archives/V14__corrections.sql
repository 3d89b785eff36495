-- A record of a correction (ralat) names the release it corrects, as its release named it when
-- published: the records of that release are found through it, each read by its own rule, so a
-- link never shows a record to someone who may not read it.
alter table record add column corrects_release uuid;

create index record_corrects_release on record (corrects_release) where corrects_release is not null;

-- Where a record came from and what it corrects join the columns no update may change (V6; tags
-- and language have their own trigger, V7).
create or replace function refuse_record_change() returns trigger language plpgsql as $$
begin
  if (new.id, new.record_number, new.release_id, new.type, new.title, new.unit_path, new.author,
      new.published_at, new.archived_at, new.subject_code, new.retention_code, new.origin,
      new.corrects_release)
     is distinct from
     (old.id, old.record_number, old.release_id, old.type, old.title, old.unit_path, old.author,
      old.published_at, old.archived_at, old.subject_code, old.retention_code, old.origin,
      old.corrects_release) then
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
