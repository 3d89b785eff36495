-- Every save of a release is a revision attributed to whoever wrote it; the four-eyes rule asks
-- who wrote the revisions since the last approval (Release.isDecidableBy).
alter table release
  add column revision          integer not null default 1,
  add column approved_revision integer not null default 0;
alter table release alter column revision drop default;
alter table release alter column approved_revision drop default;

-- Releases already approved were approved at their only recorded revision.
update release set approved_revision = 1 where status in ('APPROVED', 'PUBLISHED');

create table release_revision (
  release_id uuid         not null references release (id),
  number     integer      not null check (number >= 1),
  author     varchar(255) not null,
  saved_at   timestamptz  not null,
  primary key (release_id, number)
);

-- What is known of earlier releases: their author wrote their first revision.
insert into release_revision (release_id, number, author, saved_at)
  select id, 1, author, created_at from release;
