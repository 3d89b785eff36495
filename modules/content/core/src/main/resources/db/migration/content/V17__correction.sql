-- A correction (ralat) is a release of its own naming the published release it corrects; the one
-- corrected stays as it was published.
alter table release
  add column corrects uuid references release (id),
  add constraint not_its_own_correction check (corrects <> id);
