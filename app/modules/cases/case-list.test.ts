import { describe, expect, it } from "vitest";
import {
  addDays,
  caseListQuery,
  dueWindow,
  likePattern,
  parseCaseListFilters,
  type CaseListFilters,
} from "./case-list";

const owner = "0b7d3c1e-5a3f-4c1b-9d2e-7f6a5b4c3d2e";
const defaults: CaseListFilters = { tab: "open", sort: "changed", page: 1 };

describe("parseCaseListFilters", () => {
  it.each<[query: string, filters: CaseListFilters, invalid: string[]]>([
    ["", defaults, []],
    ["tab=open", defaults, []],
    ["tab=wacht", { ...defaults, tab: "closing" }, []],
    ["tab=gesloten&pagina=2", { ...defaults, tab: "closed", page: 2 }, []],
    ["tab=GESLOTEN", { ...defaults, tab: "closed" }, []],
    ["tab=closed", defaults, ["tab"]],
    ["zoek=%20%20Vos%20%2012%20", { ...defaults, search: "Vos 12" }, []],
    ["zoek=", defaults, []],
    [`zoek=${"a".repeat(81)}`, defaults, ["search"]],
    [`zoek=${"a".repeat(80)}`, { ...defaults, search: "a".repeat(80) }, []],
    ["stap=3", { ...defaults, step: "3" }, []],
    ["stap=klaar", { ...defaults, step: "done" }, []],
    ["stap=6", defaults, ["step"]],
    ["stap=0", defaults, ["step"]],
    ["vorm=seksueel", { ...defaults, form: "seksueel" }, []],
    ["vorm=crimineel", { ...defaults, form: "crimineel" }, []],
    ["vorm=Seksueel", defaults, ["form"]],
    ["vorm=%3Cscript%3E", defaults, ["form"]],
    [`eigenaar=${owner}`, { ...defaults, owner }, []],
    [`eigenaar=${owner.toUpperCase()}`, { ...defaults, owner }, []],
    ["eigenaar=1%20or%201%3D1", defaults, ["owner"]],
    ["termijn=nu", { ...defaults, due: "now" }, []],
    ["termijn=week", { ...defaults, due: "week" }, []],
    ["termijn=later", { ...defaults, due: "later" }, []],
    ["termijn=geen", { ...defaults, due: "none" }, []],
    ["termijn=gisteren", defaults, ["due"]],
    ["sorteer=schuilnaam", { ...defaults, sort: "pseudonym" }, []],
    ["sorteer=termijn", { ...defaults, sort: "due" }, []],
    ["sorteer=stap", { ...defaults, sort: "step" }, []],
    ["sorteer=geopend", { ...defaults, sort: "opened" }, []],
    ["sorteer=id;drop", defaults, ["sort"]],
    ["pagina=100000", { ...defaults, page: 100_000 }, []],
    ["pagina=100001", defaults, ["page"]],
    ["pagina=0", defaults, ["page"]],
    ["pagina=-1", defaults, ["page"]],
    ["pagina=1.5", defaults, ["page"]],
    ["pagina=1e3", defaults, ["page"]],
    ["pagina=abc", defaults, ["page"]],
    [
      "tab=x&stap=x&vorm=x&eigenaar=x&termijn=x&sorteer=x&pagina=x",
      defaults,
      ["tab", "sort", "step", "due", "form", "owner", "page"],
    ],
    [
      `tab=wacht&zoek=vos&stap=2&vorm=arbeid&eigenaar=${owner}&termijn=week&sorteer=termijn&pagina=3`,
      {
        tab: "closing",
        search: "vos",
        step: "2",
        form: "arbeid",
        owner,
        due: "week",
        sort: "due",
        page: 3,
      },
      [],
    ],
  ])("%s", (query, filters, invalid) => {
    const parsed = parseCaseListFilters(new URLSearchParams(query));
    expect(parsed.filters).toEqual(filters);
    expect([...parsed.invalid].sort()).toEqual([...invalid].sort());
  });

  it("reads back what caseListQuery writes, and leaves the defaults out", () => {
    const filters: CaseListFilters = {
      tab: "closed",
      search: "Vos 12%",
      step: "done",
      form: "seksueel",
      owner,
      due: "none",
      sort: "pseudonym",
      page: 4,
    };
    expect(parseCaseListFilters(new URLSearchParams(caseListQuery(filters)))).toEqual({
      filters,
      invalid: [],
    });
    expect(caseListQuery(defaults)).toBe("");
    expect(caseListQuery({ ...defaults, tab: "closed", search: "vos" })).toBe("tab=gesloten&zoek=vos");
  });
});

describe("due dates and search patterns", () => {
  it.each([
    ["2026-12-30", 7, "2027-01-06"],
    ["2028-02-25", 7, "2028-03-03"],
    ["2026-03-01", -1, "2026-02-28"],
  ])("%s plus %i days is %s", (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it.each([
    ["now", { to: "2026-12-03" }],
    ["week", { after: "2026-12-03", to: "2026-12-10" }],
    ["later", { after: "2026-12-10" }],
    ["none", { none: true }],
  ] as const)("due %s", (due, window) => {
    expect(dueWindow(due, "2026-12-03")).toEqual(window);
  });

  it.each([
    ["vos", "%vos%"],
    ["50%", "%50\\%%"],
    ["a_b", "%a\\_b%"],
    ["a\\b", "%a\\\\b%"],
  ])("searching %s matches the pattern %s", (search, pattern) => {
    expect(likePattern(search)).toBe(pattern);
  });
});
