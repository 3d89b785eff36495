-- A release's page (the portal's and the officials') lists the releases correcting it on every view:
-- found through this index over the few releases that correct something, not by reading them all.
create index release_corrects on release (corrects) where corrects is not null;
