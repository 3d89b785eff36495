create table release (
  id                uuid primary key,
  type              varchar(20)  not null check (type in ('PRESS_RELEASE', 'NEWS', 'ANNOUNCEMENT')),
  title             varchar(300) not null,
  lead              text,
  body              text         not null,
  level             smallint     not null check (level between 1 and 4),
  unit_path         text         not null,
  author            varchar(255) not null,
  status            varchar(20)  not null,
  publicly_readable boolean      not null default false,
  version           bigint       not null,
  created_at        timestamptz  not null,
  updated_at        timestamptz  not null,
  published_at      timestamptz,
  -- only a published Biasa release may ever be public
  constraint public_only_when_published_biasa
    check (not publicly_readable or (status = 'PUBLISHED' and level = 1))
);

create index release_unit_path on release (unit_path text_pattern_ops);
create index release_status_updated on release (status, updated_at desc);
create index release_public on release (published_at desc) where publicly_readable;
