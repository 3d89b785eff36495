-- Explicit, time-limited grants: need-to-know for one named official on one item, for a reason.
-- They expire by themselves: has_grant only counts grants whose valid_until lies ahead.
create table item_grant (
  id          uuid primary key,
  item_kind   varchar(40)  not null,
  item_id     uuid         not null,
  grantee     varchar(255) not null,
  granted_by  varchar(255) not null,
  reason      text         not null,
  level       smallint     not null check (level between 1 and 4),
  granted_at  timestamptz  not null,
  valid_until timestamptz  not null,
  constraint expires_after_granting check (valid_until > granted_at),
  constraint not_to_oneself check (grantee <> granted_by)
);

create index item_grant_lookup on item_grant (item_id, grantee, valid_until);

create function has_grant(item uuid, official text)
  returns boolean
  language sql
  stable
  strict
as $$
  select exists (
    select 1 from access.item_grant
     where item_id = item and grantee = official and official <> '' and valid_until > now()
  )
$$;
