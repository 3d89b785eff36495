create table decision (
  id          uuid primary key,
  release_id  uuid         not null,
  decision    varchar(20)  not null check (decision in ('APPROVE', 'REQUEST_CHANGES', 'REJECT')),
  comment     text,
  decided_by  varchar(255) not null,
  decided_at  timestamptz  not null,
  level       smallint     not null check (level between 1 and 4),
  unit_path   text         not null
);

create index decision_release on decision (release_id, decided_at);
