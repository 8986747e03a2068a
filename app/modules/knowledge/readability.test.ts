import { describe, expect, it } from "vitest";
import { readContent } from "./content-files.server";
import { pagePlainText } from "./page";
import {
  measureReadability,
  readabilityLimits,
  readabilityProblems,
  splitSentences,
  syllables,
} from "./readability";

describe("readability measures", () => {
  it.each([
    ["kat", 1],
    ["uitbuiting", 3],
    ["beïnvloedbaarheid", 5],
    ["verstandelijke", 5],
    ["112", 1],
  ])("%s has %d syllable(s)", (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it("splits sentences on . ! ? and on line ends", () => {
    expect(splitSentences("Hallo. Gaat het? Ja!\nEen kop\n- een punt")).toEqual([
      "Hallo.",
      "Gaat het?",
      "Ja!",
      "Een kop",
      "- een punt",
    ]);
  });

  it("measures average sentence length and long words", () => {
    const measure = measureReadability("Ik ben hier. Dit is een verstandelijke beperking.");
    expect(measure.sentences).toBe(2);
    expect(measure.words).toBe(8);
    expect(measure.averageSentenceLength).toBe(4);
    expect(measure.longWordShare).toBe(1 / 8);
  });

  it("reports what is over the limits", () => {
    const long = "Dit is een heel lange zin met heel veel woorden achter elkaar zonder dat er een punt komt.";
    expect(readabilityProblems(measureReadability(long), readabilityLimits.a2)).toHaveLength(2);
    expect(readabilityProblems(measureReadability("Kort. Zo."), readabilityLimits.a2)).toEqual([]);
  });
});

describe("the youth pages are A2 and the parent pages B1 (content/)", () => {
  const { pages } = readContent();
  const check = (section: "jongeren" | "ouders", limits: (typeof readabilityLimits)["a2" | "b1"]) =>
    pages
      .filter((page) => page.section === section && page.locale === "nl")
      .map((page) => ({
        page: `${page.section}/${page.id}`,
        problems: readabilityProblems(measureReadability(`${page.title}\n${pagePlainText(page)}`), limits),
      }))
      .filter((result) => result.problems.length > 0);

  it("there are youth and parent pages to check", () => {
    expect(pages.filter((page) => page.section === "jongeren").length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((page) => page.section === "ouders").length).toBeGreaterThanOrEqual(3);
  });

  it("youth pages stay within the A2 limits", () => {
    expect(check("jongeren", readabilityLimits.a2)).toEqual([]);
  });

  it("parent pages stay within the B1 limits", () => {
    expect(check("ouders", readabilityLimits.b1)).toEqual([]);
  });
});
