-- An embargo: before this time the release does not go public. Approved releases whose embargo
-- has lifted are found by the scheduled publisher every few seconds, so it has its own index.
alter table review add column embargo_until timestamptz;
create index review_embargo_lifts on review (embargo_until) where status = 'APPROVED';

-- Setting, moving or lifting an embargo is a step of the timeline.
alter table review_step drop constraint review_step_move_check;
alter table review_step add constraint review_step_move_check
  check (move in ('SUBMIT', 'REVISE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'WITHDRAW',
                  'PUBLISH', 'URGENT_PUBLISH', 'EMBARGO'));
