-- Bodies are HTML from now on, rendered as they are stored (RichText sanitises every save). Bodies
-- written before were plain text: escape them and keep their paragraphs and line breaks, so that
-- no earlier text is ever read as markup.
create function plain_text_as_html(plain text) returns text
  language sql
  immutable
as $$
  select coalesce(string_agg('<p>' || replace(paragraph, E'\n', '<br>') || '</p>', '' order by n), '')
    from regexp_split_to_table(
           replace(replace(replace(replace(btrim(plain, E' \n\r\t'), E'\r', ''),
                   '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
           E'\n[ \t]*\n[ \t\n]*') with ordinality as p(paragraph, n)
   where btrim(paragraph, E' \n\t') <> ''
$$;

update release set body = plain_text_as_html(body);
update revision_text set body = plain_text_as_html(body);

drop function plain_text_as_html(text);
