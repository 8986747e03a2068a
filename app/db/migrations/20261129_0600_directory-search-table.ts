import { sql, type Kysely } from "kysely";

// Migrations see the database as it was when they were written: untyped.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A narrow search table for the Wegwijzer at 50,000 services
 * (docs/decisions/006, bench/README.md): one row per **active** service
 * with only what a search filters and sorts on — area codes, term ids, the
 * age range as [age_from, age_below), the weekly opening hours as minutes
 * since Monday 00:00 (Europe/Amsterdam), sort order, name and a copy of the
 * Dutch search vector (so text is matched and ranked without a join). A
 * search reads this table through its GIN indexes instead of the wide
 * `service` heap (descriptions, translations, search text). The repository
 * keeps the table with
 * `refreshServiceSearch` in the same write; this migration fills it from the
 * existing rows and moves the area and term copies off `service` (added in
 * 20261129_0300, read only by the search).
 */
export async function up(db: AnyDb): Promise<void> {
  await sql`create table service_search (
    service_id text primary key references service (id) on delete cascade,
    area_codes text[] not null,
    term_ids text[] not null,
    age_from integer not null,
    age_below integer not null,
    open_week int4multirange not null,
    sort_order integer not null,
    name text not null,
    search_vector tsvector not null
  )`.execute(db);
  await sql`insert into service_search
    select s.id, s.area_codes, s.term_ids,
      coalesce(s.minimum_age, 0),
      case when s.maximum_age is null then 2147483647
           when s.maximum_age_inclusive then s.maximum_age + 1 else s.maximum_age end,
      coalesce((
        select range_agg(int4range(d.day * 1440 + m.opens, d.day * 1440 + m.closes))
        from schedule sc
        cross join lateral (select
          split_part(sc.opens_at, ':', 1)::int * 60 + split_part(sc.opens_at, ':', 2)::int as opens,
          case when sc.closes_at = '23:59' then 1440
               else split_part(sc.closes_at, ':', 1)::int * 60 + split_part(sc.closes_at, ':', 2)::int end as closes
        ) as m
        cross join lateral unnest(string_to_array(sc.byday, ',')) as b(code)
        join (values ('MO', 0), ('TU', 1), ('WE', 2), ('TH', 3), ('FR', 4), ('SA', 5), ('SU', 6)) as d(code, day)
          on d.code = b.code
        where sc.service_id = s.id and sc.contact_id is null and m.closes > m.opens
      ), '{}'::int4multirange),
      s.sort_order, s.name, s.search_vector
    from service s where s.status = 'active'`.execute(db);
  await sql`create index service_search_vector_gin on service_search using gin (search_vector) with (fastupdate = off)`.execute(
    db,
  );
  await sql`create index service_search_area_codes_gin on service_search using gin (area_codes) with (fastupdate = off)`.execute(
    db,
  );
  await sql`create index service_search_term_ids_gin on service_search using gin (term_ids) with (fastupdate = off)`.execute(
    db,
  );
  // Services whose area is unknown match every place (ranked last): find them without a scan.
  await sql`create index service_search_area_unknown_idx on service_search (service_id) where area_codes = '{}'`.execute(
    db,
  );
  // No pending list in the GIN indexes: with fastupdate (the default) new entries wait in an unsorted
  // list that every search scans until VACUUM merges it, and PGlite has no autovacuum. Writes are
  // rare (editors, imports); searches are many.
  await sql`alter index search_word_trgm_idx set (fastupdate = off)`.execute(db);
  await sql`analyze service_search`.execute(db);
  // Nearest known words (typos) by trigram distance: a GiST index answers "order by word <-> ?" directly.
  await sql`create index search_word_trgm_gist on search_word using gist (word gist_trgm_ops)`.execute(db);

  await sql`drop index service_area_unknown_idx`.execute(db);
  await sql`drop index service_term_ids_idx`.execute(db);
  await sql`drop index service_area_codes_idx`.execute(db);
  await sql`alter table service drop column area_codes, drop column term_ids`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index search_word_trgm_gist`.execute(db);
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
  await sql`create index service_area_unknown_idx on service (id) where area_codes = '{}'`.execute(db);
  await sql`drop table service_search`.execute(db);
}
