-- Reviewers comment on a passage of the text they review; the author reads the comments beside
-- the text in the editor. A comment speaks about the release: read like its revisions.
create table passage_comment (
  id         uuid         primary key,
  release_id uuid         not null,
  revision   integer      not null,
  passage    text         not null,
  comment    text         not null,
  taken_by   varchar(255) not null,
  taken_at   timestamptz  not null,
  level      smallint     not null check (level between 1 and 4),
  unit_path  text         not null
);

create index passage_comment_release on passage_comment (release_id, taken_at);

grant select, insert on passage_comment to "${runtime_role}";
grant update (level) on passage_comment to "${runtime_role}";
