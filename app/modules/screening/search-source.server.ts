import { foldWord, highlightWords, queryWords } from "../knowledge/search";
import type { SearchSource } from "../knowledge/search.server";
import { instruments } from "./instruments";

/**
 * The instruments in the site-wide search (/zoeken). They are data files,
 * not rows, so they are matched here: every word of the query (in mode
 * `all`) or one of them (mode `any`) must start a word of the title, intro
 * or an attention area's title.
 */
export const instrumentSearchSource: SearchSource = {
  name: "instruments",
  async search(_db, query) {
    if (query.mode === "similar") return [];
    const words = queryWords(query.text);
    return instruments.flatMap((instrument) => {
      const text = [
        instrument.title,
        instrument.intro,
        ...instrument.domains.map((domain) => domain.title),
      ].join(" ");
      const own = text.split(/[^\p{L}\p{N}]+/u).map(foldWord);
      const hits = words.filter((word) => own.some((candidate) => candidate.startsWith(word)));
      const found = query.mode === "all" ? hits.length === words.length : hits.length > 0;
      if (!found || words.length === 0) return [];
      return [
        {
          type: "instrument" as const,
          id: instrument.id,
          title: instrument.title,
          href: `/signaleren/${instrument.id}`,
          snippet: highlightWords(instrument.intro, query.text),
          rank: hits.length / words.length,
        },
      ];
    });
  },
};
