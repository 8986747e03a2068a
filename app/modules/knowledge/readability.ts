/**
 * A simple readability measure for Dutch easy-language text: average
 * sentence length in words and the share of long words. Pure.
 *
 * - A sentence ends with . ! or ?, or at the end of a line (a heading, a list
 *   item or a paragraph is a unit of its own).
 * - A word is a run of letters or digits. Numbers (phone numbers) count as words.
 * - A long word has four or more syllables; syllables are counted as groups
 *   of vowels (a e i o u y, so ij, ei, ui, ou, au, oe, ie, eu count as one;
 *   a diaeresis starts a new one), a good-enough estimate for Dutch.
 */
export interface Readability {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  /** Share (0–1) of words with four or more syllables. */
  longWordShare: number;
  /** The longest sentence, to point at when a check fails. */
  longestSentence: string;
}

export interface ReadabilityLimits {
  /** Highest average number of words per sentence. */
  maxAverageSentenceLength: number;
  /** Highest number of words in any one sentence. */
  maxSentenceLength: number;
  /** Highest share of words with four or more syllables. */
  maxLongWordShare: number;
}

/**
 * A2 (young people): short sentences, one idea each. B1 (parents): a bit
 * longer, still plain. Limits based on common Dutch plain-language guidance
 * (A2 around 10 words per sentence, B1 around 15; few long words).
 */
export const readabilityLimits = {
  a2: { maxAverageSentenceLength: 10, maxSentenceLength: 16, maxLongWordShare: 0.06 },
  b1: { maxAverageSentenceLength: 14, maxSentenceLength: 25, maxLongWordShare: 0.12 },
} as const satisfies Record<string, ReadabilityLimits>;

export function syllables(word: string): number {
  const groups = word
    .toLowerCase()
    // A diaeresis starts a new syllable: "beïnvloed" is be-ïn-vloed.
    .replace(/[äëïöü]/g, (vowel) => `-${vowel}`)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

export function splitSentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

function words(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

export function measureReadability(text: string): Readability {
  const sentences = splitSentences(text);
  const perSentence = sentences.map(words);
  const all = perSentence.flat();
  const longest = perSentence.reduce(
    (best, current, index) => (current.length > (perSentence[best]?.length ?? 0) ? index : best),
    0,
  );
  return {
    sentences: sentences.length,
    words: all.length,
    averageSentenceLength: sentences.length === 0 ? 0 : all.length / sentences.length,
    longWordShare: all.length === 0 ? 0 : all.filter((word) => syllables(word) >= 4).length / all.length,
    longestSentence: sentences[longest] ?? "",
  };
}

/** What is over the limits, in words a content editor understands; empty when all is well. */
export function readabilityProblems(measure: Readability, limits: ReadabilityLimits): string[] {
  const problems: string[] = [];
  if (measure.averageSentenceLength > limits.maxAverageSentenceLength)
    problems.push(
      `gemiddeld ${measure.averageSentenceLength.toFixed(1)} woorden per zin (hoogstens ${limits.maxAverageSentenceLength})`,
    );
  if (words(measure.longestSentence).length > limits.maxSentenceLength)
    problems.push(
      `een zin van ${words(measure.longestSentence).length} woorden (hoogstens ${limits.maxSentenceLength}): "${measure.longestSentence}"`,
    );
  if (measure.longWordShare > limits.maxLongWordShare)
    problems.push(
      `${(measure.longWordShare * 100).toFixed(0)}% lange woorden (hoogstens ${limits.maxLongWordShare * 100}%)`,
    );
  return problems;
}
