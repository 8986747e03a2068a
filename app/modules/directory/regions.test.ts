import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regionData } from "../../../content/regions";
import { municipalities } from "../../../content/regions/municipalities";
import { namedRegions } from "../../../content/regions/named-regions";
import { provinces } from "../../../content/regions/provinces";
import {
  autocompletePlaces,
  checkRegionData,
  editDistance,
  municipalityCodesOfRegion,
  normalisePlaceName,
  regionsContaining,
  resolvePlace,
  type Municipality,
  type NamedRegion,
  type PlaceResolution,
  type RegionData,
} from "./regions";

const municipality = (code: string): Municipality => {
  const found = municipalities.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`no municipality ${code}`);
  return found;
};
const region = (id: string): NamedRegion => {
  const found = namedRegions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};

/** The resolution in one comparable word: "GM0080", "PV21", "region:haaglanden", "ambiguous:GM0373,GM0893". */
function summary(resolution: PlaceResolution): string {
  switch (resolution.kind) {
    case "municipality":
      return resolution.municipality.code;
    case "province":
      return resolution.province.code;
    case "region":
      return `region:${resolution.region.id}`;
    case "ambiguous":
      return `ambiguous:${resolution.options.map((option) => option.code).join(",")}`;
    case "unknown":
      return `unknown:${resolution.suggestions.map((option) => option.code).join(",")}`;
  }
}
const resolve = (query: string): string => summary(resolvePlace(query, regionData));

describe("region content (reference date 1 January 2025)", () => {
  it("passes the data check", () => {
    expect(checkRegionData(regionData)).toEqual([]);
  });

  it("has the 12 provinces PV20–PV31", () => {
    expect(provinces.map((province) => `${province.code} ${province.name}`)).toEqual([
      "PV20 Groningen",
      "PV21 Fryslân",
      "PV22 Drenthe",
      "PV23 Overijssel",
      "PV24 Flevoland",
      "PV25 Gelderland",
      "PV26 Utrecht",
      "PV27 Noord-Holland",
      "PV28 Zuid-Holland",
      "PV29 Zeeland",
      "PV30 Noord-Brabant",
      "PV31 Limburg",
    ]);
  });

  it("has exactly the CBS number of municipalities per province, 342 in all", () => {
    const counts = Object.fromEntries(
      provinces.map((province) => [
        province.name,
        municipalities.filter((candidate) => candidate.provinceCode === province.code).length,
      ]),
    );
    expect(counts).toEqual({
      Groningen: 10,
      Fryslân: 18,
      Drenthe: 12,
      Overijssel: 25,
      Flevoland: 6,
      Gelderland: 51,
      Utrecht: 26,
      "Noord-Holland": 44,
      "Zuid-Holland": 50,
      Zeeland: 13,
      "Noord-Brabant": 56,
      Limburg: 31,
    });
    expect(municipalities).toHaveLength(342);
  });

  it("has unique codes of the form GM + 4 digits and unique official names", () => {
    for (const { code } of municipalities) expect(code).toMatch(/^GM[0-9]{4}$/);
    expect(new Set(municipalities.map(({ code }) => code)).size).toBe(342);
    expect(new Set(municipalities.map(({ name }) => normalisePlaceName(name))).size).toBe(342);
  });

  it("reflects the mergers up to 2023 and the official spellings", () => {
    expect(municipality("GM1992")).toMatchObject({ name: "Voorne aan Zee", provinceCode: "PV28" });
    expect(municipality("GM1980")).toMatchObject({ name: "Dijk en Waard", provinceCode: "PV27" });
    expect(municipality("GM1982")).toMatchObject({ name: "Land van Cuijk", provinceCode: "PV30" });
    expect(municipality("GM1991")).toMatchObject({ name: "Maashorst", provinceCode: "PV30" });
    expect(municipality("GM1961")).toMatchObject({ name: "Vijfheerenlanden", provinceCode: "PV26" });
    // Merged away: Brielle, Hellevoetsluis, Westvoorne, Weesp, Heerhugowaard, Langedijk, Beemster, Uden.
    const gone = ["GM0501", "GM0530", "GM0614", "GM0457", "GM0398", "GM0416", "GM0370", "GM0856"];
    expect(municipalities.filter(({ code }) => gone.includes(code))).toEqual([]);
    expect(municipality("GM0518").name).toBe("'s-Gravenhage");
    expect(municipality("GM0796").name).toBe("'s-Hertogenbosch");
    expect(municipality("GM1900").name).toBe("Súdwest-Fryslân");
    expect(municipality("GM0820").name).toBe("Nuenen, Gerwen en Nederwetten");
    expect(municipality("GM0373").name).toBe("Bergen (NH.)");
    expect(municipality("GM0893").name).toBe("Bergen (L.)");
  });

  it("gives no alternative name that is another municipality's official name", () => {
    const official = new Map(
      municipalities.map((candidate) => [normalisePlaceName(candidate.name), candidate.code]),
    );
    for (const candidate of municipalities) {
      for (const alternative of candidate.alternativeNames) {
        const owner = official.get(normalisePlaceName(alternative));
        expect(owner === undefined || owner === candidate.code, `${candidate.code} ${alternative}`).toBe(
          true,
        );
      }
    }
  });

  it("shares an alternative name between municipalities only for Bergen", () => {
    const owners = new Map<string, string[]>();
    for (const candidate of municipalities) {
      for (const alternative of candidate.alternativeNames) {
        const key = normalisePlaceName(alternative);
        owners.set(key, [...(owners.get(key) ?? []), candidate.code]);
      }
    }
    const shared = [...owners].filter(([, codes]) => codes.length > 1);
    expect(shared).toEqual([["bergen", ["GM0373", "GM0893"]]]);
  });

  it("has named regions whose members all exist", () => {
    const codes = new Set(municipalities.map(({ code }) => code));
    const provinceCodes = new Set(provinces.map(({ code }) => code));
    for (const named of namedRegions) {
      for (const code of named.municipalityCodes) expect(codes.has(code), `${named.id} ${code}`).toBe(true);
      for (const code of named.provinceCodes)
        expect(provinceCodes.has(code), `${named.id} ${code}`).toBe(true);
    }
    expect(namedRegions.map(({ id }) => id)).toEqual([
      "amsterdam-alkmaar-almere",
      "oost-gelderland",
      "regio-utrecht",
      "rotterdam-rijnmond",
      "haaglanden",
      "zuiden-van-nederland",
    ]);
  });
});

