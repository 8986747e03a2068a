import { z } from "zod";
import {
  dateSchema,
  phoneNumberSchema,
  taxonomyIds,
  weekdays,
  type Area,
  type Email,
  type Phone,
  type Schedule,
  type TaxonomyId,
  type Weekday,
} from "./directory-content";
import { alwaysOpen, isAlwaysOpen } from "./opening-hours";
import type { ServiceStatus } from "./tables";
import { normalisePlaceName, resolvePlace, type RegionData } from "./regions";

/**
 * The editor's forms for the Wegwijzer (/beheer/wegwijzer): reading a posted
 * form into a service or organisation, with a Dutch message per field. The
 * same small validators read the values of public suggestions ("Klopt dit
 * niet?"), so a suggestion is applied only when the form would accept it.
 * Pure: no I/O (places are looked up in the region data passed in).
 */

/** Field id → Dutch message, in the order of the form. */
export type FieldErrors = Record<string, string>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** How many phone numbers, e-mail addresses and opening-hour rows the form offers. */
export const formSlots = { phones: 4, emails: 3, hours: 4 } as const;

export const editableStatuses = ["active", "inactive", "temporarily closed", "defunct"] as const;

// ---------------------------------------------------------------- small validators

export function checkPhoneNumber(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return "Vul een telefoonnummer in.";
  if (!phoneNumberSchema.safeParse(trimmed).success || trimmed.replace(/[^0-9]/g, "").length < 3) {
    return "Gebruik alleen cijfers, spaties en streepjes, zoals 088-208 00 00.";
  }
  return null;
}

export function checkEmailAddress(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return "Vul een e-mailadres in.";
  if (trimmed.length > 200 || !z.email().safeParse(trimmed).success) {
    return "Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.";
  }
  return null;
}

export function checkWebAddress(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (trimmed.length > 500 || !z.url({ protocol: /^https?$/ }).safeParse(trimmed).success) {
    return "Vul een webadres in dat begint met https://.";
  }
  return null;
}

/** A whole age in years (0–120), or an empty field. */
export function parseAge(
  value: string,
): { ok: true; age: number | undefined } | { ok: false; error: string } {
  const trimmed = value.trim();
  if (trimmed === "") return { ok: true, age: undefined };
  if (!/^[0-9]{1,3}$/.test(trimmed) || Number(trimmed) > 120) {
    return { ok: false, error: "Vul een leeftijd in hele jaren in, van 0 tot en met 120." };
  }
  return { ok: true, age: Number(trimmed) };
}

export const ageOrderError = "De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.";

const timePattern = /^([01]?[0-9]|2[0-3])[:.]([0-5][0-9])$/;

/** "9:00", "09.00" → "09:00"; null when it is not a time of day. */
export function normaliseTime(value: string): string | null {
  const match = timePattern.exec(value.trim());
  if (!match) return null;
  return `${match[1]!.padStart(2, "0")}:${match[2]}`;
}

/** One opening-hours row of the form: days ticked, opening and closing time. */
export function checkHoursRow(
  days: readonly string[],
  opens: string,
  closes: string,
): { ok: true; schedule: Schedule | null } | { ok: false; error: string } {
  const empty = days.length === 0 && opens.trim() === "" && closes.trim() === "";
  if (empty) return { ok: true, schedule: null };
  const byday = weekdays.filter((day) => days.includes(day));
  if (byday.length === 0) return { ok: false, error: "Kies minstens één dag." };
  const opensAt = normaliseTime(opens);
  const closesAt = normaliseTime(closes);
  if (!opensAt || !closesAt) return { ok: false, error: "Vul de tijden in als UU:MM, zoals 09:00 en 17:00." };
  if (opensAt >= closesAt) return { ok: false, error: "De sluitingstijd moet na de openingstijd liggen." };
  return { ok: true, schedule: { byday, opensAt, closesAt } };
}

// ---------------------------------------------------------------- places

