-- A working copy kept above its owner's present clearance is hidden from them by the read rule, so
-- the next autosave cannot see it to overwrite it: copies are kept per level, and the owner reads
-- the newest one they are cleared for.
drop index working_copy_one_per_owner_and_release;
create unique index working_copy_one_per_owner_release_and_level
  on working_copy (owner_account, coalesce(release_id, '00000000-0000-0000-0000-000000000000'), level);
