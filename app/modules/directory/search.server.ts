import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/database";
import { termId, type Weekday } from "./directory-content";
import { nationalAreaCode } from "./directory.server";
import type { LocalMoment } from "./opening-hours";
import { normaliseWords, tsQueryText, type Gender } from "./search-query";

/**
 * Searching the Wegwijzer in SQL (the same on PGlite and PostgreSQL):
 * filters on age, gender, LVB expertise, taxonomy terms, opening hours and
 * area; Dutch full text with prefixes and synonyms, widened with the nearest
 * known words (trigram) when the words are found rarely; ranking local
 * (municipality or named region) above province above national, then by
 * relevance. Area and term filters read the service's indexed copies
 * (`area_codes`, `term_ids`), so a search touches only matching services.
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

/** A text[] literal of the values, one parameter each. */
const textArray = (values: readonly string[]) => sql`array[${sql.join(values)}]::text[]`;

/** The service has one of these terms (its `term_ids` copy, GIN-indexed). */
const hasAnyTerm = (ids: readonly string[]): Condition => sql<boolean>`s.term_ids && ${textArray(ids)}`;

/**
 * How the free text is matched: always by Dutch full text (GIN index). When
 * its words find fewer than `nearWordsBelow` services, every word also
 * matches its nearest known words (`search_word`, trigram index): typos
 * ("Querrido", "begeleidng") and compounds ("coördinatie" finds
 * "zorgcoördinatie"). Looking words up in the vocabulary instead of
 * comparing the text with every service keeps a search fast at scale.
 * Decided once per filters object (the page's parallel queries share it).
 */
interface TextMatch {
  /** The to_tsquery text to use (the filters' own, or widened with near words); empty for none. */
  tsQuery: string;
}
const nearWordsBelow = 20;
const nearWordsPerWord = 3;
const textMatches = new WeakMap<ServiceFilters, Promise<TextMatch>>();

function textMatch(db: Kysely<Database>, filters: ServiceFilters): Promise<TextMatch> {
  let decided = textMatches.get(filters);
  if (!decided) {
    decided = decideTextMatch(db, filters);
    textMatches.set(filters, decided);
  }
  return decided;
}

async function decideTextMatch(db: Kysely<Database>, filters: ServiceFilters): Promise<TextMatch> {
  if (!filters.tsQuery) return { tsQuery: "" };
  const { rows } = await sql<{ found: number }>`
    select count(*)::int as found from (
      select 1 from service s
      where s.search_vector @@ to_tsquery('dutch', ${filters.tsQuery}) and s.status = 'active'
      limit ${nearWordsBelow}
    ) as hits`.execute(db);
  if (Number(rows[0]?.found ?? 0) >= nearWordsBelow) return { tsQuery: filters.tsQuery };
  // The same words tsQueryText uses: normalised, at least two letters, at most eight.
  const words = normaliseWords(filters.text)
    .split(" ")
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  const looked = words.filter((word) => word.length >= 3);
  if (looked.length === 0) return { tsQuery: filters.tsQuery };
  const near = await sql<{ asked: string; word: string }>`
    select q.asked, w.word
    from unnest(${textArray(looked)}) as q(asked)
    cross join lateral (
      select sw.word from search_word sw
      where sw.word % q.asked and sw.word <> q.asked
      order by similarity(sw.word, q.asked) desc, sw.word
      limit ${nearWordsPerWord}
    ) as w`.execute(db);
  const nearBy = new Map<string, string[]>();
  for (const row of near.rows) nearBy.set(row.asked, [...(nearBy.get(row.asked) ?? []), row.word]);
  const tsQuery = words
    .map((word) => {
      const own = tsQueryText(word);
      const others = (nearBy.get(word) ?? []).map((other) => `${other}:*`);
      return others.length === 0 ? own : `(${[own, ...others].join(" | ")})`;
    })
    .join(" & ");
  return { tsQuery };
}