/** How an area is written in the form, so that reading it back gives the same area. */
export function areaLine(area: Area, data: RegionData): string {
  if (area.kind === "national") return "heel Nederland";
  if (area.kind === "province") {
    const province = data.provinces.find((item) => item.code === area.code);
    return province ? `provincie ${province.name}` : area.code;
  }
  if (area.kind === "municipality") {
    const municipality = data.municipalities.find((item) => item.code === area.code);
    if (!municipality) return area.code;
    const resolved = resolvePlace(municipality.name, data);
    return resolved.kind === "municipality" && resolved.municipality.code === area.code
      ? municipality.name
      : `${municipality.name} (${municipality.code})`;
  }
  const region = data.regions.find((item) => item.id === area.id);
  return region ? region.name : area.id;
}

const nationalNames = new Set(["heel nederland", "landelijk", "nederland", "nationaal"]);

/**
 * Reads one place as an editor or a visitor writes it: "heel Nederland",
 * a municipality, province or named region (with the Wegwijzer's place
 * interpretation: other spellings, codes, accents), or "Bergen (GM0373)".
 */
export function parseAreaLine(
  line: string,
  data: RegionData,
): { ok: true; area: Area } | { ok: false; error: string } {
  const key = normalisePlaceName(line);
  if (nationalNames.has(key)) return { ok: true, area: { kind: "national" } };
  const withCode = /\((GM[0-9]{4}|PV[0-9]{2})\)\s*$/i.exec(line.trim());
  const resolved = resolvePlace(withCode ? withCode[1]! : line, data);
  switch (resolved.kind) {
    case "municipality":
      return { ok: true, area: { kind: "municipality", code: resolved.municipality.code } };
    case "province":
      return { ok: true, area: { kind: "province", code: resolved.province.code } };
    case "region":
      return { ok: true, area: { kind: "region", id: resolved.region.id } };
    case "ambiguous":
      return {
        ok: false,
        error: `Er zijn meer plaatsen met de naam '${line.trim()}'. Schrijf er de code achter: ${resolved.options
          .map((option) => `${option.name} (${option.code})`)
          .join(" of ")}.`,
      };
    default:
      return {
        ok: false,
        error:
          resolved.suggestions.length > 0
            ? `We kennen '${line.trim()}' niet. Bedoel je ${resolved.suggestions.map((option) => option.name).join(", ")}?`
            : `We kennen '${line.trim()}' niet als gemeente, provincie of regio.`,
      };
  }
}

/** The form's area field: one place per line. At least one, no doubles. */
export function parseAreaLines(
  text: string,
  data: RegionData,
): { ok: true; areas: Area[] } | { ok: false; error: string } {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length === 0) return { ok: false, error: "Vul minstens één werkgebied in, of 'heel Nederland'." };
  const areas: Area[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const parsed = parseAreaLine(line, data);
    if (!parsed.ok) {
      problems.push(parsed.error);
      continue;
    }
    const key = JSON.stringify(parsed.area);
    if (!seen.has(key)) areas.push(parsed.area);
    seen.add(key);
  }
  if (problems.length > 0) return { ok: false, error: problems.join(" ") };
  // "Heel Nederland" next to places says nothing more: keep the places out.
  if (areas.some((area) => area.kind === "national")) return { ok: true, areas: [{ kind: "national" }] };
  return { ok: true, areas };
}

// ---------------------------------------------------------------- suggestions in words

// A Map, not a plain object: a word like "constructor" must find nothing.
const dayWords = new Map<string, Weekday>(
  Object.entries({
    ma: "MO",
    maandag: "MO",
    di: "TU",
    dinsdag: "TU",
    wo: "WE",
    woensdag: "WE",
    do: "TH",
    donderdag: "TH",
    vr: "FR",
    vrijdag: "FR",
    za: "SA",
    zaterdag: "SA",
    zo: "SU",
    zondag: "SU",
  }),
);

function daysFromWords(text: string): Weekday[] | null {
  const words = text
    .toLowerCase()
    .replace(/t\/m|tot en met|tm/g, " - ")
    .replace(/[,&+]|\ben\b/g, " ")
    .replace(/-/g, " - ")
    .split(/\s+/)
    .filter((word) => word !== "" && word !== "op" && word !== "van");
  if (words.length === 1 && (words[0] === "dagelijks" || words[0] === "elke")) return [...weekdays];
  if (words.join(" ") === "elke dag" || words.join(" ") === "alle dagen") return [...weekdays];
  const days = new Set<Weekday>();
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word === "werkdagen" || word === "doordeweeks") {
      for (const day of weekdays.slice(0, 5)) days.add(day);
      continue;
    }
    if (word === "weekend") {
      days.add("SA");
      days.add("SU");
      continue;
    }
    if (word === "-") {
      const from = dayWords.get(words[index - 1] ?? "");
      const to = dayWords.get(words[index + 1] ?? "");
      if (!from || !to) return null;
      const start = weekdays.indexOf(from);
      const end = weekdays.indexOf(to);
      if (end < start) return null;
      for (const day of weekdays.slice(start, end + 1)) days.add(day);
      index += 1;
      continue;
    }
    const day = dayWords.get(word);
    if (!day) return null;
    days.add(day);
  }
  return days.size > 0 ? weekdays.filter((day) => days.has(day)) : null;
}

