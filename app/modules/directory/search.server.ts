import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/database";
import { termId, weekdays, type Weekday } from "./directory-content";
import { nationalAreaCode, textArray } from "./directory.server";
import type { LocalMoment } from "./opening-hours";
import { normaliseWords, tsQueryText, type Gender } from "./search-query";

/**
 * Searching the Wegwijzer in SQL (the same on PGlite and PostgreSQL):
 * filters on age, gender, LVB expertise, taxonomy terms, opening hours and
 * area; Dutch full text with prefixes and synonyms, widened with the nearest
 * known words (trigram) when the words are found rarely; ranking local
 * (municipality or named region) above province above national, then by
 * relevance. Everything is read from the narrow table `service_search`
 * (one row per active service: area codes, term ids, ages, weekly opening
 * hours, sort order, vector; kept by refreshServiceSearch), with GIN indexes
 * on the vector, the area codes and the term ids, so a search reads a few MB
 * at 50,000 services (docs/decisions/006, bench/README.md).
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
  /** Services changed on or after this moment (API `modified_after`). */
  modifiedAfter?: Date;
  organizationId?: string;
  /** Services with this term (API `taxonomy_term_id`). */
  taxonomyTermId?: string;
  /** Services with any term of this taxonomy (API `taxonomy_id`). */
  taxonomyId?: string;
  /**
   * Above how many services containing it a text counts as common
   * (default commonTextAbove); only tests set it lower.
   */
  commonTextAbove?: number;
}

type Condition = RawBuilder<boolean>;

const genderTerms = {
  female: termId("doelgroep", "meisjes-vrouwen"),
  male: termId("doelgroep", "jongens-mannen"),
  everyone: termId("doelgroep", "iedereen"),
};

/** The service has one of these terms (`service_search.term_ids`, GIN-indexed). */
const hasAnyTerm = (ids: readonly string[]): Condition => sql<boolean>`ss.term_ids && ${textArray(ids)}`;

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
  /**
   * More than `commonTextAbove` services contain the text (whatever the
   * other filters): without a place it is ranked name first (see rankTiers).
   * Searches by place do not ask (always false).
   */
  common: boolean;
}

/**
 * A text more services contain than this is common: ranking all of them by
 * relevance would read every match (docs/decisions/006, "common words").
 * The same number as the page's count limit.
 */
export const commonTextAbove = 1000;
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
  if (!filters.tsQuery) return { tsQuery: "", common: false };
  // Whether the text is common matters only without a place (rankTiers): only then count further.
  const commonAbove = filters.area ? Infinity : (filters.commonTextAbove ?? commonTextAbove);
  // Counted through the vector's index, up to what decides both questions.
  const { rows } = await sql<{ found: number }>`
    select count(*)::int as found from (
      select 1 from service_search ss
      where ss.search_vector @@ to_tsquery('dutch', ${filters.tsQuery})
      limit ${Number.isFinite(commonAbove) ? Math.max(nearWordsBelow, commonAbove + 1) : nearWordsBelow}
    ) as hits`.execute(db);
  const found = Number(rows[0]?.found ?? 0);
  if (found >= nearWordsBelow) return { tsQuery: filters.tsQuery, common: found > commonAbove };
  // The same words tsQueryText uses: normalised, at least two letters, at most eight.
  const words = normaliseWords(filters.text)
    .split(" ")
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  const looked = words.filter((word) => word.length >= 3);
  if (looked.length === 0) return { tsQuery: filters.tsQuery, common: false };
  // One statement per word (in a lateral join over all words the planner
  // scanned the whole vocabulary).
  const nearBy = new Map<string, string[]>();
  for (const asked of looked) {
    // Nearest first by trigram distance (1 - similarity), through the GiST index.
    const near = await sql<{ word: string }>`
      select sw.word from search_word sw
      where sw.word % ${asked} and sw.word <> ${asked}
      order by sw.word <-> ${asked}
      limit ${nearWordsPerWord}`.execute(db);
    nearBy.set(
      asked,
      near.rows.map((row) => row.word),
    );
  }
  const tsQuery = words
    .map((word) => {
      const own = tsQueryText(word);
      const others = (nearBy.get(word) ?? []).map((other) => `${other}:*`);
      return others.length === 0 ? own : `(${[own, ...others].join(" | ")})`;
    })
    .join(" & ");
  return { tsQuery, common: false };
}

