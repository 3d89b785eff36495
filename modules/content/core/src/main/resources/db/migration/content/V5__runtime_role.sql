-- The application's runtime role owns nothing here; revisions are only ever added.
grant usage on schema content to "${runtime_role}";
grant select, insert, update on release, reclassification to "${runtime_role}";
grant select, insert on release_revision to "${runtime_role}";
