import { regionData } from "../../../content/regions";
import { parseServiceForm, type FormValues } from "./editor-form";

/** Test helpers for the editor's forms (only tests import this file). */

/** A posted form from name → value(s), as `formValues` gives it. */
export function postedValues(fields: Record<string, string | string[]>): FormValues {
  return {
    get: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
    },
    getAll: (name) => {
      const value = fields[name];
      return Array.isArray(value) ? value : value === undefined ? [] : [value];
    },
  };
}

export const testTermCodes = {
  hulpsoort: ["behandeling", "consultatie"],
  uitbuitingsvorm: ["seksueel", "crimineel"],
  doelgroep: ["meisjes", "lvb"],
  toegang: ["direct"],
};

/** A service form the editor accepts: hours on Tuesday and Thursday 9–12, and an e-mail address 24/7. */
export const validServiceFields = {
  organisationId: "fier",
  name: "Asja",
  description: "Behandeling voor meisjes.",
  status: "active",
  minimumAge: "12",
  maximumAge: "23",
  maximumAgeInclusive: "yes",
  assuredDate: "2026-11-29",
  "term-hulpsoort": ["behandeling"],
  "term-uitbuitingsvorm": ["seksueel"],
  "term-doelgroep": ["meisjes", "lvb"],
  "term-toegang": ["direct"],
  areas: "Leeuwarden\nRotterdam",
  "phone-0-number": "088-50 57 410",
  "phone-0-hours-0-days": ["TU", "TH"],
  "phone-0-hours-0-opens": "9:00",
  "phone-0-hours-0-closes": "12:00",
  "email-0-address": "vragen@voorbeeld.nl",
  "email-0-always": "yes",
};

/** The service form read with the real region data, the test taxonomy and organisation "fier". */
export const parseTestService = (fields: Record<string, string | string[]>) =>
  parseServiceForm(postedValues(fields), {
    regions: regionData,
    termCodes: testTermCodes,
    organisationIds: new Set(["fier"]),
  });
