-- Records keep the release's tags (one per line, in the spelling releases keep them: lower case,
-- single spaces) and its language, to search and narrow by. Records archived before did not keep
-- them: they have none, in Indonesian. Both are part of the snapshot and never change.
alter table record
  add column tags     text       not null default '',
  add column language varchar(2) not null default 'ID' check (language in ('ID', 'EN'));

create function refuse_record_label_change() returns trigger language plpgsql as $$
begin
  raise exception 'archive records are immutable; their tags and language stay as archived';
end
$$;

create trigger record_labels_immutable before update of tags, language on record
  for each row when (new.tags is distinct from old.tags or new.language is distinct from old.language)
  execute function refuse_record_label_change();
