-- Where a record came from: published through Warta (it follows its release's classification) or
-- imported from an old website (it has no release: its classification is lowered on the record).
alter table record
  add column origin varchar(10) not null default 'PUBLISHED' check (origin in ('PUBLISHED', 'IMPORTED'));

update record set origin = 'IMPORTED' where id in (select record_id from imported_record);

-- The two-person lowering of an imported record's classification: an archivist proposes it with a
-- reason, the agency head of the record's line (cleared for its level, not the proposer) confirms
-- or rejects it. Read like the record (the read rule PUBLIC_OR_RECORD_READER, at the level the
-- record had when proposed; never public).
create table record_lowering (
  id                uuid         primary key,
  record_id         uuid         not null references record (id),
  record_number     varchar(40)  not null,
  unit_path         text         not null,
  level             smallint     not null check (level between 2 and 4),
  publicly_readable boolean      not null default false check (not publicly_readable),
  to_level          smallint     not null check (to_level between 1 and 3 and to_level < level),
  reason            varchar(1000) not null,
  proposed_by       varchar(255) not null,
  proposer_account  varchar(255) not null,
  proposed_at       timestamptz  not null,
  status            varchar(10)  not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
  decided_by        varchar(255),
  decided_at        timestamptz,
  version           bigint       not null
);

create unique index record_lowering_one_pending on record_lowering (record_id) where status = 'PENDING';

grant select, insert, update on record_lowering to "${runtime_role}";
