import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightWords, queryWords, snippetSegments, toTsQuery } from "./search";

describe("queryWords", () => {
  it.each([
    ["Uitgebuit  Meisje", ["uitgebuit", "meisje"]],
    ["beïnvloeding!", ["beinvloeding"]],
    ["money mule", ["moneymule"]],
    ["Money-Mule geldezel", ["moneymule", "geldezel"]],
    ["  ", []],
    ["a b c d e f g h i j", ["a", "b", "c", "d", "e", "f", "g", "h"]],
  ])("%j → %j", (query, words) => {
    expect(queryWords(query)).toEqual(words);
  });
});

describe("toTsQuery", () => {
  it.each([
    ["loverboy", "all", "(loverboy:* | pooierboy:*)"],
    [
      "uitgebuit meisje",
      "all",
      "(uitgebuit:* | uitbuiting:* | uitbuiten:* | uitbuiter:*) & (meisje:* | meisjes:* | meid:* | meiden:*)",
    ],
    ["money mule", "all", "(moneymule:* | geldezel:* | (money:* <-> mule:*))"],
    ["avim 112", "any", "avim:* | 112:*"],
    ["de", "all", "de"],
    ["&|!", "all", undefined],
  ] as const)("%j (%s) → %j", (query, join, expected) => {
    expect(toTsQuery(query, join)).toBe(expected);
  });

  it("never lets typed operators through: only letters, digits and its own operators", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (query) => {
        const text = toTsQuery(query, "all") ?? "";
        expect(text).toMatch(/^[a-z0-9:*|&<>\-() ]*$/);
      }),
    );
  });
});

describe("snippets", () => {
  it("splits a marked snippet into plain and highlighted pieces", () => {
    expect(snippetSegments("een ⟦geldezel⟧ is ⟦iemand⟧.")).toEqual([
      { text: "een ", hit: false },
      { text: "geldezel", hit: true },
      { text: " is ", hit: false },
      { text: "iemand", hit: true },
      { text: ".", hit: false },
    ]);
  });

  it("keeps markup as text: <script> in a snippet is never HTML", () => {
    expect(snippetSegments("<script>⟦x⟧")).toEqual([
      { text: "<script>", hit: false },
      { text: "x", hit: true },
    ]);
  });

  it("highlights words that start with a query word or a synonym, ignoring case and accents", () => {
    expect(highlightWords("Meiden en Geldezels, beïnvloed.", "meisje geldezel beinvloed")).toBe(
      "⟦Meiden⟧ en ⟦Geldezels⟧, ⟦beïnvloed⟧.",
    );
  });
});
