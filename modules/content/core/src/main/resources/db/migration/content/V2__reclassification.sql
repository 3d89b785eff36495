create table reclassification (
  id           uuid primary key,
  release_id   uuid         not null references release (id),
  from_level   smallint     not null check (from_level between 1 and 4),
  to_level     smallint     not null check (to_level between 1 and 4),
  reason       text         not null,
  requested_by varchar(255) not null,
  requested_at timestamptz  not null,
  status       varchar(20)  not null check (status in ('PENDING', 'APPROVED')),
  approved_by  varchar(255),
  approved_at  timestamptz,
  level        smallint     not null check (level between 1 and 4),
  unit_path    text         not null,
  constraint lowering_only check (to_level < from_level),
  constraint two_people check (approved_by is null or approved_by <> requested_by)
);

create index reclassification_pending on reclassification (requested_at) where status = 'PENDING';
