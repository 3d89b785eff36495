-- The text of every save, so that revisions can be read, compared and restored. Each row keeps the
-- level the release had when it was saved: raising the release raises its history with it, while
-- lowering it (two officials) lowers only the current revision, the text the second official saw.
-- Kept apart from release_revision, the authorship the four-eyes rule reads whatever the caller's
-- clearance.
create table revision_text (
  id          uuid primary key,
  release_id  uuid         not null,
  number      integer      not null,
  type        varchar(20)  not null check (type in ('PRESS_RELEASE', 'NEWS', 'ANNOUNCEMENT')),
  title       varchar(300) not null,
  lead        text,
  body        text         not null,
  change_note varchar(500),
  author      varchar(255) not null,
  saved_at    timestamptz  not null,
  level       smallint     not null check (level between 1 and 4),
  unit_path   text         not null,
  unique (release_id, number),
  foreign key (release_id, number) references release_revision (release_id, number)
);

-- Of releases already written only the current text is known; it is their latest revision.
insert into revision_text
  (id, release_id, number, type, title, lead, body, author, saved_at, level, unit_path)
  select gen_random_uuid(), r.id, r.revision, r.type, r.title, r.lead, r.body, v.author,
         v.saved_at, r.level, r.unit_path
    from release r
    join release_revision v on v.release_id = r.id and v.number = r.revision;

-- Text is never rewritten; only its level moves with reclassification.
grant select, insert on revision_text to "${runtime_role}";
grant update (level) on revision_text to "${runtime_role}";
