import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Search columns on `service` for the Wegwijzer at scale (tens of thousands
 * of services): the codes of its areas (`area_codes`: CBS codes, named
 * region ids, `NL` for national; empty when the area is unknown) and its
 * taxonomy term ids (`term_ids`), copies of `service_area` and `attribute`
 * kept by the repository in the same write. With GIN indexes a search by
 * place, target group or term reads only the matching services instead of
 * joining every area and attribute row. `search_word` holds every word of
 * the services' search text, with a trigram index: a word that is not
 * found (a typo, part of a compound) is looked up there and searched as its
 * nearest known words, instead of comparing it with every service's whole
 * text (see bench/README.md).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`alter table service
    add column area_codes text[] not null default '{}',
    add column term_ids text[] not null default '{}'`.execute(db);
  await sql`update service s set
    area_codes = coalesce(
      (select array_agg(coalesce(sa.code, 'NL') order by sa.id) from service_area sa where sa.service_id = s.id),
      '{}'),
    term_ids = coalesce(
      (select array_agg(a.taxonomy_term_id order by a.taxonomy_term_id) from attribute a where a.link_id = s.id),
      '{}')`.execute(db);
  await sql`create index service_area_codes_idx on service using gin (area_codes)`.execute(db);
  await sql`create index service_term_ids_idx on service using gin (term_ids)`.execute(db);
  // Services whose area is unknown match every place (ranked last): find them without a scan.
  await sql`create index service_area_unknown_idx on service (id) where area_codes = '{}'`.execute(db);

  await sql`create table search_word (word text primary key)`.execute(db);
  await sql`insert into search_word (word)
    select distinct w from service, unnest(string_to_array(search_text, ' ')) as w
    where length(w) between 3 and 40 and w !~ '^[0-9]+$'`.execute(db);
  await sql`create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table search_word`.execute(db);
  await sql`drop index service_area_unknown_idx`.execute(db);
  await sql`drop index service_term_ids_idx`.execute(db);
  await sql`drop index service_area_codes_idx`.execute(db);
  await sql`alter table service drop column area_codes, drop column term_ids`.execute(db);
}
