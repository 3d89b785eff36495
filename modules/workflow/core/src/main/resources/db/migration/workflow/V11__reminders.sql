-- Reminders: a notice may wait for its time (before a decision is due, and when it is overdue),
-- and names the wait it is about, so that a decision taken meanwhile makes it moot.
alter table notice add column not_before timestamptz, add column awaiting_since timestamptz;
drop index notice_undelivered;
create index notice_undelivered on notice (coalesce(not_before, created_at)) where delivered_at is null;
