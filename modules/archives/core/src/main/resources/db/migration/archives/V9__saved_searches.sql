-- Each official's saved archive searches (link parameters, no results), read by their owner only
-- (the read rule OWN_OR_COUNTERPART with the owner on both sides: no one else takes part).
create table saved_search (
  id                  uuid          primary key,
  owner_account       varchar(255)  not null,
  counterpart_account varchar(255)  not null check (counterpart_account = owner_account),
  name                varchar(100)  not null,
  parameters          varchar(2000) not null,
  saved_at            timestamptz   not null,
  unique (owner_account, name)
);

grant select, insert, update, delete on saved_search to "${runtime_role}";
