-- Each final approval is sealed: a signature, with Warta's signing key, over which text (the
-- SHA-256 of the approved revision's title, lead and body) was approved by whom and when. The
-- public verifies a seal of a public release at /verify/{seal}; the seal is read like its release.
create table approval_seal (
  id                 varchar(32)  primary key,
  release_id         uuid         not null,
  revision           integer      not null,
  text_sha256        char(64)     not null,
  approved_by        text         not null,
  approved_at        timestamptz  not null,
  key_id             varchar(32)  not null,
  signature          text         not null,
  level              smallint     not null check (level between 1 and 4),
  unit_path          text         not null,
  publicly_readable  boolean      not null default false
);

create index approval_seal_release on approval_seal (release_id, approved_at);

-- A seal never changes but for following its release's level and public state.
grant select, insert on approval_seal to "${runtime_role}";
grant update (level, publicly_readable) on approval_seal to "${runtime_role}";
