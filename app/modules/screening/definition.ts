import { z } from "zod";

/**
 * The definition of a screening instrument, as data (content/instruments/*.json),
 * validated with Zod when it is loaded. Pure: no I/O.
 *
 * An instrument has domains (attention areas) with items. Scored items carry a
 * weight (positive: a risk signal; negative: a protective factor) and may be a
 * red flag. Items may depend on earlier answers (`enableWhen`). A `signals`
 * instrument gives a concern band; a `flags` instrument (vlaggen) judges
 * criteria on four flags and proposes the worst one.
 */

export const bands = ["insufficient", "none", "possible", "clear"] as const;
export type Band = (typeof bands)[number];

export const flagColours = ["green", "yellow", "red", "black"] as const;
export type FlagColour = (typeof flagColours)[number];

export const audiences = ["professional", "parent", "youth"] as const;
export type Audience = (typeof audiences)[number];

export const signalAnswers = ["yes", "no", "unknown"] as const;
export type SignalAnswer = (typeof signalAnswers)[number];

const idSchema = z.string().regex(/^[a-z0-9-]+$/, "alleen kleine letters, cijfers en streepjes");
const textSchema = z.string().trim().min(1);

export const conditionSchema = z
  .object({
    question: idSchema,
    operator: z.enum(["equals", "notEquals", "exists"]),
    /** The answer to compare with (equals / notEquals); for `exists`: true or false. */
    answer: z.union([z.string(), z.number(), z.boolean()]),
  })
  .strict();

export const enableWhenSchema = z
  .object({
    behavior: z.enum(["all", "any"]).default("all"),
    conditions: z.array(conditionSchema).min(1),
  })
  .strict();

const optionSchema = z
  .object({
    code: idSchema,
    text: textSchema,
    /** Points for choosing this option; absent means 0. */
    weight: z.number().finite().optional(),
  })
  .strict();

const itemBase = {
  id: idSchema,
  text: textSchema,
  /** An extra explanation under the question. */
  help: textSchema.optional(),
  enableWhen: enableWhenSchema.optional(),
};

export const itemSchema = z.discriminatedUnion("type", [
  z
    .object({
      ...itemBase,
      type: z.literal("signal"),
      weight: z
        .number()
        .finite()
        .refine((weight) => weight !== 0, "een signaal telt mee: gewicht mag niet 0 zijn"),
      redFlag: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...itemBase, type: z.literal("ordinal"), options: z.array(optionSchema).min(2) }).strict(),
  z.object({ ...itemBase, type: z.literal("single"), options: z.array(optionSchema).min(2) }).strict(),
  z.object({ ...itemBase, type: z.literal("multiple"), options: z.array(optionSchema).min(2) }).strict(),
  z
    .object({
      ...itemBase,
      type: z.literal("number"),
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
      unit: textSchema.optional(),
    })
    .strict(),
  z.object({ ...itemBase, type: z.literal("date") }).strict(),
  z.object({ ...itemBase, type: z.literal("text"), maxLength: z.number().int().min(1).max(5000) }).strict(),
  z.object({ ...itemBase, type: z.literal("flag") }).strict(),
]);

export const domainSchema = z
  .object({
    id: idSchema,
    title: textSchema,
    intro: textSchema.optional(),
    /** A domain of protective factors (shown apart, weights negative). */
    protective: z.boolean().optional(),
    items: z.array(itemSchema).min(1),
  })
  .strict();

const flagMeaningSchema = z.object({ label: textSchema, meaning: textSchema, response: textSchema }).strict();

const definitionBase = {
  id: idSchema,
  /** Raised whenever items, weights or thresholds change; a result records it. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "versie als 1.0.0"),
  title: textSchema,
  /** Short line for the list of instruments. */
  summary: textSchema,
  audience: z.enum(audiences),
  languageLevel: z.enum(["A2", "B1", "B2"]),
  intro: textSchema,
  /** Says plainly that the instrument supports judgement and is not a validated test. */
  disclaimer: textSchema.refine(
    (text) => /niet gevalideerd|geen gevalideerde/i.test(text),
    "de disclaimer zegt dat het geen gevalideerde test is",
  ),
  /** Where the method comes from (credit), in our own words. */
  credit: textSchema.optional(),
  /** One question per screen when JavaScript is on (the parents' quickscan). */
  oneQuestionPerScreen: z.boolean().optional(),
  domains: z.array(domainSchema).min(1),
};

export const signalsDefinitionSchema = z
  .object({
    ...definitionBase,
    kind: z.literal("signals"),
    /** The thresholds ("rules") of this instrument. */
    scoring: z
      .object({
        possibleFrom: z.number().finite(),
        clearFrom: z.number().finite(),
        /** Below this share of risk items answered yes or no: band `insufficient`. */
        minimumCompleteness: z.number().min(0).max(1),
      })
      .strict()
      .refine((s) => s.clearFrom > s.possibleFrom, "clearFrom moet hoger zijn dan possibleFrom"),
  })
  .strict();

export const flagsDefinitionSchema = z
  .object({
    ...definitionBase,
    kind: z.literal("flags"),
    /** Meaning and suggested response per flag. */
    flags: z
      .object({
        green: flagMeaningSchema,
        yellow: flagMeaningSchema,
        red: flagMeaningSchema,
        black: flagMeaningSchema,
      })
      .strict(),
  })
  .strict();

export const definitionSchema = z
  .discriminatedUnion("kind", [signalsDefinitionSchema, flagsDefinitionSchema])
  .superRefine((definition, ctx) => {
    for (const problem of checkDefinition(definition)) ctx.addIssue({ code: "custom", message: problem });
  });

