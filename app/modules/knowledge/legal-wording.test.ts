import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en";
import { nl } from "../../i18n/nl";

/**
 * Guard: no product text may call reporting a legal duty of the professional.
 *
 * The law (Wet verplichte meldcode, 2013) obliges organisations to have a
 * meldcode with the afwegingskader. The framework's outcome is the professional
 * norm ("volgens het afwegingskader meld je bij Veilig Thuis"), and the
 * professional has a right to report without consent (Wmo 2015 art. 5.2.6),
 * not a duty. "Een meldcode is geen meldplicht."
 */

const root = path.resolve(import.meta.dirname, "..", "..", "..");

interface Rule {
  id: string;
  /** Fails when a sentence matches … */
  pattern: RegExp;
  /** … unless it also matches this. */
  unless?: RegExp;
}

const rules: Rule[] = [
  // "Melden bij Veilig Thuis is verplicht" fails; "Registreren is niet verplicht" and "Kenmerk van de
  // melding (niet verplicht)" pass. "Melden is nu niet verplicht" fails: it suggests that at other times it is.
  {
    id: "melden-verplicht",
    pattern: /\b(melden|meld|melding|meldt)\b[^.?!]{0,40}\bverplicht\b/i,
    unless: /\bis niet verplicht\b|\(niet verplicht\b/i,
  },
  { id: "verplicht-melden", pattern: /\bverplicht(e)?\s+(te\s+)?(melden|melding)\b/i },
  // The obligation is the organisation's: its meldcode must contain the framework.
  {
    id: "afwegingskader-verplicht",
    pattern: /\bafwegingskader\b[^.?!]{0,60}\bverplicht\b/i,
    unless: /\bmeldcode\b/i,
  },
  { id: "meldplicht", pattern: /meldplicht/i, unless: /\bgeen meldplicht\b/i },
  { id: "wet-verplicht", pattern: /\bwet\b\s+(verplicht|vraagt|eist)\b/i },
  { id: "wat-de-wet-vraagt", pattern: /\bwat de wet\b[^.?!]{0,30}\b(vraagt|eist|wil)\b/i },
  {
    id: "en-duty",
    pattern: /\b(obliged|required by law|legal duty|legal obligation|must report|duty to report)\b/i,
  },
  {
    id: "en-report-obligatory",
    pattern: /\breport(s|ing|ed)?\b[^.?!]{0,40}\b(obligatory|mandatory|compulsory|required)\b/i,
    unless: /\bnot (obligatory|mandatory|compulsory|required)\b/i,
  },
  {
    id: "en-framework-mandatory",
    pattern: /\bdecision framework\b[^.?!]{0,60}\b(mandatory|obligatory|compulsory)\b/i,
    unless: /\breporting code\b|\bmeldcode\b/i,
  },
  { id: "en-law-asks", pattern: /\bthe law\b[^.?!]{0,20}\b(asks|requires|obliges)\b/i },
];

/** The rules that a sentence breaks. */
function legalWordingProblems(sentence: string): string[] {
  return rules
    .filter((rule) => rule.pattern.test(sentence) && !(rule.unless?.test(sentence) ?? false))
    .map((rule) => rule.id);
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+|\n+/).filter((s) => s.trim() !== "");
}

interface Text {
  file: string;
  line: number;
  text: string;
}

function walk(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, accept));
    else if (accept(entry.name)) out.push(full);
  }
  return out;
}

const rel = (file: string) => path.relative(root, file);

/** Every line of a data file (Markdown, YAML, JSON). */
function linesOf(file: string): Text[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((text, index) => ({ file: rel(file), line: index + 1, text }));
}

/** The string literals of a TypeScript file (not identifiers or comments). */
function stringLiteralsOf(file: string): Text[] {
  const source = fs.readFileSync(file, "utf8");
  const out: Text[] = [];
  const literal = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
  for (const match of source.matchAll(literal)) {
    const before = source.slice(0, match.index);
    // Skip literals inside line comments.
    const lineStart = before.lastIndexOf("\n") + 1;
    if (source.slice(lineStart, match.index).includes("//")) continue;
    out.push({
      file: rel(file),
      line: before.split("\n").length,
      text: match[1] ?? match[2] ?? match[3] ?? "",
    });
  }
  return out;
}