describe("checkRegionData", () => {
  it("reports bad codes, duplicates and unknown members", () => {
    const problems = checkRegionData({
      provinces: [{ code: "PV27", name: "Noord-Holland", alternativeNames: [] }],
      municipalities: [
        { code: "GM0363", name: "Amsterdam", provinceCode: "PV27", alternativeNames: [] },
        { code: "GM0363", name: "Amsterdam-Oost", provinceCode: "PV27", alternativeNames: [] },
        { code: "GM363", name: "Kort", provinceCode: "PV27", alternativeNames: [] },
        { code: "GM0361", name: "Alkmaar", provinceCode: "PV99", alternativeNames: [] },
        { code: "GM0362", name: "amsterdam", provinceCode: "PV27", alternativeNames: [] },
      ],
      regions: [
        { id: "r", name: "R", alternativeNames: [], provinceCodes: ["PV28"], municipalityCodes: ["GM0001"] },
        { id: "leeg", name: "Leeg", alternativeNames: [], provinceCodes: [], municipalityCodes: [] },
      ],
    });
    expect(problems).toEqual([
      "gemeente GM0363: code komt twee keer voor",
      "gemeente 3: gemeentecode als GM + 4 cijfers",
      "gemeente GM0361: onbekende provincie PV99",
      "gemeente GM0362: zelfde naam als GM0363",
      "regio r: onbekende provincie PV28",
      "regio r: onbekende gemeente GM0001",
      "regio 2: een regio heeft minstens één provincie of gemeente",
    ]);
  });
});

