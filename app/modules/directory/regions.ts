import { z } from "zod";

/**
 * Regions of the Netherlands for the Wegwijzer: the 12 provinces, the
 * municipalities (CBS codes) and named regions (sets of municipalities and/or
 * provinces that editors define). A service area is national, or one or more
 * provinces, municipalities or named regions; these functions turn what a user
 * types into one of those and tell which areas contain a municipality.
 *
 * Pure: no I/O. The data lives in content/regions/ (and later in the
 * database); every function takes it as an argument.
 */

export const provinceCodeSchema = z.string().regex(/^PV[0-9]{2}$/, "provinciecode als PV + 2 cijfers");
export const municipalityCodeSchema = z.string().regex(/^GM[0-9]{4}$/, "gemeentecode als GM + 4 cijfers");
const nameSchema = z.string().trim().min(1);
const idSchema = z.string().regex(/^[a-z0-9-]+$/, "alleen kleine letters, cijfers en streepjes");

export const provinceSchema = z.object({
  /** CBS code, e.g. "PV27". */
  code: provinceCodeSchema,
  /** Official name, e.g. "Fryslân". */
  name: nameSchema,
  /** Other names people use ("Friesland"); matched like the official name. */
  alternativeNames: z.array(nameSchema),
});

export const municipalitySchema = z.object({
  /** CBS code, e.g. "GM0363". */
  code: municipalityCodeSchema,
  /** Name as CBS writes it, e.g. "'s-Gravenhage", "Bergen (NH.)". */
  name: nameSchema,
  provinceCode: provinceCodeSchema,
  /** Other names people use ("Den Haag"). Two municipalities may share one ("Bergen"): that name is ambiguous. */
  alternativeNames: z.array(nameSchema),
});

export const namedRegionSchema = z
  .object({
    id: idSchema,
    name: nameSchema,
    alternativeNames: z.array(nameSchema),
    /** How the region is defined and why, for editors. */
    description: z.string().trim().min(1).optional(),
    provinceCodes: z.array(provinceCodeSchema),
    municipalityCodes: z.array(municipalityCodeSchema),
  })
  .refine((region) => region.provinceCodes.length + region.municipalityCodes.length > 0, {
    message: "een regio heeft minstens één provincie of gemeente",
  });

export type Province = z.infer<typeof provinceSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type NamedRegion = z.infer<typeof namedRegionSchema>;

export interface RegionData {
  provinces: readonly Province[];
  municipalities: readonly Municipality[];
  regions: readonly NamedRegion[];
}

/**
 * Checks region data: every record valid, codes and ids unique, every
 * municipality in a known province, every region member known, no two
 * municipalities with the same official name. Returns readable problems
 * (empty when all is well).
 */
export function checkRegionData(data: {
  provinces: readonly unknown[];
  municipalities: readonly unknown[];
  regions: readonly unknown[];
}): string[] {
  const problems: string[] = [];
  const provinceCodes = new Set<string>();
  data.provinces.forEach((raw, index) => {
    const parsed = provinceSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`provincie ${index + 1}: ${issues(parsed.error)}`);
      return;
    }
    if (provinceCodes.has(parsed.data.code))
      problems.push(`provincie ${parsed.data.code}: code komt twee keer voor`);
    provinceCodes.add(parsed.data.code);
  });
  const municipalityCodes = new Set<string>();
  const officialNames = new Map<string, string>();
  data.municipalities.forEach((raw, index) => {
    const parsed = municipalitySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`gemeente ${index + 1}: ${issues(parsed.error)}`);
      return;
    }
    const municipality = parsed.data;
    if (municipalityCodes.has(municipality.code))
      problems.push(`gemeente ${municipality.code}: code komt twee keer voor`);
    municipalityCodes.add(municipality.code);
    if (!provinceCodes.has(municipality.provinceCode))
      problems.push(`gemeente ${municipality.code}: onbekende provincie ${municipality.provinceCode}`);
    const key = normalisePlaceName(municipality.name);
    const other = officialNames.get(key);
    if (other !== undefined) problems.push(`gemeente ${municipality.code}: zelfde naam als ${other}`);
    officialNames.set(key, municipality.code);
  });
  const regionIds = new Set<string>();
  data.regions.forEach((raw, index) => {
    const parsed = namedRegionSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`regio ${index + 1}: ${issues(parsed.error)}`);
      return;
    }
    const region = parsed.data;
    if (regionIds.has(region.id)) problems.push(`regio ${region.id}: id komt twee keer voor`);
    regionIds.add(region.id);
    for (const code of region.provinceCodes) {
      if (!provinceCodes.has(code)) problems.push(`regio ${region.id}: onbekende provincie ${code}`);
    }
    for (const code of region.municipalityCodes) {
      if (!municipalityCodes.has(code)) problems.push(`regio ${region.id}: onbekende gemeente ${code}`);
    }
  });
  return problems;
}

