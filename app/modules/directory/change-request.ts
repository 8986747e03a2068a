import { z } from "zod";

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
