-- Every release carries its subject classification code (kode klasifikasi arsip) and its row of
-- the retention schedule (JRA), from the office's schemes (LabelSchemes). Releases written before
-- take the shipped defaults for their type.
alter table release
  add column subject_code   varchar(20),
  add column retention_code varchar(20);

update release set
  subject_code = case type when 'PRESS_RELEASE' then '487.1' when 'NEWS' then '487.2' else '487.3' end,
  retention_code = case type when 'PRESS_RELEASE' then 'HUM-01' when 'NEWS' then 'HUM-02' else 'HUM-03' end;

alter table release
  alter column subject_code set not null,
  alter column retention_code set not null;