/** Minutes since Monday 00:00 of a local moment (how `service_search.open_week` counts). */
export function minuteOfWeek(moment: LocalMoment): number {
  const [hours, minutes] = moment.time.split(":").map(Number);
  return weekdays.indexOf(moment.day) * 1440 + (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The SQL conditions of the filters; `except` leaves one taxonomy out (for its facet counts). */
function conditions(
  filters: ServiceFilters,
  match: TextMatch,
  except?: "hulpsoort" | "uitbuitingsvorm",
  area: "with area" | "without area" = "with area",
): Condition[] {
  // Only active services have a row in service_search.
  const where: Condition[] = [sql<boolean>`true`];
  if (match.tsQuery) {
    where.push(
      area === "with area"
        ? sql<boolean>`ss.search_vector @@ to_tsquery('dutch', ${match.tsQuery})`
        : // Within a tier the area index finds few services: check their vectors one by one. The
          // function form of @@ keeps the planner from also scanning the vector's index for every
          // service with the words (thousands for a common prefix), once per tier and statement.
          sql<boolean>`ts_match_vq(ss.search_vector, to_tsquery('dutch', ${match.tsQuery}))`,
    );
  }
  if (filters.area && area === "with area") {
    // Services for this place, its province or region, national ones, and those whose area is unknown.
    const codes = [...filters.area.local, ...filters.area.regional, nationalAreaCode];
    where.push(sql<boolean>`(ss.area_codes && ${textArray(codes)} or ss.area_codes = '{}')`);
  }
  if (filters.age !== undefined) {
    // "tot 23" is stored as age_below 23, "tot en met 23" as 24.
    where.push(sql<boolean>`ss.age_from <= ${filters.age}`);
    where.push(sql<boolean>`${filters.age} < ss.age_below`);
  }
  if (filters.gender) {
    // A service fits a gender when it is for everyone, names no gender, or names
    // that gender; "x" also fits services that take both girls and boys.
    const own =
      filters.gender === "x"
        ? sql<boolean>`(${hasAnyTerm([genderTerms.everyone])} or ss.term_ids @> ${textArray([genderTerms.female, genderTerms.male])})`
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
  if (filters.taxonomyId) {
    where.push(
      sql<boolean>`ss.term_ids && array(select t.id from taxonomy_term t where t.taxonomy_id = ${filters.taxonomyId})`,
    );
  }
  if (filters.organizationId) {
    where.push(
      sql<boolean>`ss.service_id in (select s.id from service s where s.organization_id = ${filters.organizationId})`,
    );
  }
  if (filters.modifiedAfter) {
    where.push(
      sql<boolean>`ss.service_id in (select s.id from service s where s.last_modified >= ${filters.modifiedAfter})`,
    );
  }
  if (filters.openAt) {
    // Phone lines and the service itself, precomputed per week (e-mail hours do not count).
    where.push(sql<boolean>`ss.open_week @> ${minuteOfWeek(filters.openAt)}::int`);
  }
  return where;
}

const and = (where: Condition[]): Condition => sql<boolean>`(${sql.join(where, sql` and `)})`;

/**
 * The ids of the (active) services matching the filters, as a subquery for
 * `service_id in (…)` (the API's service_at_locations use the service filters).
 * Unranked; the area filter applies as in a search.
 */
export async function matchingServiceIds(
  db: Kysely<Database>,
  filters: ServiceFilters,
): Promise<RawBuilder<{ service_id: string }>> {
  const match = await textMatch(db, filters);
  return sql<{
    service_id: string;
  }>`select ss.service_id from service_search ss where ${and(conditions(filters, match))}`;
}

export interface RankedService {
  id: string;
  /** 3 local, 2 province, 1 national, 0 area unknown or not searched by place. */
  areaRank: number;
}

/** How many services match; with `upTo`, counting stops there (`capped`: there are more). */
export interface ServiceCount {
  total: number;
  capped: boolean;
}

/**
 * How many services match the filters. Counting everything costs as much as
 * reading every match (tens of thousands for a common word), so the page
 * counts up to a limit and says "meer dan 1.000"; the API counts exactly
 * (HSDS `total_items`).
 */
export async function countServices(
  db: Kysely<Database>,
  filters: ServiceFilters,
  upTo?: number,
): Promise<ServiceCount> {
  const match = await textMatch(db, filters);
  if (upTo === undefined) {
    const { rows } = await sql<{ total: number }>`
      select count(*)::int as total from service_search ss
      where ${and(conditions(filters, match))}`.execute(db);
    return { total: Number(rows[0]?.total ?? 0), capped: false };
  }
  if (!filters.area) {
    // One statement through the indexes, stopping one past the limit.
    const { rows } = await sql<{ total: number }>`
      select count(*)::int as total from (
        select 1 from service_search ss where ${and(conditions(filters, match))} limit ${upTo + 1}
      ) as hits`.execute(db);
    const total = Number(rows[0]?.total ?? 0);
    return total > upTo ? { total: upTo, capped: true } : { total, capped: false };
  }
  // Tier by tier (each through its own index), until the limit is passed.
  const read = await readTiers(db, filters, { offset: 0, limit: 0 }, upTo);
  return { total: read.counted, capped: read.capped };
}

interface RankTier {
  rank: number;
  condition: Condition;
  /** Ordered by relevance first (false: only by sort order and name). */
  byRelevance: boolean;
}

/**
 * The ranking tiers of a search by place, best first, as conditions: local
 * (the municipality or a named region containing it), its province,
 * national, area unknown. Without a place there is one tier; for a common
 * text two: services with the words in their name (weight A, through the
 * index on `ts_filter(search_vector, '{a}')`) by relevance, then the other
 * matches in sort order and name (through the index on that order, read
 * until the page is full), so a search does not rank every match.
 */
function rankTiers(filters: ServiceFilters, match: TextMatch): RankTier[] {
  if (!filters.area) {
    if (!match.common) return [{ rank: 0, condition: sql<boolean>`true`, byRelevance: true }];
    const inName = sql<boolean>`ts_filter(ss.search_vector, '{a}') @@ to_tsquery('dutch', ${match.tsQuery})`;
    return [
      { rank: 0, condition: inName, byRelevance: true },
      { rank: 0, condition: sql<boolean>`not (${inName})`, byRelevance: false },
    ];
  }
  const overlaps = (codes: readonly string[]) =>
    codes.length > 0 ? sql<boolean>`ss.area_codes && ${textArray(codes)}` : undefined;
  const local = overlaps(filters.area.local);
  const regional = overlaps(filters.area.regional);
  const none = (...others: Array<Condition | undefined>): Condition[] =>
    others.filter((other) => other !== undefined).map((other) => sql<boolean>`not (${other})`);
  const tiers: RankTier[] = [];
  if (local) tiers.push({ rank: 3, condition: local, byRelevance: true });
  if (regional) tiers.push({ rank: 2, condition: and([regional, ...none(local)]), byRelevance: true });
  const national = sql<boolean>`ss.area_codes @> ${textArray([nationalAreaCode])}`;
  tiers.push({ rank: 1, condition: and([national, ...none(local, regional)]), byRelevance: true });
  tiers.push({ rank: 0, condition: sql<boolean>`ss.area_codes = '{}'`, byRelevance: true });
  return tiers;
}

/**
 * One page of matching service ids in ranking order, and the count (exact,
 * or up to `countUpTo`: see countServices). Ranking: local above province
 * above national above unknown area, then relevance, then sort order and
 * name. Read tier by tier, best first, until the page is full: a search by
 * place usually fills its page from the few local services (found through
 * the area index) without sorting every national one.
 */
export async function findServices(
  db: Kysely<Database>,
  filters: ServiceFilters,
  page: { offset: number; limit: number },
  options: { countUpTo?: number } = {},
): Promise<ServiceCount & { services: RankedService[] }> {
  if (!filters.area) {
    // One tier: the text index (if any) finds the matches.
    const [services, count] = await Promise.all([
      readTiers(db, filters, page, undefined),
      countServices(db, filters, options.countUpTo),
    ]);
    return { ...count, services: services.services };
  }
  if (options.countUpTo === undefined) {
    const [services, count] = await Promise.all([
      readTiers(db, filters, page, undefined),
      countServices(db, filters),
    ]);
    return { ...count, services: services.services };
  }
  const read = await readTiers(db, filters, page, options.countUpTo);
  return { total: read.counted, capped: read.capped, services: read.services };
}

/**
 * Reads a page tier by tier and, with `countUpTo`, counts the tiers in the
 * same pass (a tier read to its end is counted without another statement).
 */
async function readTiers(
  db: Kysely<Database>,
  filters: ServiceFilters,
  page: { offset: number; limit: number },
  countUpTo: number | undefined,
): Promise<{ services: RankedService[]; counted: number; capped: boolean }> {
  const match = await textMatch(db, filters);
  // Each tier is a condition on the area codes (the tiers together are the area filter), or
  // for a common text on the name: the text is then checked per service, read in tier order.
  const where =
    filters.area || match.common
      ? conditions(filters, match, undefined, "without area")
      : conditions(filters, match);
  const order = (tier: RankTier) => [
    ...(match.tsQuery && tier.byRelevance
      ? [sql`ts_rank(ss.search_vector, to_tsquery('dutch', ${match.tsQuery})) desc`]
      : []),
    sql`ss.sort_order, ss.name, ss.service_id`,
  ];
  const countUpToLimit = async (inTier: Condition, limit: number) => {
    const { rows } = await sql<{ total: number }>`
      select count(*)::int as total from (
        select 1 from service_search ss where ${inTier} limit ${limit}
      ) as hits`.execute(db);
    return Number(rows[0]?.total ?? 0);
  };
  const services: RankedService[] = [];
  let skip = page.offset;
  let counted = 0;
  for (const tier of rankTiers(filters, match)) {
    const need = page.limit - services.length;
    const counting = countUpTo !== undefined && counted <= countUpTo;
    if (need <= 0 && !counting) break;
    const inTier = and([...where, tier.condition]);
    let inThisTier: number | undefined;
    if (need > 0) {
      if (skip > 0) {
        // Skip whole tiers that lie before the page.
        const before = await countUpToLimit(inTier, skip + 1);
        if (before <= skip) {
          skip -= before;
          inThisTier = before;
        }
      }
      if (inThisTier === undefined) {
        const { rows } = await sql<{ id: string }>`
          select ss.service_id as id from service_search ss
          where ${inTier}
          order by ${sql.join(order(tier))}
          limit ${need} offset ${skip}`.execute(db);
        for (const row of rows) services.push({ id: row.id, areaRank: tier.rank });
        // Fewer than asked: the tier was read to its end.
        if (rows.length < need) inThisTier = skip + rows.length;
        skip = 0;
      }
    }
    if (countUpTo === undefined || !counting) continue;
    counted += inThisTier ?? (await countUpToLimit(inTier, countUpTo + 1 - counted));
  }
  if (countUpTo !== undefined && counted > countUpTo) return { services, counted: countUpTo, capped: true };
  return { services, counted, capped: false };
}

export type FacetTaxonomy = "hulpsoort" | "uitbuitingsvorm";

/**
 * How many services each hulpsoort and uitbuitingsvorm term would give with
 * the other filters kept (a taxonomy's own choice is left out of its
 * counts). When neither taxonomy is filtered both are counted in one pass.
 */
export async function countByTerms(
  db: Kysely<Database>,
  filters: ServiceFilters,
): Promise<Record<FacetTaxonomy, Map<string, number>>> {
  const match = await textMatch(db, filters);
  const filtered = (taxonomy: FacetTaxonomy) => (filters.terms?.[taxonomy]?.length ?? 0) > 0;
  const count = async (taxonomies: readonly FacetTaxonomy[], except?: FacetTaxonomy) => {
    const terms = await db
      .selectFrom("taxonomy_term")
      .select("id")
      .where("taxonomy_id", "in", taxonomies)
      .orderBy("id")
      .execute();
    if (terms.length === 0) return new Map<string, number>();
    // One pass over the matches, one filtered count per term: no unnest and
    // no grouping (about half the time of counting unnested terms at 50,000
    // services; bench/README.md).
    const counts = terms.map(
      (term, index) =>
        sql`count(*) filter (where ss.term_ids @> ${textArray([term.id])})::int as ${sql.ref(`c${index}`)}`,
    );
    const { rows } = await sql<Record<string, number>>`
      select ${sql.join(counts)} from service_search ss
      where ${and(conditions(filters, match, except))}`.execute(db);
    const row = rows[0] ?? {};
    return new Map(
      terms
        .map((term, index): [string, number] => [term.id, Number(row[`c${index}`] ?? 0)])
        .filter(([, total]) => total > 0),
    );
  };
  if (!filtered("hulpsoort") && !filtered("uitbuitingsvorm")) {
    const both = await count(["hulpsoort", "uitbuitingsvorm"]);
    const of = (taxonomy: FacetTaxonomy) =>
      new Map([...both].filter(([term]) => term.startsWith(`${taxonomy}-`)));
    return { hulpsoort: of("hulpsoort"), uitbuitingsvorm: of("uitbuitingsvorm") };
  }
  const [hulpsoort, uitbuitingsvorm] = await Promise.all([
    count(["hulpsoort"], "hulpsoort"),
    count(["uitbuitingsvorm"], "uitbuitingsvorm"),
  ]);
  return { hulpsoort, uitbuitingsvorm };
}

export type { Weekday };
