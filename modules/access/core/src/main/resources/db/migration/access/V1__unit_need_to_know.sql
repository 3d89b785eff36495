-- Need-to-know by position in the unit tree, as the other modules' data-layer filters call it:
-- true when item_unit is one of the caller's units or lies below one of them.
-- caller_units is the caller's unit paths joined by '|' (see ReadScope.UNITS); an empty list
-- grants nothing.
create function within_units(item_unit text, caller_units text)
  returns boolean
  language sql
  immutable
  strict
  parallel safe
as $$
  select exists (
    select 1
      from unnest(string_to_array(caller_units, '|')) as unit
     where unit <> ''
       and (item_unit = unit or starts_with(item_unit, unit || '/'))
  )
$$;
