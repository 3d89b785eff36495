-- A record of a correction (ralat) names the release it corrects, as its release named it when
-- published: the records of that release are found through it, each read by its own rule, so a
-- link never shows a record to someone who may not read it.
alter table record add column corrects_release uuid;

create index record_corrects_release on record (corrects_release) where corrects_release is not null;

-- Where a record came from and what it corrects are part of the snapshot and never change (as its
-- tags and language, V7).
create function refuse_record_origin_change() returns trigger language plpgsql as $$
begin
  raise exception 'archive records are immutable; their origin and what they correct stay as archived';
end
$$;

create trigger record_origin_immutable before update of origin, corrects_release on record
  for each row when (new.origin is distinct from old.origin
                     or new.corrects_release is distinct from old.corrects_release)
  execute function refuse_record_origin_change();
