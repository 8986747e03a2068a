import type { Kysely } from "kysely";
import { municipalities, provinces } from "../../../content/regions";
import type { Database } from "../../db/database";
import type { Area } from "./directory-content";
import { regionsContaining, resolvePlace, type PlaceResolution, type RegionData } from "./regions";

/**
 * Places for the Wegwijzer: the provinces and municipalities shipped with
 * the app (content/regions) and the named regions editors keep in the
 * database.
 */
export async function loadRegionData(db: Kysely<Database>): Promise<RegionData> {
  const rows = await db.selectFrom("named_region").selectAll().orderBy("name").execute();
  return {
    provinces,
    municipalities,
    regions: rows.map((row) => ({
      id: row.id,
      name: row.name,
      alternativeNames: row.alternative_names,
      description: row.description ?? undefined,
      provinceCodes: row.province_codes,
      municipalityCodes: row.municipality_codes,
    })),
  };
}

/** The codes every area reference must use, for validating content and imports. */
export const knownCodes = {
  municipalityCodes: new Set(municipalities.map((municipality) => municipality.code)),
  provinceCodes: new Set(provinces.map((province) => province.code)),
};

/** The display name of an area ("Leeuwarden", "Fryslân", "regio Utrecht", "heel Nederland"). */
export function areaNamer(data: RegionData): (area: Area) => string {
  const names = new Map<string, string>([
    ...data.provinces.map((province) => [province.code, province.name] as const),
    ...data.municipalities.map((municipality) => [municipality.code, municipality.name] as const),
    ...data.regions.map((region) => [region.id, region.name] as const),
  ]);
  return (area) => {
    if (area.kind === "national") return "heel Nederland";
    const key = area.kind === "region" ? area.id : area.code;
    return names.get(key) ?? key;
  };
}

/**
 * The area codes that make a service local or regional for a resolved place:
 * for a municipality, itself and the named regions containing it (local) and
 * its province (regional); for a province, the province and everything in it;
 * for a named region, the region and its members.
 */
export function areaCodesFor(
  place: PlaceResolution,
  data: RegionData,
): { local: string[]; regional: string[] } | undefined {
  switch (place.kind) {
    case "municipality": {
      const containing = regionsContaining(place.municipality.code, data);
      return {
        local: [place.municipality.code, ...containing.regions.map((region) => region.id)],
        regional: containing.provinces.map((province) => province.code),
      };
    }
    case "province": {
      const inProvince = data.municipalities
        .filter((municipality) => municipality.provinceCode === place.province.code)
        .map((municipality) => municipality.code);
      const regions = data.regions
        .filter(
          (region) =>
            region.provinceCodes.includes(place.province.code) ||
            region.municipalityCodes.some((code) => inProvince.includes(code)),
        )
        .map((region) => region.id);
      return { local: [place.province.code, ...inProvince, ...regions], regional: [] };
    }
    case "region": {
      const members = [...place.region.provinceCodes, ...place.region.municipalityCodes];
      return { local: [place.region.id, ...members], regional: [] };
    }
    default:
      return undefined;
  }
}

export { resolvePlace };
