-- Review stages with longer names (AWAITING_AGENCY_HEAD); the stage is the workflow's to set.
alter table release alter column status type varchar(30);
