-- A classified record may carry the day its classification is to be reviewed (jadwal tinjau
-- klasifikasi); from that day it waits in the archivists' declassification review queue. It is
-- never lowered by itself: lowering stays the two-person change of the access rules. A Biasa record
-- has none: lowering a record to Biasa ends its review. Not part of the snapshot: archivists set it.
alter table record
  add column review_on date,
  add constraint review_only_when_classified check (review_on is null or level > 1);

create index record_review_due on record (review_on)
  where review_on is not null and destroyed_at is null;
