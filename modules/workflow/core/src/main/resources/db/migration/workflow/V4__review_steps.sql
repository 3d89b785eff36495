-- The decision trail becomes the review's timeline: every step (submitted, decided, withdrawn,
-- sent back by an edit, published), which revision it was about and where it led.
create table review_step (
  id         uuid primary key,
  -- The order of steps, also of two taken in the same microsecond.
  seq        bigserial    not null unique,
  release_id uuid         not null,
  move       varchar(20)  not null check (move in ('SUBMIT', 'REVISE', 'REQUEST_CHANGES',
               'APPROVE', 'REJECT', 'WITHDRAW', 'PUBLISH')),
  reached    varchar(30)  not null,
  revision   integer      not null,
  comment    text,
  taken_by   varchar(255) not null,
  taken_at   timestamptz  not null,
  level      smallint     not null check (level between 1 and 4),
  unit_path  text         not null
);

create index review_step_release on review_step (release_id, seq);

-- Earlier decisions: what they reached then; the revision they were about is not known, so the
-- release's approved revision (or its first) stands for it.
insert into review_step (id, release_id, move, reached, revision, comment, taken_by, taken_at,
                         level, unit_path)
  select d.id, d.release_id, d.decision,
         case d.decision when 'APPROVE' then 'APPROVED'
                         when 'REQUEST_CHANGES' then 'CHANGES_REQUESTED'
                         else 'REJECTED' end,
         greatest(r.approved_revision, 1), d.comment, d.decided_by, d.decided_at, d.level,
         d.unit_path
  from decision d join content.release r on r.id = d.release_id
  order by d.decided_at;

drop table decision;

grant select, insert, update on review_step to "${runtime_role}";
grant usage on sequence review_step_seq_seq to "${runtime_role}";
