import { describe, expect, it } from "vitest";
import { libraryItems } from "../../../content/library";
import { checkLibrary, compareReports, groupLibrary, libraryItemTypes, type LibraryItem } from "./library";

const item = (id: string, type: LibraryItem["type"], year?: number, title = id): LibraryItem => ({
  id,
  type,
  title,
  ...(year === undefined ? {} : { year }),
  audience: ["professionals"],
  summary: { nl: "Samenvatting.", en: "Summary." },
});

describe("groupLibrary", () => {
  it.each([
    {
      name: "types follow the fixed order",
      items: [item("r", "report", 2020), item("w", "webinar"), item("v", "video")],
      expected: [
        ["webinar", ["w"]],
        ["video", ["v"]],
        ["report", ["r"]],
      ],
    },
    {
      name: "reports newest first",
      items: [item("r2020", "report", 2020), item("r2024", "report", 2024), item("r2022", "report", 2022)],
      expected: [["report", ["r2024", "r2022", "r2020"]]],
    },
    {
      name: "reports of the same year alphabetically by title (Dutch collation)",
      items: [
        item("b", "report", 2022, "Maatwerk"),
        item("a", "report", 2022, "brede blik"),
        item("c", "report", 2022, "Kijken"),
      ],
      expected: [["report", ["a", "c", "b"]]],
    },
    {
      name: "reports without a year come last",
      items: [item("none", "report"), item("r2021", "report", 2021)],
      expected: [["report", ["r2021", "none"]]],
    },
    {
      name: "other types keep the content order, whatever the year",
      items: [item("v1", "video", 2019), item("v2", "video", 2023), item("v3", "video")],
      expected: [["video", ["v1", "v2", "v3"]]],
    },
    { name: "no items: no groups", items: [], expected: [] },
  ])("$name", ({ items, expected }) => {
    expect(groupLibrary(items).map((group) => [group.type, group.items.map((entry) => entry.id)])).toEqual(
      expected,
    );
  });

  it("does not change its input", () => {
    const items = [item("old", "report", 2020), item("new", "report", 2024)];
    groupLibrary(items);
    expect(items.map((entry) => entry.id)).toEqual(["old", "new"]);
  });
});

describe("compareReports", () => {
  it.each([
    [2024, 2020, -1],
    [2020, 2024, 1],
    [undefined, 2020, 1],
    [2020, undefined, -1],
  ])("year %s against %s", (a, b, sign) => {
    expect(Math.sign(compareReports(item("a", "report", a), item("b", "report", b)))).toBe(sign);
  });
});

describe("checkLibrary", () => {
  it.each([
    { name: "valid", items: [item("a", "tool")], problems: 0 },
    { name: "duplicate id", items: [item("a", "tool"), item("a", "report", 2020)], problems: 1 },
    { name: "unknown type", items: [{ ...item("a", "tool"), type: "blog" }], problems: 1 },
    { name: "no audience", items: [{ ...item("a", "tool"), audience: [] }], problems: 1 },
    {
      name: "summary missing in English",
      items: [{ ...item("a", "tool"), summary: { nl: "Tekst." } }],
      problems: 1,
    },
  ])("$name: $problems problem(s)", ({ items, problems }) => {
    expect(checkLibrary(items)).toHaveLength(problems);
  });
});

describe("library content (content/library.ts)", () => {
  it("is valid and has unique ids", () => {
    expect(checkLibrary(libraryItems)).toEqual([]);
  });

  it("has at least one item of every type", () => {
    expect(groupLibrary(libraryItems).map((group) => group.type)).toEqual([...libraryItemTypes]);
  });

  it("has no links: the source gives none we can check", () => {
    expect(JSON.stringify(libraryItems)).not.toMatch(/https?:\/\/|www\./);
  });

  it("gives every report a year", () => {
    expect(libraryItems.filter((entry) => entry.type === "report" && entry.year === undefined)).toEqual([]);
  });
});
