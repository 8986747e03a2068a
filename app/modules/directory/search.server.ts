import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/database";
import { termId, type Weekday } from "./directory-content";
import type { LocalMoment } from "./opening-hours";
import type { Gender } from "./search-query";

/**
 * Searching the Wegwijzer in SQL (the same on PGlite and PostgreSQL):
 * filters on age, gender, LVB expertise, taxonomy terms, opening hours and
 * area; Dutch full text with prefixes and synonyms plus a trigram fallback
 * for typos; ranking local (municipality or named region) above province
 * above national, then by relevance.
 */

export interface ServiceFilters {
  /** A `to_tsquery('dutch', …)` text (see tsQueryText); empty for no text. */
  tsQuery: string;
  /** The text as typed (normalised), for the typo-tolerant fallback. */
  text: string;
  /**
   * Where: codes that make a service local (the municipality and the named
   * regions containing it) and regional (its province). Undefined: anywhere.
   */
  area?: { local: readonly string[]; regional: readonly string[] };
  age?: number;
  gender?: Gender;
  lvb?: boolean;
  /** Term ids per taxonomy; within a taxonomy any term matches. */
  terms?: { hulpsoort?: readonly string[]; uitbuitingsvorm?: readonly string[] };
  openAt?: LocalMoment;
  /** Services changed after this moment (API). */
  modifiedAfter?: Date;
  organizationId?: string;
  /** Services with this term (API `taxonomy_term_id`). */
  taxonomyTermId?: string;
}

type Condition = RawBuilder<boolean>;

const genderTerms = {
  female: termId("doelgroep", "meisjes-vrouwen"),
  male: termId("doelgroep", "jongens-mannen"),
  everyone: termId("doelgroep", "iedereen"),
};

const hasTerm = (ids: readonly string[]): Condition =>
  sql<boolean>`exists (select 1 from attribute a where a.link_id = s.id and a.taxonomy_term_id in (${sql.join(ids)}))`;

/** The SQL conditions of the filters; `except` leaves one taxonomy out (for its facet counts). */
function conditions(filters: ServiceFilters, except?: "hulpsoort" | "uitbuitingsvorm"): Condition[] {
  const where: Condition[] = [sql<boolean>`s.status = 'active'`];
  if (filters.tsQuery || filters.text) {
    const parts: Condition[] = [];
    if (filters.tsQuery) parts.push(sql<boolean>`s.search_vector @@ to_tsquery('dutch', ${filters.tsQuery})`);
    if (filters.text.length >= 3) parts.push(sql<boolean>`${filters.text} <% s.search_text`);
    where.push(sql<boolean>`(${sql.join(parts, sql` or `)})`);
  }
  if (filters.area) {
    const codes = [...filters.area.local, ...filters.area.regional];
    where.push(
      sql<boolean>`(exists (select 1 from service_area sa where sa.service_id = s.id and (sa.kind = 'national'${
        codes.length > 0 ? sql` or sa.code in (${sql.join(codes)})` : sql``
      })) or not exists (select 1 from service_area sa where sa.service_id = s.id))`,
    );
  }
  if (filters.age !== undefined) {
    const age = filters.age;
    where.push(sql<boolean>`(s.minimum_age is null or s.minimum_age <= ${age})`);
    where.push(
      sql<boolean>`(s.maximum_age is null or ${age} < s.maximum_age or (s.maximum_age_inclusive and ${age} = s.maximum_age))`,
    );
  }
  if (filters.gender) {
    const own =
      filters.gender === "x" ? [genderTerms.everyone] : [genderTerms[filters.gender], genderTerms.everyone];
    where.push(
      sql<boolean>`(${hasTerm(own)} or not ${hasTerm([genderTerms.female, genderTerms.male, genderTerms.everyone])})`,
    );
  }
  if (filters.lvb) where.push(hasTerm([termId("doelgroep", "lvb-expertise")]));
  for (const taxonomy of ["hulpsoort", "uitbuitingsvorm"] as const) {
    const ids = filters.terms?.[taxonomy] ?? [];
    if (taxonomy !== except && ids.length > 0) where.push(hasTerm(ids));
  }
  if (filters.taxonomyTermId) where.push(hasTerm([filters.taxonomyTermId]));
  if (filters.organizationId) where.push(sql<boolean>`s.organization_id = ${filters.organizationId}`);
  if (filters.modifiedAfter) where.push(sql<boolean>`s.last_modified > ${filters.modifiedAfter}`);
  if (filters.openAt) {
    const { day, time } = filters.openAt;
    where.push(
      sql<boolean>`exists (select 1 from schedule sc where sc.service_id = s.id and sc.contact_id is null and position(${day} in sc.byday) > 0 and sc.opens_at <= ${time} and (${time} < sc.closes_at or sc.closes_at = '23:59'))`,
    );
  }
  return where;
}