/**
 * Opening hours in words, as a visitor suggests them: "24/7", "dag en
 * nacht", "ma t/m vr 9-17", "di en do 9:00-12:00", several parts separated
 * by ";" or a new line. Null when it cannot be read without guessing.
 */
export function parseOpeningHoursText(text: string): Schedule[] | null {
  const key = text.trim().toLowerCase().replace(/\.$/, "");
  if (["24/7", "24 uur per dag", "dag en nacht", "altijd", "altijd open", "24/7 open"].includes(key)) {
    return [alwaysOpen];
  }
  const parts = key
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const schedules: Schedule[] = [];
  for (const part of parts) {
    const match =
      /^(.*?)\s*(?:van\s+)?([0-9]{1,2}(?:[:.][0-9]{2})?)\s*(?:-|–|tot)\s*([0-9]{1,2}(?:[:.][0-9]{2})?)\s*(?:uur)?$/.exec(
        part,
      );
    if (!match) return null;
    const days = daysFromWords(match[1]!.replace(/[:,]\s*$/, ""));
    const time = (value: string) => (value.includes(":") || value.includes(".") ? value : `${value}:00`);
    if (!days) return null;
    const row = checkHoursRow(days, time(match[2]!), time(match[3]!));
    if (!row.ok || !row.schedule) return null;
    schedules.push(row.schedule);
  }
  return schedules;
}

export interface AgeRange {
  minimumAge: number | undefined;
  maximumAge: number | undefined;
  maximumAgeInclusive: boolean;
}

/**
 * An age range in words: "12-23", "12 tot en met 23 jaar", "12 tot 18"
 * (18 not included), "vanaf 16", "tot 18", "t/m 23", "alle leeftijden".
 * Null when it cannot be read or breaks the form's rules (0–120, min ≤ max).
 */
export function parseAgeText(text: string): AgeRange | null {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\bjaar\b|\boud\b|\.$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (key === "alle leeftijden" || key === "geen leeftijdsgrens") {
    return { minimumAge: undefined, maximumAge: undefined, maximumAgeInclusive: true };
  }
  const range = /^(?:van )?([0-9]{1,3}) ?(?:-|–|t\/m|tot en met|tot) ?([0-9]{1,3})$/.exec(key);
  const from = /^(?:vanaf|van) ([0-9]{1,3})$/.exec(key) ?? /^([0-9]{1,3}) ?(?:\+|en ouder)$/.exec(key);
  const upTo = /^(t\/m|tot en met|tot) ([0-9]{1,3})$/.exec(key);
  let result: AgeRange;
  if (range) {
    result = {
      minimumAge: Number(range[1]),
      maximumAge: Number(range[2]),
      maximumAgeInclusive: !/tot/.test(key) || /tot en met/.test(key),
    };
  } else if (from) {
    result = { minimumAge: Number(from[1]), maximumAge: undefined, maximumAgeInclusive: true };
  } else if (upTo) {
    result = { minimumAge: undefined, maximumAge: Number(upTo[2]), maximumAgeInclusive: upTo[1] !== "tot" };
  } else {
    return null;
  }
  const ages = [result.minimumAge, result.maximumAge].filter((age) => age !== undefined);
  if (ages.some((age) => age > 120)) return null;
  if (
    result.minimumAge !== undefined &&
    result.maximumAge !== undefined &&
    result.minimumAge > result.maximumAge
  )
    return null;
  return result;
}

