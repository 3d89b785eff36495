-- A WordPress export may come in a ZIP with the old site's uploads folder: the images its posts
-- show are then kept with their records (record_file), matched by their path below uploads/ and
-- never fetched from the old site.

-- Whether the import came with uploads, and how many images its records kept.
alter table import_job
  add column with_uploads boolean not null default false,
  add column images       bigint  not null default 0;

-- The images of the uploads folder that the export's posts show, kept until the import ends so
-- that any node can read it on; read like the import (OWN_OR_COUNTERPART).
create table import_upload (
  id          uuid         primary key,
  import_id   uuid         not null references import_job (id) deferrable initially deferred,
  path        varchar(1000) not null,
  media_type  varchar(100) not null,
  size_bytes  bigint       not null check (size_bytes > 0),
  sha256      char(64)     not null,
  bytes       bytea        not null,
  owner_account       varchar(255) not null,
  counterpart_account varchar(255) not null,
  unique (import_id, path)
);

-- The report names, besides rows that became no record, the images an imported post showed but
-- the uploads did not hold: one row may have several.
alter table import_rejection drop constraint import_rejection_import_id_row_number_key;
alter table import_rejection add constraint import_rejection_once unique (import_id, row_number, detail);

grant select, insert, delete on import_upload to "${runtime_role}";
