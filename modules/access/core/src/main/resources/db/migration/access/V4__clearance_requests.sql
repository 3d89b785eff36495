-- Sangat Rahasia clearances wait here for a second administrator.
create table clearance_request (
  id           uuid primary key,
  official     varchar(255) not null,
  requested_by varchar(255) not null,
  requested_at timestamptz  not null,
  confirmed_by varchar(255),
  confirmed_at timestamptz,
  constraint two_administrators check (confirmed_by is null or confirmed_by <> requested_by)
);

create index clearance_request_pending on clearance_request (requested_at) where confirmed_by is null;
