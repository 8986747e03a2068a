import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/database";
import type { Locale } from "../../i18n";
import { helplineSearchSource } from "../advice/helpline.server";
import type { LibraryItemType } from "./library";
import { highlightMarkers, highlightWords, queryWords, toTsQuery } from "./search";

/**
 * One search over everything: a small registry of search sources. Each
 * module that owns searchable content adds one SearchSource (one function)
 * here; the search page groups the hits by type, in the order of
 * `searchResultTypes`.
 *
 * How a query is matched, in three rounds, stopping at the first that finds
 * something:
 * 1. `all`: Dutch full text, every word (as a prefix, or a synonym) must occur;
 * 2. `any`: the same, but one of the words is enough;
 * 3. `similar`: pg_trgm word similarity, for typos ("lovrboy").
 */
export const searchResultTypes = [
  "kennisbank",
  "service",
  "instrument",
  "jongeren",
  "ouders",
  "library",
  "helpline",
] as const;
export type SearchResultType = (typeof searchResultTypes)[number];

export type SearchMode = "all" | "any" | "similar";

export interface SearchHit {
  type: SearchResultType;
  id: string;
  title: string;
  /** Where the hit lives in Zicht; null when the hit is complete in itself (a helpline). */
  href: string | null;
  /** Text with highlight markers around the matching words (see snippetSegments). */
  snippet: string;
  /** For library items: the kind of material and the year, shown under the title. */
  libraryType?: LibraryItemType;
  year?: number;
  /** A phone number to call (helplines). */
  phone?: string;
  /** The language of title and snippet when it is not the reader's. */
  lang?: Locale;
  rank: number;
}

export interface SearchQuery {
  /** What was typed, trimmed. */
  text: string;
  mode: SearchMode;
  /** The tsquery text for modes `all` and `any`. */
  tsQuery?: string;
  /** The folded words, joined by spaces, for trigram similarity. */
  plain: string;
}

export interface SearchSource {
  /** Short name, for tests and logs. */
  name: string;
  search(db: Kysely<Database>, query: SearchQuery, locale: Locale): Promise<SearchHit[]>;
}

/** How similar (pg_trgm word_similarity, 0–1) a text must be to count in the `similar` round. */
export const similarityThreshold = 0.5;

/** `to_tsquery('dutch', …)` for the query; only valid in modes `all` and `any`. */
export function tsQueryOf(query: SearchQuery): RawBuilder<unknown> {
  return sql`to_tsquery('dutch', zicht_unaccent(${query.tsQuery ?? ""}))`;
}

