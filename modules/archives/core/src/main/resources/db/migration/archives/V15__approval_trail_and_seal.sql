-- A record of a release published after review keeps how it got out: its review's trail (who moved
-- it where, on which revision, in whose name, when; not the comments, which stay with the review)
-- and the seal of the approval that let it out, whole, so that it can be checked with Warta's
-- public key long after, without Warta. Records archived before this, and imported ones, have
-- neither.

-- The seal is read like its record (public with it, as the workflow's seal is public with its
-- release): it names the approvers and the time, nothing of the office's work in progress.
alter table record
  add column seal             varchar(22),
  add column seal_statement   text,
  add column seal_key_id      varchar(100),
  add column seal_signature   text,
  add constraint seal_whole check (
    (seal is null and seal_statement is null and seal_key_id is null and seal_signature is null)
    or (seal is not null and seal_statement is not null and seal_key_id is not null
        and seal_signature is not null));

create function refuse_record_seal_change() returns trigger language plpgsql as $$
begin
  raise exception 'archive records are immutable; the seal they were archived with stays';
end
$$;

create trigger record_seal_immutable
  before update of seal, seal_statement, seal_key_id, seal_signature on record
  for each row
  when ((new.seal, new.seal_statement, new.seal_key_id, new.seal_signature)
        is distinct from (old.seal, old.seal_statement, old.seal_key_id, old.seal_signature))
  execute function refuse_record_seal_change();

-- The trail is the office's own work, not part of what was published: it is never public, even on a
-- public record, and is read by the record's unit line and archivists within clearance
-- (ReadCriteria.RECORD_READER, on its own copies of the record's level and unit). The database
-- keeps the level in step with the record's; nothing else of a step ever changes, and no step is
-- deleted (a destroyed record's tombstone keeps who approved it and when).
create table record_approval_step (
  id           uuid         primary key,
  record_id    uuid         not null references record (id),
  position     smallint     not null check (position >= 0),
  move         varchar(20)  not null,
  reached      varchar(30)  not null,
  revision     integer      not null check (revision > 0),
  taken_by     varchar(255) not null,
  on_behalf_of varchar(255),
  taken_at     timestamptz  not null,
  level        smallint     not null check (level between 1 and 4),
  unit_path    text         not null,
  constraint record_approval_step_place unique (record_id, position)
);

create function record_approval_steps_follow_record() returns trigger language plpgsql as $$
begin
  update archives.record_approval_step set level = new.level where record_id = new.id;
  return new;
end
$$;

create trigger record_approval_steps_follow after update of level on record
  for each row when (old.level is distinct from new.level)
  execute function record_approval_steps_follow_record();

create function refuse_record_approval_step_change() returns trigger language plpgsql as $$
begin
  if (new.id, new.record_id, new.position, new.move, new.reached, new.revision, new.taken_by,
      new.on_behalf_of, new.taken_at, new.unit_path)
     is distinct from
     (old.id, old.record_id, old.position, old.move, old.reached, old.revision, old.taken_by,
      old.on_behalf_of, old.taken_at, old.unit_path) then
    raise exception 'a record''s approval trail is immutable; only its classification may change';
  end if;
  if not exists (select 1 from archives.record r where r.id = old.record_id and r.level = new.level) then
    raise exception 'a record''s approval trail takes its record''s classification, no other';
  end if;
  return new;
end
$$;

create trigger record_approval_step_immutable before update on record_approval_step
  for each row execute function refuse_record_approval_step_change();

create trigger record_approval_step_no_delete before delete on record_approval_step
  for each row execute function refuse_record_delete();

grant select, insert on record_approval_step to "${runtime_role}";
grant update (level) on record_approval_step to "${runtime_role}";
