import type { Kysely } from "kysely";
import type { Database } from "../../db/database";
import { termId } from "./directory-content";
import { amsterdamMoment, isPossiblyOutdated, openingState, type OpeningState } from "./opening-hours";
import { areaCodesFor, loadRegionData, resolvePlace } from "./places.server";
import { openingSchedules } from "./directory";
import { getServices, type ServiceRecord } from "./read.server";
import type { Municipality, PlaceResolution } from "./regions";
import {
  interpretText,
  normaliseWords,
  tsQueryText,
  type DirectoryQuery,
  type InterpretedText,
} from "./search-query";
import { countByTerms, countServices, findServices, type ServiceFilters } from "./search.server";

/**
 * One Wegwijzer search as the page and the API need it: reads the free
 * text, resolves the place, runs the filters and ranking, loads the page of
 * services, counts per filter option, and — when nothing matches — says
 * which filter to drop.
 */

export const pageSize = 20;

/**
 * The page counts matches up to this many and then says "meer dan 1.000":
 * nobody pages through more, and counting every match of a common word
 * costs as much as reading them all.
 */
export const countLimit = 1000;

export interface DirectoryResult {
  service: ServiceRecord;
  /** 3 local, 2 province, 1 national, 0 unknown area (or no place searched). */
  areaRank: number;
  openNow: OpeningState;
  possiblyOutdated: boolean;
}

/** A filter that, dropped, would give results ("zonder leeftijd: 12 resultaten"). */
export interface Widening {
  drop: "place" | "age" | "gender" | "text" | "openNow" | "terms" | "lvb";
  total: number;
  /** There are more than `total` (countLimit). */
  capped: boolean;
}

export interface DirectorySearch {
  total: number;
  /** There are more than `total` matches (counted up to countLimit, or further on a deep page). */
  totalCapped: boolean;
  page: number;
  pageCount: number;
  results: DirectoryResult[];
  /** What the free text was read as (age, gender, place, form). */
  recognised: InterpretedText["recognised"];
  /** The place as resolved; `ambiguous` asks which one, `unknown` suggests names. */
  place?: PlaceResolution;
  /** Effective filters after reading the text. */
  effective: { age?: number; gender?: DirectoryQuery["gender"]; uitbuitingsvorm: string[]; text: string };
  facets: { hulpsoort: Map<string, number>; uitbuitingsvorm: Map<string, number> };
  widenings: Widening[];
}

const placeKinds = new Set(["municipality", "province", "region", "ambiguous"]);

export async function searchDirectory(
  db: Kysely<Database>,
  query: DirectoryQuery,
  now: Date,
  options: { countLimit?: number } = {},
): Promise<DirectorySearch> {
  const limit = options.countLimit ?? countLimit;
  const regionData = await loadRegionData(db);
  const interpreted = interpretText(query.text, (words) =>
    query.place ? false : placeKinds.has(resolvePlace(words, regionData).kind),
  );
  const placeText = query.place || interpreted.place || "";
  const place = placeText ? resolvePlace(placeText, regionData) : undefined;
  const area = place ? areaCodesFor(place, regionData) : undefined;
  const forms = [...new Set([...query.uitbuitingsvorm, ...interpreted.uitbuitingsvorm])];
  const effective = {
    age: query.age ?? interpreted.age,
    gender: query.gender ?? interpreted.gender,
    uitbuitingsvorm: forms,
    text: interpreted.text,
  };
  const text = normaliseWords(effective.text);
  const filters: ServiceFilters = {
    tsQuery: tsQueryText(text),
    text,
    area,
    age: effective.age,
    gender: effective.gender,
    lvb: query.lvb,
    terms: {
      hulpsoort: query.hulpsoort.map((code) => termId("hulpsoort", code)),
      uitbuitingsvorm: forms.map((code) => termId("uitbuitingsvorm", code)),
    },
    openAt: query.openNow ? amsterdamMoment(now) : undefined,
  };
  const offset = (query.page - 1) * pageSize;
  const [found, facets] = await Promise.all([
    findServices(db, filters, { offset, limit: pageSize }, { countUpTo: Math.max(limit, offset + 1) }),
    countByTerms(db, filters),
  ]);
  const records = await getServices(
    db,
    found.services.map((service) => service.id),
  );
  const rankById = new Map(found.services.map((service) => [service.id, service.areaRank]));
  const results = records.map((service) => ({
    service,
    areaRank: rankById.get(service.id) ?? 0,
    openNow: openingState(openingSchedules(service), now),
    possiblyOutdated: isPossiblyOutdated(service.assuredDate, now),
  }));
  const widenings = found.total === 0 ? await widen(db, filters, limit) : [];
  return {
    total: found.total,
    totalCapped: found.capped,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(found.total / pageSize)),
    results,
    recognised: interpreted.recognised,
    place,
    effective,
    facets,
    widenings,
  };
}

/** For an empty result: how many services each dropped filter would give. */
async function widen(db: Kysely<Database>, filters: ServiceFilters, limit: number): Promise<Widening[]> {
  const candidates: Array<[Widening["drop"], ServiceFilters | undefined]> = [
    ["place", filters.area ? { ...filters, area: undefined } : undefined],
    ["age", filters.age !== undefined ? { ...filters, age: undefined } : undefined],
    ["gender", filters.gender ? { ...filters, gender: undefined } : undefined],
    ["text", filters.tsQuery || filters.text ? { ...filters, tsQuery: "", text: "" } : undefined],
    ["openNow", filters.openAt ? { ...filters, openAt: undefined } : undefined],
    ["lvb", filters.lvb ? { ...filters, lvb: false } : undefined],
    [
      "terms",
      (filters.terms?.hulpsoort?.length ?? 0) + (filters.terms?.uitbuitingsvorm?.length ?? 0) > 0
        ? { ...filters, terms: undefined }
        : undefined,
    ],
  ];
  const widenings: Widening[] = [];
  for (const [drop, wider] of candidates) {
    if (!wider) continue;
    const { total, capped } = await countServices(db, wider, limit);
    if (total > 0) widenings.push({ drop, total, capped });
  }
  return widenings;
}

export type { Municipality };