/** Places in words, as a visitor suggests them: one place, or several separated by commas, ";" or "en". */
export function parseAreaText(text: string, data: RegionData): Area[] | null {
  const whole = parseAreaLines(text.replace(/\r?\n/g, " "), data);
  if (whole.ok) return whole.areas;
  const parts = text
    .split(/\r?\n|;|,|\sen\s/)
    .map((part) => part.trim())
    .filter(Boolean);
  const split = parseAreaLines(parts.join("\n"), data);
  return split.ok ? split.areas : null;
}

// ---------------------------------------------------------------- the forms

/** A posted form as name → values (FormData.getAll for each name). */
export interface FormValues {
  get(name: string): string;
  getAll(name: string): string[];
}

export function formValues(form: FormData): FormValues {
  return {
    get: (name) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    },
    getAll: (name) => form.getAll(name).filter((value): value is string => typeof value === "string"),
  };
}

export interface ServiceEdit {
  organisationId: string;
  name: { nl: string; en: string };
  description: { nl: string; en: string };
  status: ServiceStatus;
  eligibilityDescription?: string | undefined;
  minimumAge?: number | undefined;
  maximumAge?: number | undefined;
  maximumAgeInclusive: boolean;
  url?: string | undefined;
  assuredDate: string;
  terms: Record<TaxonomyId, string[]>;
  areas: Area[];
  phones: Phone[];
  emails: Email[];
}

function requiredText(
  values: FormValues,
  name: string,
  errors: FieldErrors,
  message: string,
  max = 2000,
): string {
  const value = values.get(name).trim();
  if (value === "") errors[name] = message;
  else if (value.length > max) errors[name] = `Gebruik hoogstens ${max} tekens.`;
  return value;
}

function optionalLabel(values: FormValues, prefix: string, errors: FieldErrors) {
  const nl = values.get(`${prefix}-label`).trim();
  const en = values.get(`${prefix}-labelEn`).trim();
  if (nl.length > 200) errors[`${prefix}-label`] = "Gebruik hoogstens 200 tekens.";
  if (en.length > 200) errors[`${prefix}-labelEn`] = "Gebruik hoogstens 200 tekens.";
  if (nl === "" && en !== "") errors[`${prefix}-label`] = "Vul ook de Nederlandse omschrijving in.";
  return nl ? { nl, en: en || nl } : undefined;
}

/** The opening hours of one phone or e-mail address: 24/7, or rows of days and times. */
function readHours(values: FormValues, prefix: string, errors: FieldErrors): Schedule[] {
  if (values.get(`${prefix}-always`) === "yes") return [alwaysOpen];
  const schedules: Schedule[] = [];
  for (let index = 0; index < formSlots.hours; index += 1) {
    const row = `${prefix}-hours-${index}`;
    const checked = checkHoursRow(
      values.getAll(`${row}-days`),
      values.get(`${row}-opens`),
      values.get(`${row}-closes`),
    );
    if (!checked.ok) errors[`${row}-days`] = checked.error;
    else if (checked.schedule) schedules.push(checked.schedule);
  }
  return schedules;
}

function hasHours(values: FormValues, prefix: string): boolean {
  if (values.get(`${prefix}-always`) === "yes") return true;
  return Array.from({ length: formSlots.hours }, (_, index) => `${prefix}-hours-${index}`).some(
    (row) => values.getAll(`${row}-days`).length > 0 || values.get(`${row}-opens`).trim() !== "",
  );
}

function readPhones(values: FormValues, errors: FieldErrors, withHours: boolean): Phone[] {
  const phones: Phone[] = [];
  for (let index = 0; index < formSlots.phones; index += 1) {
    const prefix = `phone-${index}`;
    const number = values.get(`${prefix}-number`).trim();
    const label = optionalLabel(values, prefix, errors);
    if (number === "" && !label && !(withHours && hasHours(values, prefix))) continue;
    const problem = checkPhoneNumber(number);
    if (problem) errors[`${prefix}-number`] = problem;
    const schedules = withHours ? readHours(values, prefix, errors) : [];
    phones.push({
      number,
      label,
      free: values.get(`${prefix}-free`) === "yes",
      ...(schedules.length > 0 ? { schedules } : {}),
    });
  }
  return phones;
}