export type InstrumentDefinition = z.infer<typeof definitionSchema>;
export type SignalsDefinition = Extract<InstrumentDefinition, { kind: "signals" }>;
export type FlagsDefinition = Extract<InstrumentDefinition, { kind: "flags" }>;
export type Domain = InstrumentDefinition["domains"][number];
export type Item = Domain["items"][number];
export type ItemType = Item["type"];
export type Condition = z.infer<typeof conditionSchema>;
export type EnableWhen = z.infer<typeof enableWhenSchema>;
export type ChoiceItem = Extract<Item, { options: unknown }>;

/** One answer: yes/no/unknown, an option code, a flag, a number, option codes, a date or text. */
export type AnswerValue = string | number | string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** All items of an instrument in document order. */
export function allItems(definition: Pick<InstrumentDefinition, "domains">): Item[] {
  return definition.domains.flatMap((domain) => domain.items);
}

/** The answers an item can have, for enableWhen checks: undefined means "any value of its type". */
function allowedCodes(item: Item): readonly (string | number | boolean)[] | undefined {
  switch (item.type) {
    case "signal":
      return signalAnswers;
    case "ordinal":
    case "single":
    case "multiple":
      return item.options.map((option) => option.code);
    case "flag":
      return flagColours;
    default:
      return undefined;
  }
}

/** Problems that the shape alone cannot catch; empty when the definition is sound. */
export function checkDefinition(definition: Pick<InstrumentDefinition, "kind" | "domains">): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Item>();
  const domainIds = new Set<string>();
  for (const domain of definition.domains) {
    if (domainIds.has(domain.id)) problems.push(`aandachtsgebied ${domain.id}: id komt twee keer voor`);
    domainIds.add(domain.id);
    for (const item of domain.items) {
      if (seen.has(item.id)) problems.push(`vraag ${item.id}: id komt twee keer voor`);
      if ("options" in item) {
        const codes = item.options.map((option) => option.code);
        if (new Set(codes).size !== codes.length) problems.push(`vraag ${item.id}: dubbele antwoordcode`);
      }
      for (const condition of item.enableWhen?.conditions ?? []) {
        const source = seen.get(condition.question);
        if (!source) {
          problems.push(
            `vraag ${item.id}: enableWhen verwijst naar ${condition.question}, geen eerdere vraag`,
          );
          continue;
        }
        if (condition.operator === "exists") {
          if (typeof condition.answer !== "boolean")
            problems.push(`vraag ${item.id}: exists vraagt true of false`);
          continue;
        }
        const codes = allowedCodes(source);
        if (codes && !codes.includes(condition.answer))
          problems.push(`vraag ${item.id}: ${String(condition.answer)} is geen antwoord op ${source.id}`);
      }
      seen.set(item.id, item);
    }
  }
  const items = [...seen.values()];
  if (definition.kind === "flags") {
    if (items.some((item) => item.type !== "flag"))
      problems.push("een vlaggen-instrument heeft alleen criteria (type flag)");
  } else {
    if (items.some((item) => item.type === "flag"))
      problems.push("vragen van type flag horen alleen bij een vlaggen-instrument");
    if (!items.some((item) => isRiskItem(item))) problems.push("het instrument heeft geen risicosignalen");
  }
  return problems;
}

/** Points for one option code of a choice item. */
function optionWeight(item: ChoiceItem, code: string): number {
  return item.options.find((option) => option.code === code)?.weight ?? 0;
}

/** True when answering the item can raise the score (a risk signal). */
export function isRiskItem(item: Item): boolean {
  if (item.type === "signal") return item.weight > 0;
  if ("options" in item) return item.options.some((option) => (option.weight ?? 0) > 0);
  return false;
}

/** True for a protective factor (a signal with a negative weight). */
export function isProtectiveItem(item: Item): boolean {
  return item.type === "signal" && item.weight < 0;
}

/** True when the item counts in the score at all. */
export function isScoredItem(item: Item): boolean {
  if (item.type === "signal") return true;
  if ("options" in item) return item.options.some((option) => (option.weight ?? 0) !== 0);
  return false;
}

/** The most an item can add to the score. */
export function itemMaximum(item: Item): number {
  if (item.type === "signal") return Math.max(item.weight, 0);
  if (item.type === "multiple")
    return item.options.reduce((sum, option) => sum + Math.max(option.weight ?? 0, 0), 0);
  if (item.type === "ordinal" || item.type === "single")
    return Math.max(0, ...item.options.map((option) => option.weight ?? 0));
  return 0;
}

/** What an answer adds to the score (0 when unanswered, unknown or not scored). */
export function itemScore(item: Item, answer: AnswerValue | undefined): number {
  if (answer === undefined) return 0;
  if (item.type === "signal") return answer === "yes" ? item.weight : 0;
  if (item.type === "multiple" && Array.isArray(answer))
    return answer.reduce((sum, code) => sum + optionWeight(item, code), 0);
  if ((item.type === "ordinal" || item.type === "single") && typeof answer === "string")
    return optionWeight(item, answer);
  return 0;
}

/** True when the answer says something (yes/no or a chosen option), not "unknown" or nothing. */
export function isKnownAnswer(item: Item, answer: AnswerValue | undefined): boolean {
  if (answer === undefined || answer === "unknown") return false;
  if (item.type === "text") return typeof answer === "string" && answer.trim() !== "";
  return true;
}
