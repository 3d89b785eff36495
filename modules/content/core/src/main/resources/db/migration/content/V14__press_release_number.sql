-- Public press releases are numbered in the office's series, per unit and year, on publication:
-- 123/HUMAS/XI/2026. Only public ones are numbered, so the series has no gaps that would tell of
-- classified press releases. The counter holds nothing but the last number given.
create table press_release_series (
  unit_code   varchar(40) not null,
  year        integer     not null,
  last_number integer     not null check (last_number >= 1),
  primary key (unit_code, year)
);

create function next_press_release_number(code text, series_year integer)
  returns integer
  language sql
  volatile
as $$
  insert into content.press_release_series (unit_code, year, last_number)
  values (code, series_year, 1)
  on conflict (unit_code, year)
    do update set last_number = content.press_release_series.last_number + 1
  returning last_number
$$;

alter table release add column number varchar(60) unique;

grant select, insert, update on press_release_series to "${runtime_role}";
grant execute on function next_press_release_number(text, integer) to "${runtime_role}";
