-- The pre-publication leak check compares passages of a Biasa release with classified releases of
-- its unit line by trigram similarity (pg_trgm, a trusted extension the database owner may
-- install). It compares plain words, so each release keeps its text without markup beside it.
create extension if not exists pg_trgm with schema content;

alter table release add column plain_text text
  generated always as (
    regexp_replace(title || ' ' || coalesce(lead, '') || ' ' || body, '<[^>]*>', ' ', 'g')
  ) stored;