function readEmails(values: FormValues, errors: FieldErrors, withHours: boolean): Email[] {
  const emails: Email[] = [];
  for (let index = 0; index < formSlots.emails; index += 1) {
    const prefix = `email-${index}`;
    const address = values.get(`${prefix}-address`).trim();
    const label = optionalLabel(values, prefix, errors);
    if (address === "" && !label && !(withHours && hasHours(values, prefix))) continue;
    const problem = checkEmailAddress(address);
    if (problem) errors[`${prefix}-address`] = problem;
    const schedules = withHours ? readHours(values, prefix, errors) : [];
    emails.push({ address, label, ...(schedules.length > 0 ? { schedules } : {}) });
  }
  return emails;
}

/**
 * Reads the service form. `termCodes` are the known codes per taxonomy,
 * `organisationIds` the organisations a new service may belong to.
 */
export function parseServiceForm(
  values: FormValues,
  context: {
    regions: RegionData;
    termCodes: Readonly<Record<TaxonomyId, readonly string[]>>;
    organisationIds: ReadonlySet<string>;
  },
): ParseResult<ServiceEdit> {
  const errors: FieldErrors = {};
  const organisationId = values.get("organisationId");
  if (!context.organisationIds.has(organisationId)) errors.organisationId = "Kies de organisatie.";
  const name = requiredText(values, "name", errors, "Vul de naam in.", 200);
  const nameEn = values.get("nameEn").trim().slice(0, 200) || name;
  const description = requiredText(values, "description", errors, "Vul een beschrijving in.");
  const descriptionEn = values.get("descriptionEn").trim();
  if (descriptionEn.length > 2000) errors.descriptionEn = "Gebruik hoogstens 2000 tekens.";
  const status = values.get("status");
  if (!(editableStatuses as readonly string[]).includes(status)) errors.status = "Kies een status.";
  const eligibility = values.get("eligibility").trim();
  if (eligibility.length > 2000) errors.eligibility = "Gebruik hoogstens 2000 tekens.";

  const minimum = parseAge(values.get("minimumAge"));
  const maximum = parseAge(values.get("maximumAge"));
  if (!minimum.ok) errors.minimumAge = minimum.error;
  if (!maximum.ok) errors.maximumAge = maximum.error;
  if (
    minimum.ok &&
    maximum.ok &&
    minimum.age !== undefined &&
    maximum.age !== undefined &&
    minimum.age > maximum.age
  ) {
    errors.minimumAge = ageOrderError;
  }
  const urlProblem = checkWebAddress(values.get("url"));
  if (urlProblem) errors.url = urlProblem;
  const assuredDate = values.get("assuredDate").trim();
  if (!dateSchema.safeParse(assuredDate).success) {
    errors.assuredDate = "Vul een datum in als JJJJ-MM-DD, zoals 2026-11-29.";
  }

  const terms = {} as Record<TaxonomyId, string[]>;
  const termMessages: Record<TaxonomyId, string> = {
    hulpsoort: "Kies minstens één soort hulp.",
    uitbuitingsvorm: "Kies minstens één vorm van uitbuiting.",
    doelgroep: "Kies minstens één doelgroep.",
    toegang: "Kies minstens één manier van toegang.",
  };
  for (const taxonomy of taxonomyIds) {
    const known = context.termCodes[taxonomy];
    const chosen = [...new Set(values.getAll(`term-${taxonomy}`))];
    if (chosen.length === 0 || chosen.some((code) => !known.includes(code))) {
      errors[`term-${taxonomy}`] = termMessages[taxonomy];
    }
    terms[taxonomy] = known.filter((code) => chosen.includes(code));
  }

  const national = values.get("national") === "yes";
  const areas: ReturnType<typeof parseAreaLines> = national
    ? { ok: true, areas: [{ kind: "national" }] }
    : values.get("areas").trim() === ""
      ? { ok: false, error: "Kies heel Nederland, of vul minstens één gemeente, provincie of regio in." }
      : parseAreaLines(values.get("areas"), context.regions);
  if (!areas.ok) errors.areas = areas.error;

  const phones = readPhones(values, errors, true);
  const emails = readEmails(values, errors, true);

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      organisationId,
      name: { nl: name, en: nameEn },
      description: { nl: description, en: descriptionEn || description },
      status: status as ServiceStatus,
      eligibilityDescription: eligibility || undefined,
      minimumAge: minimum.ok ? minimum.age : undefined,
      maximumAge: maximum.ok ? maximum.age : undefined,
      maximumAgeInclusive: values.get("maximumAgeInclusive") !== "no",
      url: values.get("url").trim() || undefined,
      assuredDate,
      terms,
      areas: areas.ok ? areas.areas : [],
      phones,
      emails,
    },
  };
}

