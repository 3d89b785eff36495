-- What Warta believes each official's clearance is: what it granted itself. Keycloak's role
-- mappings are compared with this (ClearanceReconciliation); a clearance found there that Warta did
-- not grant raises an ALERT entry once.
create table clearance_ledger (
  username      varchar(255) primary key,
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