/** The values of a message catalog, with the line of their key. */
function catalogOf(file: string, catalog: Record<string, string>): Text[] {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  return Object.entries(catalog).map(([key, text]) => ({
    file: rel(file),
    line: lines.findIndex((line) => line.includes(`"${key}":`)) + 1,
    text,
  }));
}

function productTexts(): Text[] {
  const content = path.join(root, "content");
  const cases = path.join(root, "app", "modules", "cases");
  return [
    ...catalogOf(path.join(root, "app", "i18n", "nl.ts"), nl),
    ...catalogOf(path.join(root, "app", "i18n", "en.ts"), en),
    ...walk(content, (name) => /\.(md|json)$/.test(name)).flatMap(linesOf),
    ...fs
      .readdirSync(content)
      .filter((name) => /\.ya?ml$/.test(name))
      .flatMap((name) => linesOf(path.join(content, name))),
    ...walk(content, (name) => /\.ts$/.test(name)).flatMap(stringLiteralsOf),
    ...fs
      .readdirSync(cases)
      .filter((name) => name.endsWith(".ts") && !/\.test\.ts$/.test(name))
      .flatMap((name) => stringLiteralsOf(path.join(cases, name))),
  ];
}

describe("legal wording rules", () => {
  it.each([
    "Melden bij Veilig Thuis is verplicht.",
    "Volgens het afwegingskader (stap 4) is melden bij Veilig Thuis verplicht.",
    "Melden is nu niet verplicht, maar later wel.",
    "Dan ben je verplicht te melden.",
    "Een verplichte melding bij Veilig Thuis.",
    "Het afwegingskader is sinds 1 januari 2019 verplicht.",
    "Je hebt een meldplicht.",
    "De wet verplicht je om te melden.",
    "Zicht laat zien wat de wet dan van je vraagt.",
    "A report to Veilig Thuis is obligatory.",
    "You are obliged to report.",
    "You must report this to Veilig Thuis.",
    "Zicht shows what the law then asks of you.",
    "The decision framework has been mandatory since 1 January 2019.",
  ])("fails: %s", (sentence) => {
    expect(legalWordingProblems(sentence)).not.toEqual([]);
  });

  it.each([
    "Volgens het afwegingskader meld je bij Veilig Thuis.",
    "Registreren is niet verplicht.",
    "Kenmerk van de melding (niet verplicht)",
    "Melden kan alleen met toestemming en is niet verplicht.",
    "Een meldcode is geen meldplicht.",
    "Sinds 1 januari 2019 moet het afwegingskader in de meldcode van je organisatie staan.",
    "Notitie (verplicht als je deze stap overslaat: schrijf op waarom)",
    "Note (required if you skip this step: write down why)",
    "Reporting needs consent and is not mandatory.",
    "According to the decision framework you report to Veilig Thuis.",
    "Wet verplichte meldcode huiselijk geweld en kindermishandeling",
    "Sinds 2019 is het afwegingskader een verplicht onderdeel van de meldcode van de organisatie.",
  ])("passes: %s", (sentence) => {
    expect(legalWordingProblems(sentence)).toEqual([]);
  });
});

describe("product texts never call reporting a legal duty", () => {
  it("finds the texts it should read", () => {
    const files = new Set(productTexts().map((text) => text.file));
    for (const file of [
      "app/i18n/nl.ts",
      "app/i18n/en.ts",
      "content/kennisbank/wat-doe-je-bij-een-vermoeden.nl.md",
      "content/instruments/advice-rules.json",
      "content/library.yaml",
      "content/organisations.ts",
      "app/modules/cases/case-summaries.ts",
    ])
      expect(files).toContain(file);
  });

  it("app/i18n, content/ and app/modules/cases pass the rules", () => {
    const offences = productTexts().flatMap(({ file, line, text }) =>
      sentences(text).flatMap((sentence) =>
        legalWordingProblems(sentence).map((rule) => `${file}:${line} [${rule}] ${sentence.trim()}`),
      ),
    );
    if (offences.length > 0)
      console.error(`Wording that calls reporting a legal duty:\n${offences.join("\n")}`);
    expect(offences).toEqual([]);
  });
});