export interface OrganisationEdit {
  name: string;
  alternateName?: string | undefined;
  description: { nl: string; en: string };
  website?: string | undefined;
  phones: Phone[];
  emails: Email[];
}

export function parseOrganisationForm(values: FormValues): ParseResult<OrganisationEdit> {
  const errors: FieldErrors = {};
  const name = requiredText(values, "name", errors, "Vul de naam in.", 200);
  const alternateName = values.get("alternateName").trim();
  if (alternateName.length > 200) errors.alternateName = "Gebruik hoogstens 200 tekens.";
  const description = requiredText(values, "description", errors, "Vul een beschrijving in.");
  const descriptionEn = values.get("descriptionEn").trim();
  if (descriptionEn.length > 2000) errors.descriptionEn = "Gebruik hoogstens 2000 tekens.";
  const websiteProblem = checkWebAddress(values.get("website"));
  if (websiteProblem) errors.website = websiteProblem;
  const phones = readPhones(values, errors, false);
  const emails = readEmails(values, errors, false);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      alternateName: alternateName || undefined,
      description: { nl: description, en: descriptionEn || description },
      website: values.get("website").trim() || undefined,
      phones: phones.map(({ number, label, free }) => ({ number, label, free })),
      emails: emails.map(({ address, label }) => ({ address, label })),
    },
  };
}

/** A new record's id from its name: "Fier Leeuwarden" → "fier-leeuwarden", unique among `taken`. */
export function newId(name: string, taken: ReadonlySet<string>): string {
  const base =
    normalisePlaceName(name)
      .replace(/[^a-z0-9 ]/g, "")
      .trim()
      .replace(/\s+/g, "-")
      .slice(0, 70)
      .replace(/-+$/, "") || "nieuw";
  let id = base === "nieuw" ? "nieuw-1" : base;
  for (let counter = 2; taken.has(id); counter += 1) id = `${base}-${counter}`;
  return id;
}

// ---------------------------------------------------------------- what the form shows

export interface HoursRowModel {
  days: string[];
  opens: string;
  closes: string;
}

export interface ContactModel {
  value: string;
  label: string;
  labelEn: string;
  free: boolean;
  always: boolean;
  hours: HoursRowModel[];
}

export interface ServiceFormModel {
  organisationId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  status: string;
  eligibility: string;
  minimumAge: string;
  maximumAge: string;
  maximumAgeInclusive: boolean;
  url: string;
  assuredDate: string;
  terms: Record<TaxonomyId, string[]>;
  /** The service is offered in the whole country. */
  national: boolean;
  /** Otherwise its places, one per line. */
  areas: string;
  phones: ContactModel[];
  emails: ContactModel[];
}

function hoursModel(schedules: readonly Schedule[] = []): Pick<ContactModel, "always" | "hours"> {
  if (schedules.length === 1 && isAlwaysOpen(schedules[0]!)) return { always: true, hours: [] };
  return {
    always: false,
    hours: schedules.map((schedule) => ({
      days: [...schedule.byday],
      opens: schedule.opensAt,
      closes: schedule.closesAt,
    })),
  };
}

