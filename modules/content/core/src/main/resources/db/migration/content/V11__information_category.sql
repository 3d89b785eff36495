-- Every release is placed under the public information act (UU 14/2008): public information
-- (berkala, serta-merta, setiap saat) or exempt (dikecualikan) with a recorded consequence test.
-- Terbatas and above are always exempt; only public information may be public on the portal.
alter table release
  add column information_category        varchar(20),
  add column consequence_legal_ground    text,
  add column consequence_harm            text,
  add column consequence_public_interest text,
  add column consequence_officer         varchar(255),
  add column consequence_review_on       date;

update release set information_category = case when level >= 2 then 'DIKECUALIKAN' else 'SETIAP_SAAT' end;

alter table release
  alter column information_category set not null,
  add constraint information_category_known
    check (information_category in ('BERKALA', 'SERTA_MERTA', 'SETIAP_SAAT', 'DIKECUALIKAN')),
  add constraint classified_is_exempt
    check (level = 1 or information_category = 'DIKECUALIKAN'),
  add constraint consequence_test_whole
    check ((consequence_legal_ground is null) = (consequence_review_on is null)
       and (consequence_legal_ground is null) = (consequence_officer is null)),
  drop constraint public_only_when_published_biasa,
  add constraint public_only_when_published_biasa_public_information
    check (not publicly_readable
           or (status = 'PUBLISHED' and level = 1 and information_category <> 'DIKECUALIKAN'));
