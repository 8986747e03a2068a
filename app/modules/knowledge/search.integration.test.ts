import { beforeAll, describe, expect, it } from "vitest";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { snippetSegments } from "./search";
import { searchEverything, type SearchSource } from "./search.server";

describe(`site-wide search on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await runSeeds(database.db, { includeDemo: false });
  });

  const search = async (query: string, locale: "nl" | "en" = "nl") => {
    const result = await searchEverything(database.db, query, locale);
    return {
      mode: result.mode,
      ids: result.groups.flatMap((group) => group.hits.map((hit) => `${hit.type}:${hit.id}`)),
      groups: result.groups.map((group) => group.type),
      hits: result.groups.flatMap((group) => group.hits),
    };
  };

  it.each([
    {
      query: "uitgebuit meisje",
      expected: ["library:rapport-maatwerk-voor-meiden", "jongeren:wat-is-uitbuiting", "library:tool-11vb"],
    },
    {
      query: "geldezel",
      expected: ["kennisbank:wat-is-uitbuiting", "jongeren:wat-is-uitbuiting"],
    },
    {
      query: "money mule",
      expected: ["kennisbank:wat-is-uitbuiting"],
    },
    {
      query: "loverboy",
      expected: [
        "kennisbank:wat-is-uitbuiting",
        "ouders:signalen",
        "rapport-signalering-en-registratie-jeugdhulp",
      ],
    },
    { query: "Meldcode", expected: ["kennisbank:wat-doe-je-bij-een-vermoeden"] },
    { query: "CoMensha toestemming", expected: ["kennisbank:melden-en-registreren"] },
    { query: "Kijken met andere ogen", expected: ["library:rapport-kijken-met-andere-ogen"] },
  ])("“$query” finds $expected", async ({ query, expected }) => {
    const { ids } = await search(query);
    for (const id of expected)
      expect(
        ids.some((hit) => hit.endsWith(id)),
        `${id} in ${ids.join(", ")}`,
      ).toBe(true);
  });

  it("finds accented words without the accent, and the other way round", async () => {
    expect((await search("beinvloeden")).ids).toContain("kennisbank:risico-bij-lvb");
    expect((await search("coördinatie")).ids.length).toBeGreaterThan(0);
  });

  it("forgives a typo in a second round (similar)", async () => {
    const result = await search("lovrboy");
    expect(result.mode).toBe("similar");
    expect(result.ids).toContain("jongeren:wat-is-uitbuiting");
    expect(result.ids).toContain("ouders:signalen");
  });

  it("finds helplines as a group of their own, with a phone number", async () => {
    const result = await search("avim");
    expect(result.groups).toContain("helpline");
    const police = result.hits.find((hit) => hit.type === "helpline" && hit.phone === "0900-8844");
    expect(police?.href).toBeNull();
  });

  it("groups in a fixed order: knowledge, youth, parents, library, helplines", async () => {
    const order = ["kennisbank", "jongeren", "ouders", "library", "helpline"];
    const { groups } = await search("uitbuiting");
    expect(groups).toEqual(order.filter((type) => groups.includes(type as never)));
    expect(groups.length).toBeGreaterThanOrEqual(3);
  });

  it("highlights the matching words in the snippet", async () => {
    const { hits } = await search("geldezel");
    const hit = hits.find((entry) => entry.type === "kennisbank");
    const marked = snippetSegments(hit?.snippet ?? "").filter((segment) => segment.hit);
    expect(marked.map((segment) => segment.text.toLowerCase())).toContain("geldezel");
  });

  it.each(["", "   ", "&|!:*()", "' or 1=1 --", "<script>"])("is safe with odd input: %j", async (query) => {
    await expect(search(query)).resolves.toBeDefined();
  });

  it("finds nothing for a word that is nowhere", async () => {
    expect((await search("xylofoonkwartet")).ids).toEqual([]);
  });

  it("takes a new source with one function", async () => {
    const extra: SearchSource = {
      name: "test",
      search: async (_db, query) =>
        query.mode === "all"
          ? [{ type: "library", id: "extra", title: "Extra", href: "/x", snippet: query.text, rank: 99 }]
          : [],
    };
    const result = await searchEverything(database.db, "geldezel", "nl", [extra]);
    expect(result.groups).toEqual([{ type: "library", hits: [expect.objectContaining({ id: "extra" })] }]);
  });
});
