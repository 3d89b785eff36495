-- Files that belong to a release: PDF, DOCX, ODT, JPEG and PNG, checked by their content. They are
-- read exactly like their release: level, unit and publicity are the release's own, kept in step
-- by the repository whenever the release is stored (JpaReleaseRepository.store), and grants on the
-- release cover them (ReadCriteria.PART_PUBLIC_OR_NEED_TO_KNOW). The bytes live here, so a failed
-- upload leaves nothing behind and a backup holds everything.
create table attachment (
  id                uuid primary key,
  release_id        uuid         not null references release (id),
  file_name         varchar(255) not null,
  media_type        varchar(100) not null check (media_type in (
                      'application/pdf',
                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                      'application/vnd.oasis.opendocument.text',
                      'image/jpeg',
                      'image/png')),
  size_bytes        bigint       not null check (size_bytes > 0),
  sha256            char(64)     not null,
  content           bytea        not null,
  thumbnail         bytea,
  alt_text          varchar(500),
  caption           varchar(500),
  uploaded_by       varchar(255) not null,
  uploaded_at       timestamptz  not null,
  level             smallint     not null check (level between 1 and 4),
  unit_path         text         not null,
  publicly_readable boolean      not null default false,
  constraint public_only_when_biasa check (not publicly_readable or level = 1)
);

create index attachment_of_release on attachment (release_id, uploaded_at);

grant select, insert, delete on attachment to "${runtime_role}";
grant update (alt_text, caption, level, publicly_readable) on attachment to "${runtime_role}";
