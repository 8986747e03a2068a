import { municipalities, provinces } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import type { MessageKey } from "../../i18n";
import { resolvePlace } from "../directory/regions";
import { checkPseudonym, type PseudonymWarning } from "./pseudonym";
import { caseSettings, genders, lvbValues, type CaseSetting, type Gender, type Lvb } from "./tables";

/**
 * Reads and checks the case form (pure): pseudonym (no BSN; a name, e-mail
 * or phone number needs the confirmation box), birth year (not in the
 * future, a young person or young adult), gender, LVB, municipality (any way
 * people write it: "Den Haag", "'s-Hertogenbosch"), forms of exploitation,
 * where the exploitation happens (at home, outside it, unknown: empty is unknown).
 */
export const exploitationForms: readonly string[] =
  taxonomies.find((taxonomy) => taxonomy.id === "uitbuitingsvorm")?.terms.map((term) => term.code) ?? [];

/** Oldest age a case can start at: young adults up to 27 (LVB care goes on after 18), with margin. */
export const oldestAge = 30;

export interface CaseFormValues {
  pseudonym: string;
  birthYear: string;
  gender: string;
  lvb: string;
  municipality: string;
  forms: string[];
  setting: string;
}

export interface CaseFormFields {
  pseudonym: string;
  birthYear: number;
  gender: Gender;
  lvb: Lvb;
  municipalityCode: string | null;
  exploitationForms: string[];
  setting: CaseSetting;
}

export type CaseFormField =
  "pseudonym" | "birthYear" | "gender" | "lvb" | "municipality" | "forms" | "setting";

export interface FieldError {
  field: CaseFormField;
  message: MessageKey;
  params?: Record<string, string | number>;
}

export type CaseFormResult =
  | { ok: true; fields: CaseFormFields }
  | { ok: false; errors: FieldError[]; warnings: PseudonymWarning[]; values: CaseFormValues };

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

export function caseFormValues(form: FormData): CaseFormValues {
  return {
    pseudonym: text(form, "pseudonym"),
    birthYear: text(form, "birthYear"),
    gender: text(form, "gender"),
    lvb: text(form, "lvb"),
    municipality: text(form, "municipality"),
    forms: form.getAll("forms").filter((value): value is string => typeof value === "string"),
    setting: text(form, "setting"),
  };
}

export function parseCaseForm(form: FormData, today: Date): CaseFormResult {
  const values = caseFormValues(form);
  const errors: FieldError[] = [];
  let warnings: PseudonymWarning[] = [];

  if (values.pseudonym.length < 2 || values.pseudonym.length > 40) {
    errors.push({ field: "pseudonym", message: "cases.error.pseudonymLength" });
  } else {
    const check = checkPseudonym(values.pseudonym);
    if (check.verdict === "refused") errors.push({ field: "pseudonym", message: "cases.error.pseudonymBsn" });
    if (check.verdict === "warning" && form.get("confirmPseudonym") !== "yes") {
      warnings = check.warnings;
      errors.push({ field: "pseudonym", message: "cases.error.pseudonymConfirm" });
    }
  }

  const year = today.getUTCFullYear();
  const birthYear = /^[0-9]{4}$/.test(values.birthYear) ? Number(values.birthYear) : Number.NaN;
  if (Number.isNaN(birthYear)) errors.push({ field: "birthYear", message: "cases.error.birthYearFormat" });
  else if (birthYear > year) errors.push({ field: "birthYear", message: "cases.error.birthYearFuture" });
  else if (birthYear < year - oldestAge) {
    errors.push({
      field: "birthYear",
      message: "cases.error.birthYearOld",
      params: { year: year - oldestAge },
    });
  }

  if (!(genders as readonly string[]).includes(values.gender)) {
    errors.push({ field: "gender", message: "cases.error.choose" });
  }
  if (!(lvbValues as readonly string[]).includes(values.lvb))
    errors.push({ field: "lvb", message: "cases.error.choose" });

  let municipalityCode: string | null = null;
  if (values.municipality) {
    const place = resolvePlace(values.municipality, { provinces, municipalities, regions: [] });
    if (place.kind === "municipality") municipalityCode = place.municipality.code;
    else if (place.kind === "ambiguous") {
      errors.push({
        field: "municipality",
        message: "cases.error.municipalityAmbiguous",
        params: { options: place.options.map((option) => option.name).join(", ") },
      });
    } else if (place.kind === "unknown" && place.suggestions.length > 0) {
      errors.push({
        field: "municipality",
        message: "cases.error.municipalitySuggest",
        params: { options: place.suggestions.map((option) => option.name).join(", ") },
      });
    } else errors.push({ field: "municipality", message: "cases.error.municipalityUnknown" });
  }

  const forms = [...new Set(values.forms)];
  if (forms.some((value) => !exploitationForms.includes(value))) {
    errors.push({ field: "forms", message: "cases.error.choose" });
  }

  const setting = values.setting === "" ? "unknown" : values.setting;
  if (!(caseSettings as readonly string[]).includes(setting)) {
    errors.push({ field: "setting", message: "cases.error.choose" });
  }

  if (errors.length > 0) return { ok: false, errors, warnings, values };
  return {
    ok: true,
    fields: {
      pseudonym: values.pseudonym,
      birthYear,
      gender: values.gender as Gender,
      lvb: values.lvb as Lvb,
      municipalityCode,
      exploitationForms: exploitationForms.filter((value) => forms.includes(value)),
      setting: setting as CaseSetting,
    },
  };
}

export function municipalityName(code: string | null): string | undefined {
  return code ? municipalities.find((municipality) => municipality.code === code)?.name : undefined;
}

const screeningGender = { female: "female", male: "male", other: "x", unknown: undefined } as const;

/**
 * The age in a year from the birth year alone: one of two ages, as the
 * birthday may still be to come ("14 of 15").
 */
export function estimatedAge(birthYear: number, year: number): { min: number; max: number } {
  const max = Math.max(0, year - birthYear);
  return { min: Math.max(0, max - 1), max };
}

/**
 * What the case knows about the situation, as a screening request's context:
 * age from the birth year (the lower of the two possible ages, see
 * estimatedAge), gender and municipality.
 */
export function caseScreeningContext(
  found: { birthYear: number | null; gender: Gender; municipalityCode: string | null },
  year: number,
): { age?: number; gender?: string; municipality?: string } {
  const gender = screeningGender[found.gender];
  const municipality = municipalityName(found.municipalityCode);
  return {
    ...(found.birthYear ? { age: estimatedAge(found.birthYear, year).min } : {}),
    ...(gender ? { gender } : {}),
    ...(municipality ? { municipality } : {}),
  };
}
