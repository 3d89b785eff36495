-- The files of a record: copies of its release's attachments as they were published (bytes, name,
-- type, checksum, alt text, caption), so that the record holds everything the citizen or the
-- official was given even when the release is later changed or withdrawn.
--
-- They are read exactly like their record (ReadCriteria.PUBLIC_OR_RECORD_READER on their own
-- copies of its level, unit and publicity). The database keeps those copies in step with the record
-- whenever its classification changes, and empties the files of a destroyed record, so that no
-- path through the application can leave a file readable above its record. Nothing else of a file
-- ever changes, and no file is deleted.
create table record_file (
  id                uuid         primary key,
  record_id         uuid         not null references record (id),
  position          smallint     not null check (position >= 0),
  file_name         varchar(255) not null,
  media_type        varchar(100) not null,
  size_bytes        bigint       not null check (size_bytes > 0),
  sha256            char(64)     not null,
  content           bytea,
  alt_text          varchar(500),
  caption           varchar(500),
  level             smallint     not null check (level between 1 and 4),
  unit_path         text         not null,
  publicly_readable boolean      not null default false,
  constraint record_file_public_only_when_biasa check (not publicly_readable or level = 1),
  constraint record_file_place unique (record_id, position)
);

create function record_files_follow_record() returns trigger language plpgsql as $$
begin
  update archives.record_file
     set level = new.level,
         publicly_readable = new.publicly_readable,
         content = case when new.destroyed_at is null then content end
   where record_id = new.id;
  return new;
end
$$;

create trigger record_files_follow after update of level, publicly_readable, destroyed_at on record
  for each row
  when ((old.level, old.publicly_readable, old.destroyed_at)
        is distinct from (new.level, new.publicly_readable, new.destroyed_at))
  execute function record_files_follow_record();

create function refuse_record_file_change() returns trigger language plpgsql as $$
begin
  if (new.id, new.record_id, new.position, new.file_name, new.media_type, new.size_bytes,
      new.sha256, new.alt_text, new.caption, new.unit_path)
     is distinct from
     (old.id, old.record_id, old.position, old.file_name, old.media_type, old.size_bytes,
      old.sha256, old.alt_text, old.caption, old.unit_path) then
    raise exception 'record files are immutable; only their classification may change';
  end if;
  if new.content is distinct from old.content
     and (new.content is not null
          or not exists (select 1 from archives.record r
                         where r.id = old.record_id and r.destroyed_at is not null)) then
    raise exception 'a record file is emptied only with its destroyed record';
  end if;
  if (new.level, new.publicly_readable) is distinct from (old.level, old.publicly_readable)
     and not exists (select 1 from archives.record r
                     where r.id = old.record_id and r.level = new.level
                       and r.publicly_readable = new.publicly_readable) then
    raise exception 'a record file takes its record''s classification, no other';
  end if;
  return new;
end
$$;

create trigger record_file_immutable before update on record_file
  for each row execute function refuse_record_file_change();

create trigger record_file_no_delete before delete on record_file
  for each row execute function refuse_record_delete();

grant select, insert on record_file to "${runtime_role}";
grant update (level, publicly_readable, content) on record_file to "${runtime_role}";
