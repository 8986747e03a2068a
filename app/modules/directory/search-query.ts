import { z } from "zod";

/**
 * What someone searches for in the Wegwijzer, from the URL (so searches are
 * shareable and the back button works) or the API. Pure: no I/O.
 *
 * Free text is read the way people type it: "jongen 15 Leeuwarden seksuele
 * uitbuiting" becomes gender male, age 15, place Leeuwarden and the form
 * sexual exploitation; what is left is searched as text.
 */

export const genders = ["female", "male", "x"] as const;
export type Gender = (typeof genders)[number];

export interface DirectoryQuery {
  text: string;
  /** A municipality or province name or CBS code, as typed. */
  place: string;
  hulpsoort: string[];
  uitbuitingsvorm: string[];
  gender?: Gender;
  age?: number;
  lvb: boolean;
  openNow: boolean;
  page: number;
}

export const emptyQuery: DirectoryQuery = {
  text: "",
  place: "",
  hulpsoort: [],
  uitbuitingsvorm: [],
  lvb: false,
  openNow: false,
  page: 1,
};

const code = z.string().regex(/^[a-z0-9-]{1,40}$/, "onbekende keuze");

/** The URL parameters of /wegwijzer, with Dutch messages per field. */
export const directoryParamsSchema = z.object({
  q: z.string().trim().max(200, "Gebruik hoogstens 200 tekens.").default(""),
  plaats: z.string().trim().max(100, "Gebruik hoogstens 100 tekens.").default(""),
  hulpsoort: z.array(code).max(10).default([]),
  vorm: z.array(code).max(10).default([]),
  gender: z.enum(["", "meisje", "jongen", "x"], { message: "Kies meisje, jongen of x." }).default(""),
  leeftijd: z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || /^\d{1,3}$/.test(value), "Vul een leeftijd in hele jaren in.")
    .refine((value) => value === "" || Number(value) <= 120, "Vul een leeftijd tussen 0 en 120 in."),
  lvb: z.enum(["", "ja"]).default(""),
  open: z.enum(["", "ja"]).default(""),
  pagina: z
    .string()
    .default("1")
    .refine((value) => /^\d{1,4}$/.test(value) && Number(value) >= 1, "Ongeldig paginanummer."),
});

export type DirectoryParams = z.infer<typeof directoryParamsSchema>;

const genderFromParam: Record<string, Gender | undefined> = { meisje: "female", jongen: "male", x: "x" };
export const genderParam: Record<Gender, string> = { female: "meisje", male: "jongen", x: "x" };

