-- Archive records stay immutable except for their classification: when a release is
-- reclassified (by two officials when lowering), its record follows. Records are never deleted
-- by the application; destruction will come with approved destruction lists.
create or replace function refuse_record_change() returns trigger language plpgsql as $$
begin
  if (new.id, new.record_number, new.release_id, new.type, new.title, new.lead, new.body,
      new.unit_path, new.author, new.published_at, new.archived_at)
     is distinct from
     (old.id, old.record_number, old.release_id, old.type, old.title, old.lead, old.body,
      old.unit_path, old.author, old.published_at, old.archived_at) then
    raise exception 'archive records are immutable; only their classification may change';
  end if;
  return new;
end
$$;

create function refuse_record_delete() returns trigger language plpgsql as $$
begin
  raise exception 'archive records are not deleted';
end
$$;

create trigger record_no_delete before delete on record
  for each row execute function refuse_record_delete();
