import { z } from "zod";
import {
  dateSchema,
  phoneNumberSchema,
  taxonomyIds,
  type Area,
  type Email,
  type Phone,
  type Schedule,
  type TaxonomyId,
} from "./directory-content";
import { checkHoursRow, parseAreaLines } from "./free-text";
import { alwaysOpen } from "./opening-hours";
import { normalisePlaceName, type RegionData } from "./regions";
import type { ServiceStatus } from "./tables";

/**
 * The editor's forms for the Wegwijzer (/beheer/wegwijzer): reading a posted
 * form into a service or organisation, with a Dutch message per field. The
 * same small validators read the values of public suggestions ("Klopt dit
 * niet?"), so a suggestion is applied only when the form would accept it.
 * Times and places typed in the form are read by ./free-text; what the form
 * shows is built in ./editor-model. Pure: no I/O (places are looked up in the
 * region data passed in).
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
