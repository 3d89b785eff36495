-- A review knows its release's public-information category: serta-merta information approved
-- outside office hours needs the agency head too, and the agency head may publish it at once.
alter table review add column information_category varchar(20);
update review v set information_category = r.information_category
  from content.release r where r.id = v.release_id;
alter table review alter column information_category set not null;

alter table review_step drop constraint review_step_move_check;
alter table review_step add constraint review_step_move_check
  check (move in ('SUBMIT', 'REVISE', 'REQUEST_CHANGES', 'APPROVE', 'REJECT', 'WITHDRAW',
                  'PUBLISH', 'URGENT_PUBLISH'));
