-- The application's runtime role owns nothing here. Decisions are updated only to follow their
-- release's classification.
grant usage on schema workflow to "${runtime_role}";
grant select, insert, update on decision to "${runtime_role}";