/** Options of `ts_headline`: marker characters around hits, at most two fragments. */
const headlineOptions = `StartSel=${highlightMarkers.start}, StopSel=${highlightMarkers.stop}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * The snippet of a row's plain `text`: for modes `all` and `any` a
 * highlighted fragment (`ts_headline`), for `similar` its start (the source
 * highlights the typed words itself).
 */
export function snippetSql(query: SearchQuery, text: RawBuilder<unknown>): RawBuilder<string> {
  if (query.mode === "similar") return sql<string>`left(${text}, 240)`;
  return sql<string>`ts_headline('dutch', ${text}, ${tsQueryOf(query)}, ${headlineOptions})`;
}

/**
 * The shared SQL pieces for a source: whether a row matches, how well, and
 * a highlighted snippet. `vector` is the row's Dutch tsvector, `title` and
 * `text` its title and plain text (unaccented and lower-cased here).
 */
export function matchSql(
  query: SearchQuery,
  columns: { vector: RawBuilder<unknown>; title: RawBuilder<unknown>; text: RawBuilder<unknown> },
) {
  const snippet = snippetSql(query, columns.text);
  if (query.mode === "similar") {
    const similarity = sql<number>`word_similarity(${query.plain}, zicht_unaccent(lower(${columns.title} || ' ' || ${columns.text})))`;
    return { where: sql<boolean>`${similarity} >= ${similarityThreshold}`, rank: similarity, snippet };
  }
  const tsQuery = tsQueryOf(query);
  return {
    where: sql<boolean>`${columns.vector} @@ ${tsQuery}`,
    rank: sql<number>`ts_rank(${columns.vector}, ${tsQuery})`,
    snippet,
  };
}

/**
 * The `similar` round in the form a trigram index (`gin_trgm_ops`) on
 * `folded` can answer: `typed <% folded` is word_similarity(typed, folded)
 * >= `pg_trgm.word_similarity_threshold`, so it means the same as
 * matchSql's `similar` condition only inside withSimilarityThreshold.
 * `folded` must already be unaccented and lower-cased.
 */
export function indexedSimilarSql(query: SearchQuery, folded: RawBuilder<unknown>) {
  return {
    where: sql<boolean>`${query.plain} <% ${folded}`,
    rank: sql<number>`word_similarity(${query.plain}, ${folded})`,
  };
}

/**
 * Runs `search` in a transaction in which pg_trgm's word similarity
 * threshold is similarityThreshold (`set_config(…, true)`, i.e. SET LOCAL:
 * nothing else on the connection sees it). Inside a caller's transaction the
 * old value is put back afterwards.
 */
export async function withSimilarityThreshold<T>(
  db: Kysely<Database>,
  search: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const setThreshold = (trx: Kysely<Database>, value: string) =>
    sql`select set_config('pg_trgm.word_similarity_threshold', ${value}, true)`.execute(trx);
  if (!db.isTransaction) {
    return db.transaction().execute(async (trx) => {
      await setThreshold(trx, String(similarityThreshold));
      return search(trx);
    });
  }
  const { rows } = await sql<{
    value: string;
  }>`select coalesce(current_setting('pg_trgm.word_similarity_threshold', true), '0.6') as value`.execute(db);
  await setThreshold(db, String(similarityThreshold));
  try {
    return await search(db);
  } finally {
    await setThreshold(db, rows[0]?.value ?? "0.6");
  }
}

/** Knowledge, youth and parent pages (Dutch text; the reader's title when translated). */
export const knowledgePageSearchSource: SearchSource = {
  name: "knowledge-pages",
  async search(db, query, locale) {
    const match = matchSql(query, {
      vector: sql`search_vector`,
      title: sql`title`,
      text: sql`search_text`,
    });
    const rows = await db
      .selectFrom("knowledge_page")
      .select(["id", "section", "title"])
      .select(match.rank.as("rank"))
      .select(match.snippet.as("snippet"))
      .where("locale", "=", "nl")
      .where(match.where)
      .execute();
    return rows.map((row) => ({
      type: row.section,
      id: row.id,
      title: row.title,
      href: `/${row.section}/${row.id}`,
      snippet: query.mode === "similar" ? highlightWords(row.snippet, query.text) : row.snippet,
      ...(locale === "nl" ? {} : { lang: "nl" as const }),
      rank: Number(row.rank),
    }));
  },
};

/** Library items: title, maker, series and the Dutch summary. */
export const librarySearchSource: SearchSource = {
  name: "library",
  async search(db, query, locale) {
    const match = matchSql(query, {
      vector: sql`search_vector`,
      title: sql`title`,
      text: sql`summary_nl`,
    });
    const rows = await db
      .selectFrom("library_item")
      .select(["id", "type", "title", "year", "summary_en"])
      .select(match.rank.as("rank"))
      .select(match.snippet.as("snippet"))
      .where(match.where)
      .execute();
    return rows.map((row) => ({
      type: "library" as const,
      id: row.id,
      title: row.title,
      href: `/bibliotheek/${row.id}`,
      snippet:
        locale === "en"
          ? highlightWords(row.summary_en, query.text)
          : query.mode === "similar"
            ? highlightWords(row.snippet, query.text)
            : row.snippet,
      libraryType: row.type as LibraryItemType,
      ...(row.year === null ? {} : { year: row.year }),
      rank: Number(row.rank),
    }));
  },
};

/** Every source, in no particular order (the page orders groups by searchResultTypes). */
export const searchSources: readonly SearchSource[] = [
  knowledgePageSearchSource,
  librarySearchSource,
  helplineSearchSource,
];

export interface SearchGroup {
  type: SearchResultType;
  hits: SearchHit[];
}

export interface SearchResult {
  /** Which round found the hits; `similar` means "did you mean …". */
  mode: SearchMode;
  groups: SearchGroup[];
  total: number;
}

/** Maximum hits per type; a source may return fewer rows, but never fewer than the best this many (ties included). */
export const maxHitsPerType = 20;

/** Searches every source, in rounds (see the top of this file), and groups the hits by type. */
export async function searchEverything(
  db: Kysely<Database>,
  text: string,
  locale: Locale,
  sources: readonly SearchSource[] = searchSources,
): Promise<SearchResult> {
  const trimmed = text.trim();
  const plain = queryWords(trimmed).join(" ");
  const modes: SearchMode[] = queryWords(trimmed).length > 1 ? ["all", "any", "similar"] : ["all", "similar"];
  for (const mode of modes) {
    const tsQuery = mode === "similar" ? undefined : toTsQuery(trimmed, mode);
    if (mode !== "similar" && tsQuery === undefined) continue;
    if (plain === "") break;
    const query: SearchQuery = { text: trimmed, mode, plain, ...(tsQuery ? { tsQuery } : {}) };
    const hits = (await Promise.all(sources.map((source) => source.search(db, query, locale)))).flat();
    if (hits.length === 0) continue;
    const groups = searchResultTypes
      .map((type) => ({
        type,
        hits: hits
          .filter((hit) => hit.type === type)
          .sort((a, b) => b.rank - a.rank || a.title.localeCompare(b.title, "nl"))
          .slice(0, maxHitsPerType),
      }))
      .filter((group) => group.hits.length > 0);
    return { mode, groups, total: groups.reduce((sum, group) => sum + group.hits.length, 0) };
  }
  return { mode: "all", groups: [], total: 0 };
}
