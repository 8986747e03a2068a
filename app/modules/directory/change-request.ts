import { z } from "zod";
import type { Service } from "./directory-content";
import { checkEmailAddress, checkPhoneNumber } from "./editor-form";
import { parseAgeText, parseAreaText, parseOpeningHoursText } from "./free-text";
import type { RegionData } from "./regions";

/**
 * "Klopt dit niet?": a public suggestion to correct one field of a service.
 * It is stored for editors and never changes public data by itself. Pure:
 * the schema and the field list.
 */
export const suggestionFields = [
  "name",
  "description",
  "phone",
  "email",
  "opening_hours",
  "age",
  "area",
  "other",
] as const;
export type SuggestionField = (typeof suggestionFields)[number];

export const suggestionSchema = z.object({
  field: z.enum(suggestionFields, { message: "Kies wat er niet klopt." }),
  proposedValue: z
    .string()
    .trim()
    .min(1, "Schrijf op wat het moet zijn.")
    .max(2000, "Gebruik hoogstens 2000 tekens."),
  explanation: z.string().trim().max(2000, "Gebruik hoogstens 2000 tekens.").default(""),
  email: z
    .string()
    .trim()
    .max(200, "Gebruik hoogstens 200 tekens.")
    .default("")
    .refine(
      (value) => value === "" || z.email().safeParse(value).success,
      "Vul een geldig e-mailadres in, of laat het leeg.",
    ),
});

export type Suggestion = z.infer<typeof suggestionSchema>;

/** Field-level Dutch errors for the form, or the valid suggestion. */
export function parseSuggestion(
  form: Record<string, unknown>,
): { ok: true; suggestion: Suggestion } | { ok: false; errors: Partial<Record<keyof Suggestion, string>> } {
  const parsed = suggestionSchema.safeParse(form);
  if (parsed.success) return { ok: true, suggestion: parsed.data };
  const errors: Partial<Record<keyof Suggestion, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof Suggestion;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * What accepting a suggestion does to the service, when that is clear:
 * the proposed value is read with the editor form's own validators (a
 * phone number, an e-mail address, opening hours such as "di en do 9-12",
 * an age range such as "12 tot en met 23", places such as "Utrecht,
 * Amersfoort"). Null when it cannot be applied without guessing ("other",
 * or a value the form would refuse): the editor then uses the form.
 */
export function suggestedChange(
  field: string,
  proposedValue: string,
  regions: RegionData,
): ((service: Service) => Service | null) | null {
  const value = proposedValue.trim();
  switch (field) {
    case "name":
      return value.length > 0 && value.length <= 200
        ? (service) => ({ ...service, name: { nl: value, en: value } })
        : null;
    case "description":
      return value.length > 0 && value.length <= 2000
        ? (service) => ({ ...service, description: { ...service.description, nl: value } })
        : null;
    case "phone":
      if (checkPhoneNumber(value)) return null;
      return (service) => ({
        ...service,
        phones:
          service.phones.length > 0
            ? service.phones.map((phone, index) => (index === 0 ? { ...phone, number: value } : phone))
            : [{ number: value }],
      });
    case "email":
      if (checkEmailAddress(value)) return null;
      return (service) => ({
        ...service,
        emails:
          service.emails.length > 0
            ? service.emails.map((email, index) => (index === 0 ? { ...email, address: value } : email))
            : [{ address: value }],
      });
    case "opening_hours": {
      const schedules = parseOpeningHoursText(value);
      if (!schedules) return null;
      // The hours belong to the first phone line (the one people call); without a phone, nothing is clear.
      return (service) =>
        service.phones.length === 0
          ? null
          : {
              ...service,
              phones: service.phones.map((phone, index) => (index === 0 ? { ...phone, schedules } : phone)),
            };
    }
    case "age": {
      const ages = parseAgeText(value);
      if (!ages) return null;
      return (service) => ({ ...service, ...ages });
    }
    case "area": {
      const areas = parseAreaText(value, regions);
      if (!areas) return null;
      return (service) => ({ ...service, areas });
    }
    default:
      return null;
  }
}

/**
 * How many suggestions the queue takes, whatever address they come from (the
 * per-address rate limit alone does not stop rotating addresses): at most
 * `perService` pending suggestions for one service, and at most `perHour` new
 * ones on the whole platform in the last hour.
 */
export interface SuggestionLimits {
  perService: number;
  perHour: number;
}

export const suggestionLimits: SuggestionLimits = { perService: 20, perHour: 200 };

/** What the database says right now, counted in the same transaction as the insert. */
export interface SuggestionIntakeCounts {
  /** Pending suggestions for this service. */
  pendingForService: number;
  /** Suggestions received on the whole platform in the hour before now. */
  receivedLastHour: number;
  /** A pending suggestion for the same service and field with the same value exists. */
  duplicate: boolean;
}

export type SuggestionIntake = "store" | "duplicate" | "service-full" | "platform-busy";

/**
 * Whether a valid suggestion is stored. A duplicate of a pending one is not
 * stored again (the sender is thanked all the same: it is already waiting);
 * otherwise a full service or a busy hour refuses it. Pure.
 */
export function decideSuggestionIntake(
  counts: SuggestionIntakeCounts,
  limits: SuggestionLimits = suggestionLimits,
): SuggestionIntake {
  if (counts.duplicate) return "duplicate";
  if (counts.pendingForService >= limits.perService) return "service-full";
  if (counts.receivedLastHour >= limits.perHour) return "platform-busy";
  return "store";
}
