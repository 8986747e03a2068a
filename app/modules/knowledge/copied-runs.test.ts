import { describe, expect, it } from "vitest";
import {
  findCopiedRuns,
  foldWord,
  nameIndex,
  nameMask,
  normaliseWords,
  sourceIndex,
  tokenize,
} from "./copied-runs";

const source =
  "Een twee drie vier vijf zes zeven acht negen tien elf twaalf. " +
  "Het Centrum tegen Kinderhandel en Mensenhandel doet onderzoek naar uitbuiting bij jongeren in heel Nederland.";

describe("normalising words", () => {
  it("uses lower case without accents and keeps numbers as words", () => {
    expect(normaliseWords("Beïnvloedbaarheid, ÉÉN café: bel 0900-8844!")).toEqual([
      "beinvloedbaarheid",
      "een",
      "cafe",
      "bel",
      "0900",
      "8844",
    ]);
    expect(foldWord("Coördinatiecentrum")).toBe("coordinatiecentrum");
  });

  it("splits on anything that is not a letter or a digit", () => {
    expect(normaliseWords("video's – (jong)volwassenen/ouders_24/7")).toEqual([
      "video",
      "s",
      "jong",
      "volwassenen",
      "ouders",
      "24",
      "7",
    ]);
  });

  it("keeps the places of the words in the original text", () => {
    const text = "Één  café";
    expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual(["Één", "café"]);
  });
});

describe("finding copied runs", () => {
  const index = sourceIndex([source]);

  it("finds a copied run of exactly 10 words", () => {
    const runs = findCopiedRuns("Intro.\nEen twee drie vier vijf zes zeven acht negen tien. Einde.", index);
    expect(runs).toEqual([
      {
        line: 2,
        words: ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"],
        excerpt: "Een twee drie vier vijf zes zeven acht negen tien",
      },
    ]);
  });

  it("does not report a run of 9 words", () => {
    expect(findCopiedRuns("Een twee drie vier vijf zes zeven acht negen. Einde.", index)).toEqual([]);
    expect(findCopiedRuns("Twee drie vier vijf zes zeven acht negen tien.", index)).toEqual([]);
  });

  it("reports the whole longest run once", () => {
    const runs = findCopiedRuns("x een twee drie vier vijf zes zeven acht negen tien elf twaalf y", index);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.words).toHaveLength(12);
  });

  it("ignores punctuation, case, accents and line breaks", () => {
    const runs = findCopiedRuns("ÉÉN, twee; DRIE – vier\nvijf (zes) zeven... ácht? negen! Tien", index);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.line).toBe(1);
    expect(runs[0]?.words).toHaveLength(10);
  });

  it("reports separate runs with the line each starts on", () => {
    const text =
      "Een twee drie vier vijf zes zeven acht negen tien.\n\nMaar ook:\n" +
      "de centrum tegen kinderhandel en mensenhandel doet onderzoek naar uitbuiting bij";
    expect(findCopiedRuns(text, index).map((run) => run.line)).toEqual([1, 4]);
  });

  it("finds nothing in an empty text or against an empty source", () => {
    expect(findCopiedRuns("", index)).toEqual([]);
    expect(findCopiedRuns(source, sourceIndex([]))).toEqual([]);
  });
});

describe("names and titles", () => {
  it("marks the longest name at each place", () => {
    const names = nameIndex(["Centrum", "Centrum tegen Kinderhandel en Mensenhandel", ""]);
    expect(nameMask(normaliseWords("het centrum tegen kinderhandel en mensenhandel doet"), names)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it("does not count a name as copied words", () => {
    const index = sourceIndex([source], { names: ["Centrum tegen Kinderhandel en Mensenhandel"] });
    // 5 words of name + 5 words around it: only 5 words are compared.
    expect(
      findCopiedRuns("Het Centrum tegen Kinderhandel en Mensenhandel doet onderzoek naar.", index),
    ).toEqual([]);
  });

  it("excepts a title of ten words or more", () => {
    const title = "Een twee drie vier vijf zes zeven acht negen tien elf";
    expect(findCopiedRuns(`Lees: ${title}.`, sourceIndex([source], { names: [title] }))).toEqual([]);
    expect(findCopiedRuns(`Lees: ${title}.`, sourceIndex([source]))).toHaveLength(1);
  });

  it("still finds copied words around a name", () => {
    const index = sourceIndex([source], { names: ["Centrum tegen Kinderhandel en Mensenhandel"] });
    const runs = findCopiedRuns(
      "Het Centrum tegen Kinderhandel en Mensenhandel doet onderzoek naar uitbuiting bij jongeren in heel Nederland.",
      index,
    );
    expect(runs).toHaveLength(1);
    expect(runs[0]?.words).toEqual([
      "het",
      "doet",
      "onderzoek",
      "naar",
      "uitbuiting",
      "bij",
      "jongeren",
      "in",
      "heel",
      "nederland",
    ]);
    expect(runs[0]?.excerpt).toBe(
      "Het Centrum tegen Kinderhandel en Mensenhandel doet onderzoek naar uitbuiting bij jongeren in heel Nederland",
    );
  });
});
