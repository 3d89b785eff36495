create sequence record_number;

create table record (
  id                uuid primary key,
  record_number     varchar(40)  not null unique,
  release_id        uuid         not null,
  type              varchar(20)  not null,
  title             varchar(300) not null,
  lead              text,
  body              text         not null,
  level             smallint     not null check (level between 1 and 4),
  unit_path         text         not null,
  author            varchar(255) not null,
  publicly_readable boolean      not null,
  published_at      timestamptz  not null,
  archived_at       timestamptz  not null,
  -- Indonesian stemming (pelatihan, dilatih and latihan all become latih); the title weighs most
  search_vector     tsvector generated always as (
      setweight(to_tsvector('indonesian', coalesce(title, '')), 'A')
   || setweight(to_tsvector('indonesian', coalesce(lead, '')), 'B')
   || setweight(to_tsvector('indonesian', coalesce(body, '')), 'C')) stored,
  constraint public_only_when_biasa check (not publicly_readable or level = 1)
);

create index record_search on record using gin (search_vector);
create index record_published on record (published_at desc);
create index record_unit_path on record (unit_path text_pattern_ops);

-- Records are immutable: the application may add them, never change them.
create function refuse_record_change() returns trigger language plpgsql as $$
begin
  raise exception 'archive records are immutable';
end
$$;

create trigger record_immutable before update on record
  for each row execute function refuse_record_change();
