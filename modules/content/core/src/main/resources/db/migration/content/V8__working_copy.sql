-- What the editor saves on its own every few seconds: one working copy per official and release
-- (release_id null: the new draft they are writing). Read only by its owner, within clearance
-- (ReadCriteria.OWN_WORK); gone once they save or discard it. started_at and saved_at tell others
-- that someone is editing, and since when, without showing them any of the text.
create table working_copy (
  id               uuid primary key,
  owner_account    varchar(255) not null check (owner_account <> ''),
  owner_name       varchar(255) not null,
  release_id       uuid references release (id),
  based_on_version bigint,
  type             varchar(20)  check (type in ('PRESS_RELEASE', 'NEWS', 'ANNOUNCEMENT')),
  title            varchar(300),
  lead             text,
  body             text,
  change_note      varchar(500),
  level            smallint     not null check (level between 1 and 4),
  unit_path        text         not null,
  started_at       timestamptz  not null,
  saved_at         timestamptz  not null
);

create unique index working_copy_one_per_owner_and_release
  on working_copy (owner_account, coalesce(release_id, '00000000-0000-0000-0000-000000000000'));
create index working_copy_of_release on working_copy (release_id, saved_at);

grant select, insert, update, delete on working_copy to "${runtime_role}";
