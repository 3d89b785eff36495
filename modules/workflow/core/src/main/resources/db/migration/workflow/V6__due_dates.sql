-- Each decision a review waits for is due: since when it waits, and by when (the close of office
-- on the second working day, by default). Reviews already waiting count from their last change.
alter table review add column waiting_since timestamptz, add column due_at timestamptz;
update review set waiting_since = updated_at
  where status in ('IN_REVIEW', 'RESUBMITTED', 'AWAITING_AGENCY_HEAD');
