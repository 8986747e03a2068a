/**
 * The pure half of the site-wide search: from what someone typed to a Dutch
 * full-text query with prefixes and domain synonyms, and highlighted
 * snippets as segments. The SQL half is in search.server.ts.
 */

export const maxQueryLength = 200;

/** Characters the search uses to mark hits in snippets; content may not contain them (page.ts checks). */
export const highlightMarkers = { start: "\u27e6", stop: "\u27e7" } as const;
const maxWords = 8;

/**
 * Domain words that mean the same, or whose forms the Dutch stemmer does not
 * join (it keeps "meisje" and "meisjes", "uitgebuit" and "uitbuiting"
 * apart). Each group is searched as one word. Multi-word entries are phrases.
 */
export const synonymGroups: readonly (readonly string[])[] = [
  ["geldezel", "money mule", "moneymule"],
  ["loverboy", "pooierboy"],
  ["uitgebuit", "uitbuiting", "uitbuiten", "uitbuiter"],
  ["meisje", "meisjes", "meid", "meiden"],
  ["jongen", "jongens"],
  ["drugsrunner", "drugsrunnen", "drugskoerier"],
  ["ronselaar", "ronselen", "geronseld"],
  ["lvb", "licht verstandelijke beperking"],
  ["melden", "melding", "meldcode"],
  ["mensenhandel", "mensenhandelaar"],
  ["prostitutie", "sekswerk"],
];

/** Lower case, without accents, only letters and digits: the form the database also searches. */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Synonyms written as one word ("moneymule"), to join two typed words that form one ("money mule"). */
const joinedSynonyms = new Set(synonymGroups.flat().map((entry) => entry.split(" ").map(foldWord).join("")));

/**
 * The words of a query, folded; two words that together form a synonym
 * ("money mule") count as one; at most eight; empty when nothing is left.
 */
export function queryWords(query: string): string[] {
  const words = query
    .slice(0, maxQueryLength)
    .split(/[\s\-/.,;:!?'"()[\]{}|&<>*+=~^@#$%\\]+/)
    .map(foldWord)
    .filter((word) => word !== "");
  const joined: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const pair = `${words[index]}${words[index + 1] ?? ""}`;
    if (index + 1 < words.length && joinedSynonyms.has(pair)) {
      joined.push(pair);
      index++;
    } else joined.push(words[index] as string);
  }
  return joined.slice(0, maxWords);
}

/** A word and its synonyms (the word first), each folded; phrases as arrays of words. */
export function alternatives(word: string): string[][] {
  const group = synonymGroups.find((candidates) =>
    candidates.some((candidate) => candidate.split(" ").map(foldWord).join("") === word),
  );
  const words = group ? [word, ...group.filter((candidate) => candidate !== word)] : [word];
  return words.map((entry) => entry.split(" ").map(foldWord));
}

/**
 * The text of a PostgreSQL tsquery for `to_tsquery('dutch', …)`: every word
 * as a prefix (so "meisje" finds "meisjes"), OR its synonyms; the words
 * joined with AND (`all`) or OR (`any`). Built only from folded letters and
 * digits, so a query can never inject tsquery operators. Undefined when
 * there is nothing to search for.
 */
export function toTsQuery(query: string, join: "all" | "any"): string | undefined {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  const term = (word: string) => (word.length >= 3 ? `${word}:*` : word);
  const groups = words.map((word) => {
    const options = alternatives(word).map((phrase) =>
      phrase.length === 1 ? term(phrase[0] as string) : `(${phrase.map(term).join(" <-> ")})`,
    );
    return options.length === 1 ? (options[0] as string) : `(${options.join(" | ")})`;
  });
  return groups.join(join === "all" ? " & " : " | ");
}

/** A piece of a snippet; `hit` pieces are shown as <mark>. */
export interface SnippetSegment {
  text: string;
  hit: boolean;
}

/** Splits a snippet with highlight markers (from ts_headline or highlightWords) into segments. */
export function snippetSegments(snippet: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const pattern = new RegExp(
    `${highlightMarkers.start}([^${highlightMarkers.stop}]*)${highlightMarkers.stop}`,
    "g",
  );
  let last = 0;
  for (const match of snippet.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: snippet.slice(last, match.index), hit: false });
    if (match[1]) segments.push({ text: match[1], hit: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) segments.push({ text: snippet.slice(last), hit: false });
  // Stray markers (never in valid content) are dropped rather than shown.
  return segments
    .map((segment) => ({ ...segment, text: segment.text.replace(/[\u27e6\u27e7]/g, "") }))
    .filter((segment) => segment.text !== "");
}

/**
 * Marks the words in `text` that start with one of the query's words or
 * their synonyms (accent- and case-insensitive), for snippets that do not
 * come from ts_headline.
 */
export function highlightWords(text: string, query: string): string {
  const terms = queryWords(query)
    .flatMap((word) => alternatives(word).flat())
    .filter((term) => term.length >= 2);
  if (terms.length === 0) return text;
  return text.replace(/[\p{L}\p{N}]+/gu, (word) =>
    terms.some((term) => foldWord(word).startsWith(term))
      ? `${highlightMarkers.start}${word}${highlightMarkers.stop}`
      : word,
  );
}