describe("normalisePlaceName", () => {
  it("ignores case, accents, apostrophes, hyphens, dots and extra spaces", () => {
    expect(normalisePlaceName("Súdwest-Fryslân")).toBe("sudwest fryslan");
    expect(normalisePlaceName("sudwest fryslan")).toBe("sudwest fryslan");
    expect(normalisePlaceName("'s-Gravenhage")).toBe("s gravenhage");
    expect(normalisePlaceName("’s Gravenhage")).toBe("s gravenhage");
    expect(normalisePlaceName("s gravenhage")).toBe("s gravenhage");
    expect(normalisePlaceName("  NUENEN,  Gerwen en Nederwetten ")).toBe("nuenen gerwen en nederwetten");
    expect(normalisePlaceName("Bergen (NH.)")).toBe(normalisePlaceName("bergen nh"));
    expect(normalisePlaceName("Ĳsselstein")).toBe("ijsselstein");
  });

  it("is idempotent and never leaves capitals, accents or double spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (text) => {
        const once = normalisePlaceName(text);
        expect(normalisePlaceName(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/ {2}|\p{M}|['.]/u);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});

describe("resolvePlace", () => {
  it("accepts CBS codes in any case", () => {
    expect(resolve("GM0080")).toBe("GM0080");
    expect(resolve("gm0363")).toBe("GM0363");
    expect(resolve(" GM 0363 ")).toBe("GM0363");
    expect(resolve("PV21")).toBe("PV21");
    expect(resolve("pv27")).toBe("PV27");
    expect(resolve("GM9999")).toBe("unknown:");
    expect(resolve("PV99")).toBe("unknown:");
  });

  it("accepts official and alternative names, ignoring case and accents", () => {
    expect(resolve("leeuwarden")).toBe("GM0080");
    expect(resolve("Ljouwert")).toBe("GM0080");
    expect(resolve("Den Haag")).toBe("GM0518");
    expect(resolve("'s-Gravenhage")).toBe("GM0518");
    expect(resolve("s gravenhage")).toBe("GM0518");
    expect(resolve("den bosch")).toBe("GM0796");
    expect(resolve("Nuenen")).toBe("GM0820");
    expect(resolve("sudwest fryslan")).toBe("GM1900");
    expect(resolve("Hengelo")).toBe("GM0164");
    expect(resolve("Hengelo (O.)")).toBe("GM0164");
    expect(resolve("Friesland")).toBe("PV21");
    expect(resolve("fryslan")).toBe("PV21");
    expect(resolve("Brabant")).toBe("PV30");
  });

  it("asks which Bergen, and accepts each with its suffix", () => {
    expect(resolve("Bergen")).toBe("ambiguous:GM0893,GM0373");
    expect(resolve("bergen")).toBe("ambiguous:GM0893,GM0373");
    expect(resolve("Bergen (NH)")).toBe("GM0373");
    expect(resolve("Bergen NH")).toBe("GM0373");
    expect(resolve("Bergen (L.)")).toBe("GM0893");
    expect(resolve("Bergen (Limburg)")).toBe("GM0893");
    expect(resolve("Bergen op Zoom")).toBe("GM0748");
  });

  it("reads a name that is both a municipality and a province as the municipality, unless told", () => {
    expect(resolve("Utrecht")).toBe("GM0344");
    expect(resolve("Groningen")).toBe("GM0014");
    expect(resolve("provincie Utrecht")).toBe("PV26");
    expect(resolve("Groningen (provincie)")).toBe("PV20");
    expect(resolve("gemeente Groningen")).toBe("GM0014");
    expect(resolve("'s-Gravenhage (gemeente)")).toBe("GM0518");
    expect(resolve("provincie Leeuwarden")).toBe("unknown:");
  });

  it("finds named regions by name", () => {
    expect(resolve("regio Utrecht")).toBe("region:regio-utrecht");
    expect(resolve("Haaglanden")).toBe("region:haaglanden");
    expect(resolve("Rotterdam-Rijnmond")).toBe("region:rotterdam-rijnmond");
    expect(resolve("Achterhoek")).toBe("region:oost-gelderland");
    expect(resolve("oost-Gelderland")).toBe("region:oost-gelderland");
    expect(resolve("zuiden van Nederland")).toBe("region:zuiden-van-nederland");
    expect(resolve("regio Amsterdam, Alkmaar en Almere")).toBe("region:amsterdam-alkmaar-almere");
    // No named region "regio Leeuwarden": the place itself.
    expect(resolve("regio Leeuwarden")).toBe("GM0080");
  });

  it("suggests similar municipalities for a typo", () => {
    const result = resolvePlace("Leewarden", regionData);
    expect(result.kind).toBe("unknown");
    if (result.kind !== "unknown") return;
    expect(result.suggestions[0]?.code).toBe("GM0080");
    expect(result.suggestions.length).toBeLessThanOrEqual(5);
    expect(summary(resolvePlace("Utercht", regionData))).toMatch(/^unknown:GM0344/);
    expect(summary(resolvePlace("Amsterdm", regionData))).toMatch(/^unknown:GM0363/);
    expect(resolve("Xyzzyqwv")).toBe("unknown:");
    expect(resolve("")).toBe("unknown:");
  });

  it("resolves every municipality by code and by official name", () => {
    for (const candidate of municipalities) {
      expect(resolve(candidate.code)).toBe(candidate.code);
      expect(resolve(candidate.code.toLowerCase())).toBe(candidate.code);
      expect(resolve(candidate.name)).toBe(candidate.code);
    }
  });

  it("resolves a municipality however its name is cased, accented or spaced", () => {
    const withAccents: Record<string, string> = { a: "á", e: "ë", i: "ï", o: "ô", u: "ü" };
    fc.assert(
      fc.property(
        fc.constantFrom(...municipalities),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (candidate, flips) => {
          const varied = [...candidate.name]
            .map((char, i) => {
              const flip = flips[i % flips.length];
              const accented = withAccents[char];
              if (flip && accented) return accented;
              return flip ? char.toUpperCase() : char.toLowerCase();
            })
            .join("")
            .replace(/-/g, flips[0] ? " " : "-");
          expect(resolve(`  ${varied} `)).toBe(candidate.code);
        },
      ),
    );
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps", () => {
    expect(editDistance("leewarden", "leeuwarden")).toBe(1);
    expect(editDistance("utercht", "utrecht")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is symmetric and zero only for equal strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});

describe("municipalityCodesOfRegion", () => {
  it("expands provinces and keeps listed municipalities", () => {
    const utrecht = municipalityCodesOfRegion(region("regio-utrecht"), regionData);
    expect(utrecht).toHaveLength(26);
    expect(utrecht).toContain("GM0344");
    expect(municipalityCodesOfRegion(region("zuiden-van-nederland"), regionData)).toHaveLength(13 + 56 + 31);
    expect(municipalityCodesOfRegion(region("haaglanden"), regionData)).toEqual([
      "GM0503",
      "GM0518",
      "GM0603",
      "GM0629",
      "GM0637",
      "GM1783",
      "GM1842",
      "GM1916",
      "GM1926",
    ]);
    expect(municipalityCodesOfRegion(region("rotterdam-rijnmond"), regionData)).toHaveLength(13);
    expect(municipalityCodesOfRegion(region("oost-gelderland"), regionData)).toHaveLength(10);
  });

  it("accepts a province too, and ignores unknown members", () => {
    const fryslan = provinces.find(({ code }) => code === "PV21");
    if (!fryslan) throw new Error("no PV21");
    expect(municipalityCodesOfRegion(fryslan, regionData)).toHaveLength(18);
    const mixed: NamedRegion = {
      id: "gemengd",
      name: "Gemengd",
      alternativeNames: [],
      provinceCodes: ["PV24"],
      municipalityCodes: ["GM0034", "GM0363", "GM0001"],
    };
    expect(municipalityCodesOfRegion(mixed, regionData)).toEqual([
      "GM0034",
      "GM0050",
      "GM0171",
      "GM0184",
      "GM0303",
      "GM0363",
      "GM0995",
    ]);
  });
});

describe("regionsContaining", () => {
  const ids = (code: string) => {
    const found = regionsContaining(code, regionData);
    return { provinces: found.provinces.map((p) => p.code), regions: found.regions.map((r) => r.id) };
  };

  it("names the province and the named regions, direct or through a province", () => {
    expect(ids("GM0344")).toEqual({ provinces: ["PV26"], regions: ["regio-utrecht"] });
    expect(ids("GM0518")).toEqual({ provinces: ["PV28"], regions: ["haaglanden"] });
    expect(ids("GM1992")).toEqual({ provinces: ["PV28"], regions: ["rotterdam-rijnmond"] });
    expect(ids("GM0080")).toEqual({ provinces: ["PV21"], regions: [] });
    expect(ids("GM0935")).toEqual({ provinces: ["PV31"], regions: ["zuiden-van-nederland"] });
    expect(ids("GM0262")).toEqual({ provinces: ["PV25"], regions: ["oost-gelderland"] });
    expect(ids("gm0363")).toEqual({ provinces: ["PV27"], regions: ["amsterdam-alkmaar-almere"] });
    expect(ids("GM0034")).toEqual({ provinces: ["PV24"], regions: ["amsterdam-alkmaar-almere"] });
    expect(ids("GM9999")).toEqual({ provinces: [], regions: [] });
  });

  it("agrees with municipalityCodesOfRegion for every municipality and region", () => {
    for (const named of namedRegions) {
      const members = new Set(municipalityCodesOfRegion(named, regionData));
      for (const { code } of municipalities) {
        const contains = regionsContaining(code, regionData).regions.some(({ id }) => id === named.id);
        expect(contains, `${named.id} ${code}`).toBe(members.has(code));
      }
    }
  });
});

describe("autocompletePlaces", () => {
  const names = (prefix: string, limit?: number) =>
    autocompletePlaces(prefix, regionData, limit).map(
      (suggestion) => `${suggestion.kind}:${suggestion.name}`,
    );

  it("puts names starting with the text first, shorter first", () => {
    expect(names("leeu")).toEqual(["municipality:Leeuwarden"]);
    expect(names("utr")).toEqual([
      "municipality:Utrecht",
      "province:Utrecht",
      "municipality:Utrechtse Heuvelrug",
    ]);
    expect(names("berg", 4)).toEqual([
      "municipality:Bergeijk",
      "municipality:Bergen (L.)",
      "municipality:Bergen (NH.)",
      "municipality:Berg en Dal",
    ]);
  });

  it("finds alternative names and words inside names, and says what matched", () => {
    const haag = autocompletePlaces("den haag", regionData);
    expect(haag[0]).toMatchObject({ kind: "municipality", code: "GM0518", matchedName: "Den Haag" });
    expect(names("fries")).toEqual([
      "province:Fryslân",
      "municipality:De Fryske Marren",
      "municipality:Súdwest-Fryslân",
      "municipality:Noardeast-Fryslân",
    ]);
    expect(names("fryslan")).toEqual([
      "province:Fryslân",
      "municipality:Súdwest-Fryslân",
      "municipality:Noardeast-Fryslân",
    ]);
    expect(autocompletePlaces("bos", regionData)[0]).toMatchObject({
      code: "GM0796",
      matchedName: "Den Bosch",
    });
  });

  it("respects the limit and returns nothing for empty text", () => {
    expect(autocompletePlaces("a", regionData, 5)).toHaveLength(5);
    expect(autocompletePlaces("", regionData)).toEqual([]);
    expect(autocompletePlaces("  ", regionData)).toEqual([]);
    expect(autocompletePlaces("ams", regionData, 0)).toEqual([]);
  });

  it("only returns places whose name or alternative name contains the text", () => {
    const all: RegionData = regionData;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{1,4}$/), fc.integer({ min: 1, max: 20 }), (prefix, limit) => {
        const key = normalisePlaceName(prefix);
        const found = autocompletePlaces(prefix, all, limit);
        expect(found.length).toBeLessThanOrEqual(limit);
        for (const suggestion of found) {
          const place =
            suggestion.kind === "municipality"
              ? all.municipalities.find(({ code }) => code === suggestion.code)
              : all.provinces.find(({ code }) => code === suggestion.code);
          const keys = [place?.name ?? "", ...(place?.alternativeNames ?? [])].map(normalisePlaceName);
          expect(keys.some((candidate) => candidate.includes(key))).toBe(true);
        }
      }),
    );
  });
});
