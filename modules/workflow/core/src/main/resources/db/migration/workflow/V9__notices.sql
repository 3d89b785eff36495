-- Who is told what. A step of review leaves a notice for the notifier duty (its own work, read by
-- nobody else); the duty finds the recipients in Keycloak, files an entry in each one's inbox
-- (theirs alone, within their clearance) and sends an e-mail. A notice keeps a title only of a
-- Biasa release: e-mails about classified material carry none.
create table notice (
  id            uuid         primary key,
  owner_account varchar(64)  not null,
  release_id    uuid         not null,
  level         smallint     not null check (level between 1 and 4),
  unit_path     text         not null,
  kind          varchar(40)  not null,
  author        varchar(255) not null,
  actor         varchar(255) not null,
  title         text,
  created_at    timestamptz  not null,
  delivered_at  timestamptz
);

create index notice_undelivered on notice (created_at) where delivered_at is null;

create table inbox_entry (
  id            uuid         primary key,
  owner_account varchar(64)  not null,
  release_id    uuid         not null,
  level         smallint     not null check (level between 1 and 4),
  kind          varchar(40)  not null,
  actor         varchar(255) not null,
  created_at    timestamptz  not null,
  read_at       timestamptz
);

create index inbox_entry_owner on inbox_entry (owner_account, created_at desc);

grant select, insert, update on notice to "${runtime_role}";
grant select, insert on inbox_entry to "${runtime_role}";
grant update (read_at) on inbox_entry to "${runtime_role}";
