import { z } from "zod";
import { audiences, bands, flagColours, type Audience, type Band, type FlagColour } from "./definition";

/**
 * Advice rules: data (content/instruments/advice-rules.json) that turns a
 * result plus the situation (age, acute danger, recent sexual violence …)
 * into ordered advice. Pure: no I/O. The services that fit are looked up
 * before (findFittingServices) and handed in.
 */

export const urgencies = ["now", "today", "soon", "later"] as const;
export type Urgency = (typeof urgencies)[number];

export const genders = ["female", "male", "x"] as const;
export type Gender = (typeof genders)[number];

/** The situation around a result. Nothing here is stored. */
export interface ScreeningContext {
  age?: number;
  gender?: Gender;
  municipality?: string;
  acuteDanger?: boolean;
  recentSexualViolence?: boolean;
}

/** A service from the Wegwijzer that fits the situation. */
export interface FittingService {
  id: string;
  name: string;
  organisation: string;
  phone?: string;
  email?: string;
  url: string;
}

const textSchema = z.string().trim().min(1);

export const contactSchema = z
  .object({
    name: textSchema,
    phone: z.string().regex(/^[0-9][0-9 -]{1,19}$/, "alleen cijfers, spaties en streepjes"),
    /** When or why to call, e.g. "dag en nacht". */
    note: textSchema.optional(),
  })
  .strict();

export const adviceRuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The rule applies when every condition that is set holds. */
    when: z
      .object({
        instruments: z.array(z.string()).min(1).optional(),
        audiences: z.array(z.enum(audiences)).min(1).optional(),
        bands: z.array(z.enum(bands)).min(1).optional(),
        flags: z.array(z.enum(flagColours)).min(1).optional(),
        acuteDanger: z.boolean().optional(),
        recentSexualViolence: z.boolean().optional(),
        /** Only when the age is known and at least / at most this. */
        minAge: z.number().int().min(0).optional(),
        maxAge: z.number().int().min(0).optional(),
      })
      .strict(),
    urgency: z.enum(urgencies),
    title: textSchema,
    text: textSchema,
    contacts: z.array(contactSchema).default([]),
    /** Attach the services that fit the situation (from the Wegwijzer). */
    services: z.boolean().default(false),
  })
  .strict();

export const adviceRulesSchema = z.array(adviceRuleSchema).superRefine((rules, ctx) => {
  const ids = rules.map((rule) => rule.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) ctx.addIssue({ code: "custom", message: `advies ${duplicate}: id komt twee keer voor` });
});

export type AdviceRule = z.infer<typeof adviceRuleSchema>;

export interface AdviceItem {
  id: string;
  title: string;
  text: string;
  urgency: Urgency;
  contacts: Array<{ name: string; phone: string; note?: string }>;
  services: FittingService[];
}

export interface AdviceInput {
  instrument: string;
  audience: Audience;
  band?: Band;
  flag?: FlagColour;
  context: ScreeningContext;
  fittingServices: readonly FittingService[];
}

function applies(rule: AdviceRule, input: AdviceInput): boolean {
  const { when } = rule;
  const { context } = input;
  if (when.instruments && !when.instruments.includes(input.instrument)) return false;
  if (when.audiences && !when.audiences.includes(input.audience)) return false;
  if (when.bands && (input.band === undefined || !when.bands.includes(input.band))) return false;
  if (when.flags && (input.flag === undefined || !when.flags.includes(input.flag))) return false;
  if (when.acuteDanger !== undefined && (context.acuteDanger ?? false) !== when.acuteDanger) return false;
  if (
    when.recentSexualViolence !== undefined &&
    (context.recentSexualViolence ?? false) !== when.recentSexualViolence
  )
    return false;
  if (when.minAge !== undefined && (context.age === undefined || context.age < when.minAge)) return false;
  if (when.maxAge !== undefined && (context.age === undefined || context.age > when.maxAge)) return false;
  return true;
}

/** The advice that applies, most urgent first; equal urgency keeps the order of the rules. */
export function evaluateAdvice(rules: readonly AdviceRule[], input: AdviceInput): AdviceItem[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => applies(rule, input))
    .sort(
      (a, b) => urgencies.indexOf(a.rule.urgency) - urgencies.indexOf(b.rule.urgency) || a.index - b.index,
    )
    .map(({ rule }) => ({
      id: rule.id,
      title: rule.title,
      text: rule.text,
      urgency: rule.urgency,
      contacts: rule.contacts.map((contact) => ({ ...contact })),
      services: rule.services ? [...input.fittingServices] : [],
    }));
}
