-- What a release says about itself: tags, language (and the original it translates), contact
-- person, and once published a permanent address (slug). Slugs end in a random code, so that no
-- address tells of another release with the same title.
alter table release
  add column language       varchar(2)   not null default 'ID' check (language in ('ID', 'EN')),
  add column translation_of uuid         references release (id),
  add column contact_name   varchar(200),
  add column contact_phone  varchar(30),
  add column contact_email  varchar(200),
  add column slug           varchar(120) unique,
  add constraint not_its_own_translation check (translation_of <> id);

create table release_tag (
  release_id uuid        not null references release (id),
  tag        varchar(40) not null,
  primary key (release_id, tag)
);
create index release_tag_by_tag on release_tag (tag);

grant select, insert, delete on release_tag to "${runtime_role}";
