-- Review moves from content to workflow: the stage of each release's review, who had a hand in
-- its text (four eyes) and who gave the first of two approvals. The release keeps a copy of the
-- stage for its lists, written only through the publication port.
create table review (
  release_id     uuid primary key,
  status         varchar(30)  not null check (status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED',
                   'RESUBMITTED', 'AWAITING_AGENCY_HEAD', 'APPROVED', 'PUBLISHED', 'REJECTED',
                   'WITHDRAWN')),
  level          smallint     not null check (level between 1 and 4),
  unit_path      text         not null,
  author         varchar(255) not null,
  revision       integer      not null check (revision >= 1),
  first_approver varchar(255),
  version        bigint       not null,
  updated_at     timestamptz  not null
);

create index review_awaiting on review (status, updated_at);

create table review_writer (
  release_id uuid         not null references review (release_id),
  username   varchar(255) not null,
  primary key (release_id, username)
);

-- Every release written so far, as content knows it (content migrates before workflow).
insert into review (release_id, status, level, unit_path, author, revision, version, updated_at)
  select id, status, level, unit_path, author, revision, 1, updated_at from content.release;
insert into review_writer (release_id, username)
  select distinct release_id, lower(author) from content.release_revision
  union
  select id, lower(author) from content.release;

grant select, insert, update on review to "${runtime_role}";
-- A set of writers may be rewritten by the persistence provider: delete, then insert.
grant select, insert, delete on review_writer to "${runtime_role}";
