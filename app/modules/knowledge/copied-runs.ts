/**
 * Finds runs of words that a text shares with a source text, to keep the
 * product in our own words: no run of `minWords` (10) or more consecutive
 * words may come from the source. Pure: no I/O.
 *
 * Both texts are read the same way: lower case, accents removed, split on
 * everything that is not a letter or a digit (numbers stay words). Names and
 * titles (of organisations, programmes, reports, pages) are taken out of
 * both texts before comparing, so a long report title does not count as
 * copying, while the words around a name still do.
 */

export const defaultMinWords = 10;

export interface WordToken {
  /** The word as compared: lower case, without accents. */
  word: string;
  /** Offset of the word in the original text. */
  start: number;
  end: number;
}

/** Lower case without accents or other combining marks ("Beïnvloedbaar" → "beinvloedbaar"). */
export function foldWord(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The words of a text with their places; anything that is not a letter or digit separates words. */
export function tokenize(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  // Fold per character run first so that offsets stay those of the original text.
  for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const folded = foldWord(match[0]);
    // Folding can expose a separator (rare compatibility characters): split again.
    for (const part of folded.split(/[^\p{L}\p{N}]+/u)) {
      if (part !== "") tokens.push({ word: part, start: match.index, end: match.index + match[0].length });
    }
  }
  return tokens;
}

/** The words of a text only. */
export function normaliseWords(text: string): string[] {
  return tokenize(text).map((token) => token.word);
}

/** A set of names, ready to be found in a list of words. */
export interface NameIndex {
  /** Names by their first word, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
}

export function nameIndex(names: Iterable<string>): NameIndex {
  const byFirstWord = new Map<string, string[][]>();
  const seen = new Set<string>();
  for (const name of names) {
    const words = normaliseWords(name);
    const first = words[0];
    const key = words.join(" ");
    if (first === undefined || seen.has(key)) continue;
    seen.add(key);
    const list = byFirstWord.get(first) ?? [];
    list.push(words);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  return { byFirstWord };
}

/**
 * For each word: true when it lies inside a name. At each place the longest
 * name that matches wins; the search continues after it.
 */
export function nameMask(words: readonly string[], names: NameIndex): boolean[] {
  const mask = words.map(() => false);
  let i = 0;
  while (i < words.length) {
    const candidates = names.byFirstWord.get(words[i] ?? "") ?? [];
    const match = candidates.find(
      (name) => i + name.length <= words.length && name.every((word, offset) => words[i + offset] === word),
    );
    if (match) {
      for (let offset = 0; offset < match.length; offset++) mask[i + offset] = true;
      i += match.length;
    } else i++;
  }
  return mask;
}

/** The words (tokens) that are not part of a name. */
function withoutNames<T extends { word: string }>(tokens: readonly T[], names: NameIndex): T[] {
  const mask = nameMask(
    tokens.map((token) => token.word),
    names,
  );
  return tokens.filter((_, index) => !mask[index]);
}

const shingleKey = (words: readonly string[]) => words.join(" ");

/** Every run of `minWords` consecutive words of the source texts (names taken out). */
export interface SourceIndex {
  readonly minWords: number;
  readonly names: NameIndex;
  readonly shingles: ReadonlySet<string>;
}

export function sourceIndex(
  sources: readonly string[],
  options: { names?: Iterable<string>; minWords?: number } = {},
): SourceIndex {
  const minWords = options.minWords ?? defaultMinWords;
  const names = nameIndex(options.names ?? []);
  const shingles = new Set<string>();
  for (const source of sources) {
    const kept = withoutNames(tokenize(source), names).map((token) => token.word);
    for (let i = 0; i + minWords <= kept.length; i++) shingles.add(shingleKey(kept.slice(i, i + minWords)));
  }
  return { minWords, names, shingles };
}

/** A stretch of a text that has `minWords` or more words in common with the source. */
export interface CopiedRun {
  /** Line (1-based) where the run starts. */
  line: number;
  /** The shared words (names taken out), as compared. */
  words: string[];
  /** The run as it stands in the text. */
  excerpt: string;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

/** Every longest run of the text that the source also has (at least `minWords` words, names not counted). */
export function findCopiedRuns(text: string, source: SourceIndex): CopiedRun[] {
  const kept = withoutNames(tokenize(text), source.names);
  const copied = kept.map(() => false);
  for (let i = 0; i + source.minWords <= kept.length; i++) {
    const shingle = shingleKey(kept.slice(i, i + source.minWords).map((token) => token.word));
    if (source.shingles.has(shingle)) for (let j = i; j < i + source.minWords; j++) copied[j] = true;
  }
  const runs: CopiedRun[] = [];
  let i = 0;
  while (i < kept.length) {
    if (!copied[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < kept.length && copied[end + 1]) end++;
    const run = kept.slice(i, end + 1);
    const start = run[0]?.start ?? 0;
    const stop = run[run.length - 1]?.end ?? start;
    runs.push({
      line: lineAt(text, start),
      words: run.map((token) => token.word),
      excerpt: text.slice(start, stop).replace(/\s+/g, " "),
    });
    i = end + 1;
  }
  return runs;
}