/** The SQL conditions of the filters; `except` leaves one taxonomy out (for its facet counts). */
function conditions(
  filters: ServiceFilters,
  match: TextMatch,
  except?: "hulpsoort" | "uitbuitingsvorm",
): Condition[] {
  const where: Condition[] = [sql<boolean>`s.status = 'active'`];
  if (match.tsQuery) where.push(sql<boolean>`s.search_vector @@ to_tsquery('dutch', ${match.tsQuery})`);
  if (filters.area) {
    // Services for this place, its province or region, national ones, and those whose area is unknown.
    const codes = [...filters.area.local, ...filters.area.regional, nationalAreaCode];
    where.push(sql<boolean>`(s.area_codes && ${textArray(codes)} or s.area_codes = '{}')`);
  }
  if (filters.age !== undefined) {
    const age = filters.age;
    where.push(sql<boolean>`(s.minimum_age is null or s.minimum_age <= ${age})`);
    where.push(
      sql<boolean>`(s.maximum_age is null or ${age} < s.maximum_age or (s.maximum_age_inclusive and ${age} = s.maximum_age))`,
    );
  }
  if (filters.gender) {
    // A service fits a gender when it is for everyone, names no gender, or names
    // that gender; "x" also fits services that take both girls and boys.
    const own =
      filters.gender === "x"
        ? sql<boolean>`(${hasAnyTerm([genderTerms.everyone])} or s.term_ids @> ${textArray([genderTerms.female, genderTerms.male])})`
        : hasAnyTerm([genderTerms[filters.gender], genderTerms.everyone]);
    where.push(
      sql<boolean>`(${own} or not ${hasAnyTerm([genderTerms.female, genderTerms.male, genderTerms.everyone])})`,
    );
  }
  if (filters.lvb) where.push(hasAnyTerm([termId("doelgroep", "lvb-expertise")]));
  for (const taxonomy of ["hulpsoort", "uitbuitingsvorm"] as const) {
    const ids = filters.terms?.[taxonomy] ?? [];
    if (taxonomy !== except && ids.length > 0) where.push(hasAnyTerm(ids));
  }
  if (filters.taxonomyTermId) where.push(hasAnyTerm([filters.taxonomyTermId]));
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
  const match = await textMatch(db, filters);
  const local = filters.area?.local ?? [];
  const regional = filters.area?.regional ?? [];
  const areaRank = filters.area
    ? sql<number>`(case
        when ${local.length > 0 ? sql`s.area_codes && ${textArray(local)}` : sql`false`} then 3
        when ${regional.length > 0 ? sql`s.area_codes && ${textArray(regional)}` : sql`false`} then 2
        when s.area_codes @> ${textArray([nationalAreaCode])} then 1
        else 0 end)`
    : sql<number>`0`;
  const relevance = match.tsQuery
    ? [sql`ts_rank(s.search_vector, to_tsquery('dutch', ${match.tsQuery})) desc`]
    : [];
  const where = and(conditions(filters, match));
  const result = await sql<{ id: string; area_rank: number; total: number }>`
    select s.id, ${areaRank} as area_rank, count(*) over () as total
    from service s
    where ${where}
    order by ${sql.join([sql`area_rank desc`, ...relevance, sql`s.sort_order, s.name, s.id`])}
    limit ${page.limit} offset ${page.offset}`.execute(db);
  let total = Number(result.rows[0]?.total ?? 0);
  if (result.rows.length === 0 && page.offset > 0) {
    const counted = await sql<{ total: number }>`
      select count(*)::int as total from service s where ${where}`.execute(db);
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
  const match = await textMatch(db, filters);
  const result = await sql<{ term: string; count: number }>`
    select t.term, count(*)::int as count
    from service s cross join lateral unnest(s.term_ids) as t(term)
    where t.term like ${`${taxonomy}-%`} and ${and(conditions(filters, match, taxonomy))}
    group by t.term`.execute(db);
  return new Map(result.rows.map((row) => [row.term, Number(row.count)]));
}

export type { Weekday };
