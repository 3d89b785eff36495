-- Imports of past releases from the office's old websites (ADR 12).
-- An import: who started it, the defaults for its rows, how far it got. Any node works on it while
-- it holds the lease; a node that dies lets the lease run out and another goes on from "done".
-- An import, its file, its rejected rows and its keys are read by two only (the read rule
-- OWN_OR_COUNTERPART): the archivist who started it (owner_account), since its counts and its file
-- span classifications other archivists may not hold, and the import duty that reads it on
-- (counterpart_account).
create table import_job (
  id               uuid primary key,
  file_name        varchar(255) not null,
  format           varchar(10)  not null check (format in ('WXR', 'CSV')),
  unit_path        text         not null,
  type             varchar(20)  not null,
  language         varchar(2)   not null check (language in ('ID', 'EN')),
  imported_by      varchar(255) not null,
  owner_account    varchar(255) not null,
  counterpart_account varchar(255) not null,
  -- The importer's clearance when they started: a row above it is rejected.
  importer_level   smallint     not null check (importer_level between 0 and 4),
  started_at       timestamptz  not null,
  status           varchar(10)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
  row_count        bigint       not null,
  done             bigint       not null default 0,
  imported         bigint       not null default 0,
  already_present  bigint       not null default 0,
  rejected         bigint       not null default 0,
  finished_at      timestamptz,
  failure          varchar(1000),
  lease_until      timestamptz,
  version          bigint       not null,
  constraint done_within_rows check (done <= row_count and imported + already_present + rejected = done)
);

create index import_job_running on import_job (started_at) where status = 'RUNNING';
create index import_job_owner on import_job (owner_account, started_at desc);

-- The keys below are checked at commit: the JPA provider inserts unrelated entities in an order of
-- its own.

-- The file, kept in parts until the import ends, so that any node can read it on.
create table import_file_part (
  id        uuid    primary key,
  import_id uuid    not null references import_job (id) deferrable initially deferred,
  part      integer not null,
  bytes     bytea   not null,
  owner_account       varchar(255) not null,
  counterpart_account varchar(255) not null,
  unique (import_id, part)
);

-- The rows that became no record, and why: a reason and the field or value it names, never words.
create table import_rejection (
  id         uuid         primary key,
  import_id  uuid         not null references import_job (id) deferrable initially deferred,
  row_number bigint       not null,
  import_key varchar(500) not null,
  problem    varchar(40)  not null,
  detail     varchar(500) not null,
  owner_account       varchar(255) not null,
  counterpart_account varchar(255) not null,
  unique (import_id, row_number)
);

-- Where each imported record came from: the key its row had there (a WordPress guid, a CSV's id),
-- so that importing the same file again adds nothing, and the import that brought it in. Keys
-- only, no words: the import duty reads every key, whatever the levels of the records. Never
-- changed.
create table imported_record (
  import_key varchar(500) primary key,
  record_id  uuid         not null unique references record (id) deferrable initially deferred,
  import_id  uuid         not null references import_job (id) deferrable initially deferred,
  owner_account       varchar(255) not null,
  counterpart_account varchar(255) not null
);

grant select, insert, update on import_job to "${runtime_role}";
grant select, insert on imported_record to "${runtime_role}";
grant select, insert, delete on import_file_part to "${runtime_role}";
grant select, insert on import_rejection to "${runtime_role}";