function issues(error: z.ZodError): string {
  return error.issues.map((issue) => issue.message).join("; ");
}

/**
 * A place name reduced for comparison: lower case, accents removed (Unicode
 * NFKD, which also splits the ligature "ĳ"), apostrophes and dots dropped,
 * hyphens, commas, brackets and other punctuation as spaces, spaces collapsed.
 * "Súdwest-Fryslân" → "sudwest fryslan", "'s-Gravenhage" → "s gravenhage",
 * "Bergen (NH.)" → "bergen nh".
 */
export function normalisePlaceName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`´.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type PlaceResolution =
  | { kind: "municipality"; municipality: Municipality }
  | { kind: "province"; province: Province }
  | { kind: "region"; region: NamedRegion }
  | { kind: "ambiguous"; options: Municipality[] }
  | { kind: "unknown"; suggestions: Municipality[] };

interface NameEntry {
  municipalities: Municipality[];
  provinces: Province[];
  regions: NamedRegion[];
}

interface PlaceIndex {
  byName: Map<string, NameEntry>;
  municipalityByCode: Map<string, Municipality>;
  provinceByCode: Map<string, Province>;
  /** Every municipality and province with its normalised names, official name first. */
  searchable: {
    place: Municipality | Province;
    kind: "municipality" | "province";
    names: NormalisedName[];
  }[];
  /** Municipality codes per province code. */
  municipalitiesOfProvince: Map<string, string[]>;
}

interface NormalisedName {
  name: string;
  key: string;
}

// The index depends only on the data object; building it once per object
// keeps every call cheap without changing results.
const indexes = new WeakMap<RegionData, PlaceIndex>();

function indexOf(data: RegionData): PlaceIndex {
  const cached = indexes.get(data);
  if (cached) return cached;
  const byName = new Map<string, NameEntry>();
  const entry = (key: string): NameEntry => {
    let found = byName.get(key);
    if (!found) {
      found = { municipalities: [], provinces: [], regions: [] };
      byName.set(key, found);
    }
    return found;
  };
  const names = (place: { name: string; alternativeNames: readonly string[] }): NormalisedName[] => {
    const seen = new Set<string>();
    return [place.name, ...place.alternativeNames].flatMap((name) => {
      const key = normalisePlaceName(name);
      if (key === "" || seen.has(key)) return [];
      seen.add(key);
      return [{ name, key }];
    });
  };
  const searchable: PlaceIndex["searchable"] = [];
  const municipalitiesOfProvince = new Map<string, string[]>();
  for (const municipality of data.municipalities) {
    const own = names(municipality);
    for (const { key } of own) entry(key).municipalities.push(municipality);
    searchable.push({ place: municipality, kind: "municipality", names: own });
    const list = municipalitiesOfProvince.get(municipality.provinceCode) ?? [];
    list.push(municipality.code);
    municipalitiesOfProvince.set(municipality.provinceCode, list);
  }
  for (const province of data.provinces) {
    const own = names(province);
    for (const { key } of own) entry(key).provinces.push(province);
    searchable.push({ place: province, kind: "province", names: own });
  }
  for (const region of data.regions) {
    for (const { key } of names(region)) entry(key).regions.push(region);
  }
  const index: PlaceIndex = {
    byName,
    municipalityByCode: new Map(data.municipalities.map((municipality) => [municipality.code, municipality])),
    provinceByCode: new Map(data.provinces.map((province) => [province.code, province])),
    searchable,
    municipalitiesOfProvince,
  };
  indexes.set(data, index);
  return index;
}

const codePattern = /^(gm|pv)\s*-?\s*([0-9]{1,4})$/;
type KindHint = "municipality" | "province" | "region";
const hints: { pattern: RegExp; kind: KindHint }[] = [
  { pattern: /^gemeente (.+)$|^(.+) gemeente$/, kind: "municipality" },
  { pattern: /^(?:provincie|prov) (.+)$|^(.+) provincie$/, kind: "province" },
  { pattern: /^regio (.+)$/, kind: "region" },
];

/**
 * What a user means by a place: a CBS code ("GM0363", "gm0363", "PV21"), an
 * official or alternative name of a municipality, province or named region,
 * ignoring case, accents and punctuation. A name that is both a municipality
 * and a province ("Utrecht", "Groningen") means the municipality: the search
 * ranks services for its province and named regions right after it. Prefixes
 * choose: "provincie Utrecht", "gemeente Groningen". A name shared by
 * municipalities ("Bergen") is ambiguous; anything else is unknown, with up
 * to five similar municipalities as suggestions.
 */
export function resolvePlace(query: string, data: RegionData): PlaceResolution {
  const index = indexOf(data);
  const key = normalisePlaceName(query);
  if (key === "") return { kind: "unknown", suggestions: [] };

  const code = codePattern.exec(key);
  if (code) {
    const [, prefix = "", digits = ""] = code;
    if (prefix === "gm") {
      const municipality = index.municipalityByCode.get(`GM${digits.padStart(4, "0")}`);
      if (municipality) return { kind: "municipality", municipality };
    } else {
      const province = index.provinceByCode.get(`PV${digits.padStart(2, "0")}`);
      if (province) return { kind: "province", province };
    }
    return { kind: "unknown", suggestions: [] };
  }

  const exact = fromEntry(index.byName.get(key), undefined);
  if (exact) return exact;
  for (const { pattern, kind } of hints) {
    const match = pattern.exec(key);
    const rest = match?.[1] ?? match?.[2];
    if (rest === undefined) continue;
    const hinted = fromEntry(index.byName.get(rest), kind);
    if (hinted) return hinted;
    // "regio Amsterdam" without such a named region: the place itself.
    if (kind === "region") {
      const place = fromEntry(index.byName.get(rest), undefined);
      if (place) return place;
    }
  }
  return { kind: "unknown", suggestions: suggestMunicipalities(key, index, 5) };
}

function fromEntry(entry: NameEntry | undefined, only: KindHint | undefined): PlaceResolution | undefined {
  if (!entry) return undefined;
  if (only === undefined || only === "municipality") {
    if (entry.municipalities.length === 1 && entry.municipalities[0]) {
      return { kind: "municipality", municipality: entry.municipalities[0] };
    }
    if (entry.municipalities.length > 1) {
      return { kind: "ambiguous", options: [...entry.municipalities].sort(byName) };
    }
  }
  if ((only === undefined || only === "province") && entry.provinces[0]) {
    return { kind: "province", province: entry.provinces[0] };
  }
  if ((only === undefined || only === "region") && entry.regions[0]) {
    return { kind: "region", region: entry.regions[0] };
  }
  return undefined;
}

const collator = new Intl.Collator("nl", { sensitivity: "base" });
function byName(a: { name: string }, b: { name: string }): number {
  return collator.compare(a.name, b.name);
}

/** Municipalities whose names look like the (normalised) query, most alike first. */
function suggestMunicipalities(key: string, index: PlaceIndex, limit: number): Municipality[] {
  const scored: { municipality: Municipality; score: number }[] = [];
  for (const { place, kind, names } of index.searchable) {
    if (kind !== "municipality") continue;
    let best = Infinity;
    for (const { key: name } of names) {
      // A query that is part of a longer name ("fryslan") is a near miss too.
      const distance = name.includes(key) && key.length >= 3 ? 0.5 : editDistance(key, name);
      best = Math.min(best, distance / Math.max(key.length, name.length));
    }
    if (best <= 0.4) scored.push({ municipality: place as Municipality, score: best });
  }
  return scored
    .sort((a, b) => a.score - b.score || byName(a.municipality, b.municipality))
    .slice(0, limit)
    .map(({ municipality }) => municipality);
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * "leewarden" → "leeuwarden" is 1, "utercht" → "utrecht" is 1.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = value;
    }
  }
  return at(a.length, b.length);
}

/**
 * The municipality codes a province or named region covers (a named region's
 * own municipalities plus all municipalities of its provinces), sorted,
 * without duplicates. Unknown members are skipped (checkRegionData reports them).
 */
export function municipalityCodesOfRegion(region: NamedRegion | Province, data: RegionData): string[] {
  const index = indexOf(data);
  const codes = new Set<string>();
  const provinceCodes = "id" in region ? region.provinceCodes : [region.code];
  for (const provinceCode of provinceCodes) {
    for (const code of index.municipalitiesOfProvince.get(provinceCode) ?? []) codes.add(code);
  }
  if ("id" in region) {
    for (const code of region.municipalityCodes) {
      if (index.municipalityByCode.has(code)) codes.add(code);
    }
  }
  return [...codes].sort();
}

export interface ContainingAreas {
  /** The province the municipality lies in (one; empty for an unknown code). */
  provinces: Province[];
  /** Named regions that include the municipality, directly or through one of their provinces. */
  regions: NamedRegion[];
}

/**
 * The provinces and named regions a municipality belongs to, for ranking: a
 * service for the municipality itself or a named region containing it comes
 * before one for its province, which comes before a national one.
 */
export function regionsContaining(municipalityCode: string, data: RegionData): ContainingAreas {
  const index = indexOf(data);
  const municipality = index.municipalityByCode.get(municipalityCode.toUpperCase());
  if (!municipality) return { provinces: [], regions: [] };
  const province = index.provinceByCode.get(municipality.provinceCode);
  return {
    provinces: province ? [province] : [],
    regions: data.regions.filter(
      (region) =>
        region.municipalityCodes.includes(municipality.code) ||
        region.provinceCodes.includes(municipality.provinceCode),
    ),
  };
}

export type PlaceSuggestion =
  | { kind: "municipality"; code: string; name: string; provinceCode: string; matchedName: string }
  | { kind: "province"; code: string; name: string; matchedName: string };

/**
 * Places for an autocomplete: municipalities and provinces whose name or
 * alternative name starts with the typed text, then those with a word
 * starting with it ("haag" → Den Haag), then those containing it; within a
 * group the official name before an alternative one, shorter names first, a
 * municipality before a province of the same name. `matchedName` is the name
 * that matched, so "Den Haag" can be shown for 's-Gravenhage.
 */
export function autocompletePlaces(prefix: string, data: RegionData, limit = 10): PlaceSuggestion[] {
  const key = normalisePlaceName(prefix);
  if (key === "" || limit <= 0) return [];
  const index = indexOf(data);
  const found: { suggestion: PlaceSuggestion; rank: number[] }[] = [];
  for (const { place, kind, names } of index.searchable) {
    let best: { rank: number[]; name: string } | undefined;
    names.forEach(({ name, key: candidate }, position) => {
      const tier =
        candidate === key
          ? 0
          : candidate.startsWith(key)
            ? 1
            : candidate.includes(` ${key}`)
              ? 2
              : candidate.includes(key)
                ? 3
                : -1;
      if (tier < 0) return;
      const rank = [tier, position === 0 ? 0 : 1, candidate.length, kind === "municipality" ? 0 : 1];
      if (!best || compareRanks(rank, best.rank) < 0) best = { rank, name };
    });
    if (!best) continue;
    const suggestion: PlaceSuggestion =
      kind === "municipality"
        ? {
            kind,
            code: place.code,
            name: place.name,
            provinceCode: (place as Municipality).provinceCode,
            matchedName: best.name,
          }
        : { kind, code: place.code, name: place.name, matchedName: best.name };
    found.push({ suggestion, rank: best.rank });
  }
  return found
    .sort((a, b) => compareRanks(a.rank, b.rank) || byName(a.suggestion, b.suggestion))
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
