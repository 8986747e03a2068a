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

export type ContactKind = "phone" | "email";

/** Per kind of contact: how many the form offers, and the field of its value ("phone-0-number"). */
export const contactFields = {
  phone: { slots: formSlots.phones, value: "number" },
  email: { slots: formSlots.emails, value: "address" },
} as const satisfies Record<ContactKind, { slots: number; value: string }>;

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

/** A text field, trimmed; longer than `max` gives a message. */
function optionalText(values: FormValues, name: string, errors: FieldErrors, max = 2000): string {
  const value = values.get(name).trim();
  if (value.length > max) errors[name] = `Gebruik hoogstens ${max} tekens.`;
  return value;
}

function requiredText(
  values: FormValues,
  name: string,
  errors: FieldErrors,
  message: string,
  max = 2000,
): string {
  const value = optionalText(values, name, errors, max);
  if (value === "") errors[name] = message;
  return value;
}

/** Dutch, and English where given (the Dutch otherwise). */
function inBothLanguages(nl: string, en: string): { nl: string; en: string } {
  return { nl, en: en || nl };
}

/** The description, required in Dutch and optional in English (both forms have it). */
function readDescription(values: FormValues, errors: FieldErrors): { nl: string; en: string } {
  const nl = requiredText(values, "description", errors, "Vul een beschrijving in.");
  const en = optionalText(values, "descriptionEn", errors);
  return inBothLanguages(nl, en);
}

function optionalLabel(values: FormValues, prefix: string, errors: FieldErrors) {
  const nl = optionalText(values, `${prefix}-label`, errors, 200);
  const en = optionalText(values, `${prefix}-labelEn`, errors, 200);
  if (nl === "" && en !== "") errors[`${prefix}-label`] = "Vul ook de Nederlandse omschrijving in.";
  return nl ? inBothLanguages(nl, en) : undefined;
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

interface ContactSlot {
  prefix: string;
  value: string;
  label: { nl: string; en: string } | undefined;
  /** Only when there are any. */
  schedules?: Schedule[];
}

/**
 * The phone or e-mail slots that are filled in (a value, a description or,
 * with `withHours`, opening hours), in the order of the form.
 */
function readContacts(
  values: FormValues,
  kind: ContactKind,
  errors: FieldErrors,
  withHours: boolean,
): ContactSlot[] {
  const fields = contactFields[kind];
  const check = kind === "phone" ? checkPhoneNumber : checkEmailAddress;
  const contacts: ContactSlot[] = [];
  for (let index = 0; index < fields.slots; index += 1) {
    const prefix = `${kind}-${index}`;
    const value = values.get(`${prefix}-${fields.value}`).trim();
    const label = optionalLabel(values, prefix, errors);
    if (value === "" && !label && !(withHours && hasHours(values, prefix))) continue;
    const problem = check(value);
    if (problem) errors[`${prefix}-${fields.value}`] = problem;
    const schedules = withHours ? readHours(values, prefix, errors) : [];
    contacts.push({ prefix, value, label, ...(schedules.length > 0 ? { schedules } : {}) });
  }
  return contacts;
}

function readPhones(values: FormValues, errors: FieldErrors, withHours: boolean): Phone[] {
  return readContacts(values, "phone", errors, withHours).map(({ prefix, value, label, schedules }) => ({
    number: value,
    label,
    free: values.get(`${prefix}-free`) === "yes",
    ...(schedules ? { schedules } : {}),
  }));
}

function readEmails(values: FormValues, errors: FieldErrors, withHours: boolean): Email[] {
  return readContacts(values, "email", errors, withHours).map(({ value, label, schedules }) => ({
    address: value,
    label,
    ...(schedules ? { schedules } : {}),
  }));
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
  const nameEn = values.get("nameEn").trim().slice(0, 200);
  const description = readDescription(values, errors);
  const status = values.get("status");
  if (!(editableStatuses as readonly string[]).includes(status)) errors.status = "Kies een status.";
  const eligibility = optionalText(values, "eligibility", errors);

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
      name: inBothLanguages(name, nameEn),
      description,
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
  const alternateName = optionalText(values, "alternateName", errors, 200);
  const description = readDescription(values, errors);
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
      description,
      website: values.get("website").trim() || undefined,
      phones,
      emails,
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
