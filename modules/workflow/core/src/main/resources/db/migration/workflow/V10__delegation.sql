-- A head on leave names a deputy (Plh/Plt) who decides in their name for a period. The deputy
-- acts with the head's review roles and units, never with more clearance than their own; the
-- arrangement is read by the two of them only.
create table delegation (
  id                  uuid         primary key,
  owner_account       varchar(64)  not null,
  delegator           varchar(255) not null,
  counterpart_account varchar(64)  not null,
  delegate            varchar(255) not null,
  review_roles        text         not null,
  units               text         not null,
  starts_at           timestamptz  not null,
  ends_at             timestamptz  not null check (ends_at > starts_at),
  reason              text         not null,
  created_at          timestamptz  not null,
  revoked_at          timestamptz
);

create index delegation_delegate on delegation (counterpart_account, ends_at);
create index delegation_delegator on delegation (owner_account, ends_at);

grant select, insert on delegation to "${runtime_role}";
grant update (revoked_at) on delegation to "${runtime_role}";

-- A decision a deputy took records the head in whose name they took it.
alter table review_step add column on_behalf_of varchar(255);
