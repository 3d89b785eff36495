-- Record numbers are random codes now (RecordNumber): a global counter told readers how many
-- hidden records were archived between two they could see.
drop sequence record_number;
