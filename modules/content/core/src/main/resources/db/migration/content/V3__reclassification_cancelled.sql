-- A pending lowering is cancelled when the release changes level before anyone approves it.
alter table reclassification drop constraint reclassification_status_check;
alter table reclassification add constraint reclassification_status_check
  check (status in ('PENDING', 'APPROVED', 'CANCELLED'));