const and = (where: Condition[]) => sql.join(where, sql` and `);

export interface RankedService {
  id: string;
  /** 3 local, 2 province, 1 national, 0 area unknown or not searched by place. */
  areaRank: number;
}

/** One page of matching service ids in ranking order, and the total. */
export async function findServices(
  db: Kysely<Database>,
  filters: ServiceFilters,
  page: { offset: number; limit: number },
): Promise<{ total: number; services: RankedService[] }> {
  const local = filters.area?.local ?? [];
  const regional = filters.area?.regional ?? [];
  const areaRank = filters.area
    ? sql<number>`(case
        when ${local.length > 0 ? sql`exists (select 1 from service_area sa where sa.service_id = s.id and sa.code in (${sql.join(local)}))` : sql`false`} then 3
        when ${regional.length > 0 ? sql`exists (select 1 from service_area sa where sa.service_id = s.id and sa.code in (${sql.join(regional)}))` : sql`false`} then 2
        when exists (select 1 from service_area sa where sa.service_id = s.id and sa.kind = 'national') then 1
        else 0 end)`
    : sql<number>`0`;
  const relevance = [
    ...(filters.tsQuery ? [sql`ts_rank(s.search_vector, to_tsquery('dutch', ${filters.tsQuery})) desc`] : []),
    ...(filters.text.length >= 3 ? [sql`word_similarity(${filters.text}, s.search_text) desc`] : []),
  ];
  const result = await sql<{ id: string; area_rank: number; total: number }>`
    select s.id, ${areaRank} as area_rank, count(*) over () as total
    from service s
    where ${and(conditions(filters))}
    order by ${sql.join([sql`area_rank desc`, ...relevance, sql`s.sort_order, s.name, s.id`])}
    limit ${page.limit} offset ${page.offset}`.execute(db);
  let total = Number(result.rows[0]?.total ?? 0);
  if (result.rows.length === 0 && page.offset > 0) {
    const counted = await sql<{ total: number }>`
      select count(*)::int as total from service s where ${and(conditions(filters))}`.execute(db);
    total = Number(counted.rows[0]?.total ?? 0);
  }
  return {
    total,
    services: result.rows.map((row) => ({ id: row.id, areaRank: Number(row.area_rank) })),
  };
}

/** How many services each term of a taxonomy would give with the other filters kept. */
export async function countByTerm(
  db: Kysely<Database>,
  filters: ServiceFilters,
  taxonomy: "hulpsoort" | "uitbuitingsvorm",
): Promise<Map<string, number>> {
  const result = await sql<{ term: string; count: number }>`
    select a.taxonomy_term_id as term, count(*)::int as count
    from attribute a join service s on s.id = a.link_id
    where a.taxonomy_term_id like ${`${taxonomy}-%`} and ${and(conditions(filters, taxonomy))}
    group by a.taxonomy_term_id`.execute(db);
  return new Map(result.rows.map((row) => [row.term, Number(row.count)]));
}

export type { Weekday };
