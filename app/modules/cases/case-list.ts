import { exploitationForms } from "./case-form";

/**
 * The case list's filters, read from the URL (pure). Every filter is a plain
 * query parameter with a Dutch name, so the list works with a GET form and
 * plain links, without JavaScript. A value that is not allowed is ignored
 * and named in `invalid`, so the page can say so; it never fails.
 */

/** The tabs: open cases, cases waiting for the safeguarding officer's approval to close, closed cases. */
export const caseListTabs = ["open", "closing", "closed"] as const;
export type CaseListTab = (typeof caseListTabs)[number];

/** "Which step": the first open step of the five, or every step done. */
export const caseListSteps = ["1", "2", "3", "4", "5", "done"] as const;
export type CaseListStep = (typeof caseListSteps)[number];

/** When the case's next open task is due, relative to today: disjoint groups. */
export const caseListDue = ["now", "week", "later", "none"] as const;
export type CaseListDue = (typeof caseListDue)[number];

export const caseListSorts = ["changed", "pseudonym", "due", "step", "opened"] as const;
export type CaseListSort = (typeof caseListSorts)[number];

export interface CaseListFilters {
  tab: CaseListTab;
  /** Part of the pseudonym, any case. */
  search?: string;
  step?: CaseListStep;
  /** An `uitbuitingsvorm` term code. */
  form?: string;
  /** The owner's user id. */
  owner?: string;
  due?: CaseListDue;
  sort: CaseListSort;
  page: number;
}

export type CaseListFilterName = "tab" | "search" | "step" | "form" | "owner" | "due" | "sort" | "page";

/** The URL words: parameter names and values are Dutch, the code's names English. */
export const caseListParams: Record<CaseListFilterName, string> = {
  tab: "tab",
  search: "zoek",
  step: "stap",
  form: "vorm",
  owner: "eigenaar",
  due: "termijn",
  sort: "sorteer",
  page: "pagina",
};

const tabWords: Record<CaseListTab, string> = { open: "open", closing: "wacht", closed: "gesloten" };
const stepWords: Record<CaseListStep, string> = {
  "1": "1",
  "2": "2",
  "3": "3",
  "4": "4",
  "5": "5",
  done: "klaar",
};
const dueWords: Record<CaseListDue, string> = { now: "nu", week: "week", later: "later", none: "geen" };
const sortWords: Record<CaseListSort, string> = {
  changed: "gewijzigd",
  pseudonym: "schuilnaam",
  due: "termijn",
  step: "stap",
  opened: "geopend",
};

/** The URL word of each value, for the form's options and the links. */
export const caseListWords = { tab: tabWords, step: stepWords, due: dueWords, sort: sortWords } as const;

/** The longest search text; a pseudonym is at most 40 characters, so this leaves room. */
export const searchMaxLength = 80;
export const maxPage = 100_000;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function fromWord<T extends string>(words: Record<T, string>, raw: string): T | undefined {
  return (Object.keys(words) as T[]).find((key) => words[key] === raw);
}

export function parseCaseListFilters(params: URLSearchParams): {
  filters: CaseListFilters;
  invalid: CaseListFilterName[];
} {
  const invalid: CaseListFilterName[] = [];
  const raw = (name: CaseListFilterName) => (params.get(caseListParams[name]) ?? "").trim();
  const pick = <T extends string>(name: CaseListFilterName, words: Record<T, string>): T | undefined => {
    const value = raw(name).toLowerCase();
    if (value === "") return undefined;
    const found = fromWord(words, value);
    if (found === undefined) invalid.push(name);
    return found;
  };

  const filters: CaseListFilters = {
    tab: pick("tab", tabWords) ?? "open",
    sort: pick("sort", sortWords) ?? "changed",
    page: 1,
  };

  const search = raw("search").replace(/\s+/g, " ");
  if (search.length > searchMaxLength) invalid.push("search");
  else if (search !== "") filters.search = search;

  const step = pick("step", stepWords);
  if (step) filters.step = step;
  const due = pick("due", dueWords);
  if (due) filters.due = due;

  const form = raw("form");
  if (form !== "") {
    if (exploitationForms.includes(form)) filters.form = form;
    else invalid.push("form");
  }

  const owner = raw("owner").toLowerCase();
  if (owner !== "") {
    if (uuid.test(owner)) filters.owner = owner;
    else invalid.push("owner");
  }

  const page = raw("page");
  if (page !== "") {
    const number = /^\d{1,6}$/.test(page) ? Number(page) : NaN;
    if (number >= 1 && number <= maxPage) filters.page = number;
    else invalid.push("page");
  }
  return { filters, invalid };
}

/**
 * The query string of a filter set (without `?`), leaving out defaults, so
 * links stay short: `tab=gesloten&zoek=vos&pagina=2`.
 */
export function caseListQuery(filters: CaseListFilters): string {
  const params = new URLSearchParams();
  if (filters.tab !== "open") params.set(caseListParams.tab, tabWords[filters.tab]);
  if (filters.search) params.set(caseListParams.search, filters.search);
  if (filters.step) params.set(caseListParams.step, stepWords[filters.step]);
  if (filters.form) params.set(caseListParams.form, filters.form);
  if (filters.owner) params.set(caseListParams.owner, filters.owner);
  if (filters.due) params.set(caseListParams.due, dueWords[filters.due]);
  if (filters.sort !== "changed") params.set(caseListParams.sort, sortWords[filters.sort]);
  if (filters.page !== 1) params.set(caseListParams.page, String(filters.page));
  return params.toString();
}

/** Adds whole days to a `YYYY-MM-DD` date (UTC calendar days). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The due-date window of a filter value on `today`: due on or before `to`, and after `after`. */
export function dueWindow(due: CaseListDue, today: string): { after?: string; to?: string; none?: true } {
  const inAWeek = addDays(today, 7);
  switch (due) {
    case "now":
      return { to: today };
    case "week":
      return { after: today, to: inAWeek };
    case "later":
      return { after: inAWeek };
    case "none":
      return { none: true };
  }
}

/** Escapes `%`, `_` and `\` for a LIKE pattern (with the default escape character `\`). */
export function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
