-- The application's runtime role owns nothing here; records are never deleted, and triggers keep
-- everything but their classification as it was archived.
grant usage on schema archives to "${runtime_role}";
grant select, insert, update on record to "${runtime_role}";
