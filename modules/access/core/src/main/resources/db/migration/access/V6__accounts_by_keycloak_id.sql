-- Who an account is is decided by Keycloak's id of it, never by a name: a name can be given to
-- someone else after its account is deleted, and must not inherit grants, requests or clearances.

-- Grants name the grantee's account; has_grant compares it with the caller's (ReadScope.USER).
-- Grants from before carry no account and no longer open anything: share again.
alter table item_grant add column grantee_account varchar(64);

create or replace function has_grant(item uuid, official text)
  returns boolean
  language sql
  stable
  strict
as $$
  select exists (
    select 1 from access.item_grant
     where item_id = item and grantee_account = official and official <> '' and valid_until > now()
  )
$$;

-- Sangat Rahasia requests remember the accounts of the official and of the administrators.
alter table clearance_request
  add column official_account     varchar(64),
  add column requested_by_account varchar(64),
  add column confirmed_by_account varchar(64),
  add constraint two_administrator_accounts
    check (confirmed_by_account is null or confirmed_by_account <> requested_by_account);
delete from clearance_request where confirmed_by is null;

-- What Warta believes each account's clearance is: what it granted itself. Keycloak's role
-- mappings are compared with this (ClearanceReconciliation); a clearance found there that Warta did
-- not grant raises an ALERT entry once.
create table clearance_ledger (
  account       varchar(64)  primary key,
  username      varchar(255) not null,
  granted_level smallint     not null check (granted_level between 0 and 4),
  alerted_level smallint     check (alerted_level between 1 and 4),
  updated_at    timestamptz  not null
);

-- The first comparison takes the clearances it finds as the starting point, once.
create table clearance_baseline (
  id       smallint    primary key check (id = 1),
  taken_at timestamptz not null
);

grant select, insert, update on clearance_ledger to "${runtime_role}";
grant select, insert on clearance_baseline to "${runtime_role}";