/** Reads /wegwijzer's URL; returns the query or field-level errors (Dutch). */
export function parseDirectoryParams(
  params: URLSearchParams,
): { ok: true; query: DirectoryQuery } | { ok: false; errors: Record<string, string> } {
  const parsed = directoryParamsSchema.safeParse({
    q: params.get("q") ?? undefined,
    plaats: params.get("plaats") ?? undefined,
    hulpsoort: params.getAll("hulpsoort").filter(Boolean),
    vorm: params.getAll("vorm").filter(Boolean),
    gender: params.get("gender") ?? undefined,
    leeftijd: params.get("leeftijd") ?? undefined,
    lvb: params.get("lvb") ?? undefined,
    open: params.get("open") ?? undefined,
    pagina: params.get("pagina") || undefined,
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "q");
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const p = parsed.data;
  return {
    ok: true,
    query: {
      text: p.q,
      place: p.plaats,
      hulpsoort: p.hulpsoort,
      uitbuitingsvorm: p.vorm,
      gender: genderFromParam[p.gender],
      age: p.leeftijd === "" ? undefined : Number(p.leeftijd),
      lvb: p.lvb === "ja",
      openNow: p.open === "ja",
      page: Number(p.pagina),
    },
  };
}

/** The URL of a query (only the parameters that are set), for links and paging. */
export function directoryQueryString(query: DirectoryQuery, overrides: Partial<DirectoryQuery> = {}): string {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (q.text) params.set("q", q.text);
  if (q.place) params.set("plaats", q.place);
  for (const id of q.hulpsoort) params.append("hulpsoort", id);
  for (const id of q.uitbuitingsvorm) params.append("vorm", id);
  if (q.gender) params.set("gender", genderParam[q.gender]);
  if (q.age !== undefined) params.set("leeftijd", String(q.age));
  if (q.lvb) params.set("lvb", "ja");
  if (q.openNow) params.set("open", "ja");
  if (q.page > 1) params.set("pagina", String(q.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Lower case, accents removed, punctuation to spaces: how words are compared. */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Maps, not plain objects: a user word like "constructor" must find nothing.
const genderWords = new Map<string, Gender>(
  Object.entries({
    meisje: "female",
    meisjes: "female",
    meid: "female",
    meiden: "female",
    vrouw: "female",
    vrouwen: "female",
    jongen: "male",
    jongens: "male",
    man: "male",
    mannen: "male",
  }),
);

/** Words that choose a form of exploitation (uitbuitingsvorm codes). */
const formWords = new Map<string, string>(
  Object.entries({
    seksueel: "seksueel",
    seksuele: "seksueel",
    loverboy: "seksueel",
    loverboys: "seksueel",
    prostitutie: "seksueel",
    crimineel: "crimineel",
    criminele: "crimineel",
    drugs: "crimineel",
    geldezel: "crimineel",
    geldezels: "crimineel",
    drugsrunner: "crimineel",
    arbeid: "arbeid",
    arbeidsuitbuiting: "arbeid",
  }),
);

/** Words that say nothing once the filters are read ("uitbuiting" after "seksuele"). */
const fillerWords = new Set([
  "jaar",
  "jarige",
  "oud",
  "in",
  "uit",
  "te",
  "bij",
  "van",
  "voor",
  "een",
  "de",
  "het",
]);

export interface InterpretedText {
  /** Words left to search as text. */
  text: string;
  age?: number;
  gender?: Gender;
  /** The words that named a place (resolved by the caller). */
  place?: string;
  uitbuitingsvorm: string[];
  /** What was read from the text, in the order typed, for "We zochten op …" (gender and form as codes). */
  recognised: Array<{ kind: "age" | "gender" | "place" | "form"; value: string }>;
}

/**
 * Reads age, gender, form of exploitation and a place out of free text.
 * `isPlace` says whether words (one to three, normalised) name a known
 * municipality or province.
 */
export function interpretText(text: string, isPlace: (words: string) => boolean): InterpretedText {
  const words = normaliseWords(text).split(" ").filter(Boolean);
  const result: InterpretedText = { text: "", uitbuitingsvorm: [], recognised: [] };
  const rest: string[] = [];
  let formFound = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (/^\d{1,2}$/.test(word) && result.age === undefined) {
      result.age = Number(word);
      result.recognised.push({ kind: "age", value: word });
      continue;
    }
    const gender = genderWords.get(word);
    if (gender && result.gender === undefined) {
      result.gender = gender;
      result.recognised.push({ kind: "gender", value: gender });
      continue;
    }
    const form = formWords.get(word);
    if (form) {
      if (!result.uitbuitingsvorm.includes(form)) {
        result.uitbuitingsvorm.push(form);
        result.recognised.push({ kind: "form", value: form });
      }
      formFound = true;
      continue;
    }
    if (result.place === undefined) {
      let matched = 0;
      for (let length = Math.min(3, words.length - i); length >= 1; length--) {
        const candidate = words.slice(i, i + length).join(" ");
        if (candidate.length >= 3 && isPlace(candidate)) {
          matched = length;
          break;
        }
      }
      if (matched > 0) {
        result.place = words.slice(i, i + matched).join(" ");
        result.recognised.push({ kind: "place", value: result.place });
        i += matched - 1;
        continue;
      }
    }
    rest.push(word);
  }
  result.text = rest
    .filter((word) => !fillerWords.has(word))
    .filter((word) => !(formFound && /^uitbuit/.test(word)))
    .join(" ");
  return result;
}

/**
 * Word forms and domain words the Dutch stemmer does not join by itself
 * ("uitgebuit" and "uitbuiting", "meisje" and "meisjes").
 */
const synonyms = new Map<string, readonly string[]>(
  Object.entries({
    uitgebuit: ["uitbuiting"],
    uitbuiten: ["uitbuiting"],
    uitbuiting: ["uitgebuit"],
    meisje: ["meisjes", "meiden"],
    meid: ["meiden", "meisjes"],
    jongen: ["jongens"],
    jeugd: ["jongeren"],
    geldezel: ["geldezels", "money", "crimineel"],
    loverboy: ["loverboys", "seksuele"],
    mensenhandel: ["uitbuiting"],
    opvang: ["opvangplekken", "wonen"],
    hulplijn: ["bellen"],
    melden: ["melding", "meldpunt", "registreren"],
    melding: ["melden", "meldpunt"],
    behandeling: ["behandelprogramma", "behandelcentrum"],
    training: ["trainingen"],
  }),
);

/**
 * A PostgreSQL `to_tsquery` text for the words: every word (or one of its
 * synonyms) must match, as a prefix. Only letters and digits reach the
 * query, so user input cannot break its syntax. Empty when no words.
 */
export function tsQueryText(text: string): string {
  const words = normaliseWords(text)
    .split(" ")
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  return words
    .map((word) => {
      const forms = [word, ...(synonyms.get(word) ?? [])].map((form) => `${form}:*`);
      return forms.length === 1 ? forms[0] : `(${forms.join(" | ")})`;
    })
    .join(" & ");
}