/** The form's values for a stored (or new) service. */
export function serviceFormModel(
  service: Pick<
    ServiceEdit,
    | "organisationId"
    | "name"
    | "description"
    | "status"
    | "eligibilityDescription"
    | "minimumAge"
    | "maximumAge"
    | "maximumAgeInclusive"
    | "url"
    | "assuredDate"
    | "terms"
    | "areas"
    | "phones"
    | "emails"
  >,
  regions: RegionData,
): ServiceFormModel {
  return {
    organisationId: service.organisationId,
    name: service.name.nl,
    nameEn: service.name.en === service.name.nl ? "" : service.name.en,
    description: service.description.nl,
    descriptionEn: service.description.en === service.description.nl ? "" : service.description.en,
    status: service.status,
    eligibility: service.eligibilityDescription ?? "",
    minimumAge: service.minimumAge === undefined ? "" : String(service.minimumAge),
    maximumAge: service.maximumAge === undefined ? "" : String(service.maximumAge),
    maximumAgeInclusive: service.maximumAgeInclusive,
    url: service.url ?? "",
    assuredDate: service.assuredDate,
    terms: service.terms,
    national: service.areas.some((area) => area.kind === "national"),
    areas: service.areas
      .filter((area) => area.kind !== "national")
      .map((area) => areaLine(area, regions))
      .join("\n"),
    phones: service.phones.map((phone) => ({
      value: phone.number,
      label: phone.label?.nl ?? "",
      labelEn: phone.label && phone.label.en !== phone.label.nl ? phone.label.en : "",
      free: phone.free ?? false,
      ...hoursModel(phone.schedules),
    })),
    emails: service.emails.map((email) => ({
      value: email.address,
      label: email.label?.nl ?? "",
      labelEn: email.label && email.label.en !== email.label.nl ? email.label.en : "",
      free: false,
      ...hoursModel(email.schedules),
    })),
  };
}

function contactModels(values: FormValues, kind: "phone" | "email"): ContactModel[] {
  const slots = kind === "phone" ? formSlots.phones : formSlots.emails;
  return Array.from({ length: slots }, (_, index) => {
    const prefix = `${kind}-${index}`;
    return {
      value: values.get(`${prefix}-${kind === "phone" ? "number" : "address"}`),
      label: values.get(`${prefix}-label`),
      labelEn: values.get(`${prefix}-labelEn`),
      free: values.get(`${prefix}-free`) === "yes",
      always: values.get(`${prefix}-always`) === "yes",
      hours: Array.from({ length: formSlots.hours }, (_, row) => ({
        days: values.getAll(`${prefix}-hours-${row}-days`),
        opens: values.get(`${prefix}-hours-${row}-opens`),
        closes: values.get(`${prefix}-hours-${row}-closes`),
      })),
    };
  });
}

/** The form's values as they were posted (shown again with the errors). */
export function postedServiceFormModel(values: FormValues): ServiceFormModel {
  return {
    organisationId: values.get("organisationId"),
    name: values.get("name"),
    nameEn: values.get("nameEn"),
    description: values.get("description"),
    descriptionEn: values.get("descriptionEn"),
    status: values.get("status"),
    eligibility: values.get("eligibility"),
    minimumAge: values.get("minimumAge"),
    maximumAge: values.get("maximumAge"),
    maximumAgeInclusive: values.get("maximumAgeInclusive") !== "no",
    url: values.get("url"),
    assuredDate: values.get("assuredDate"),
    terms: Object.fromEntries(
      taxonomyIds.map((taxonomy) => [taxonomy, values.getAll(`term-${taxonomy}`)]),
    ) as Record<TaxonomyId, string[]>,
    national: values.get("national") === "yes",
    areas: values.get("areas"),
    phones: contactModels(values, "phone"),
    emails: contactModels(values, "email"),
  };
}

export interface OrganisationFormModel {
  name: string;
  alternateName: string;
  description: string;
  descriptionEn: string;
  website: string;
  phones: ContactModel[];
  emails: ContactModel[];
}

export function organisationFormModel(organisation: OrganisationEdit): OrganisationFormModel {
  const service = serviceFormModel(
    {
      organisationId: "",
      name: { nl: "", en: "" },
      description: organisation.description,
      status: "active",
      eligibilityDescription: undefined,
      minimumAge: undefined,
      maximumAge: undefined,
      maximumAgeInclusive: true,
      url: undefined,
      assuredDate: "",
      terms: { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [] },
      areas: [],
      phones: organisation.phones,
      emails: organisation.emails,
    },
    { provinces: [], municipalities: [], regions: [] },
  );
  return {
    name: organisation.name,
    alternateName: organisation.alternateName ?? "",
    description: service.description,
    descriptionEn: service.descriptionEn,
    website: organisation.website ?? "",
    phones: service.phones,
    emails: service.emails,
  };
}

export function postedOrganisationFormModel(values: FormValues): OrganisationFormModel {
  return {
    name: values.get("name"),
    alternateName: values.get("alternateName"),
    description: values.get("description"),
    descriptionEn: values.get("descriptionEn"),
    website: values.get("website"),
    phones: contactModels(values, "phone"),
    emails: contactModels(values, "email"),
  };
}
