import { z } from "zod";
import type { Translate } from "../../i18n";
import { genders, type ScreeningContext } from "./advice-rules";
import {
  allItems,
  flagColours,
  signalAnswers,
  type AnswerValue,
  type InstrumentDefinition,
  type Item,
} from "./definition";
import { effectiveAnswers } from "./enable-when";
import type { FlagOverride } from "./flags";

/**
 * Checks a scoring request (the JSON API body, or a posted form turned into
 * the same shape) against an instrument: known item ids, the right kind of
 * value per item, a valid situation, and for flags every criterion judged
 * and a reason with a chosen flag. Messages are plain language. Pure.
 */

export interface ScoreRequest {
  answers: Record<string, AnswerValue>;
  context: ScreeningContext;
  override?: FlagOverride;
}

export interface RequestProblem {
  /** Where: `answers.<itemId>`, `context.age`, `override.reason`, … */
  field: string;
  message: string;
}

export type ParsedScoreRequest =
  { ok: true; request: ScoreRequest } | { ok: false; details: RequestProblem[] };

export const maxTextLength = 2000;
export const maxReasonLength = 1000;

const answerValueSchema = z.union([z.string().max(maxTextLength), z.number(), z.array(z.string().max(100))]);

const bodySchema = z
  .object({
    answers: z.record(z.string(), answerValueSchema).default({}),
    context: z
      .object({
        age: z.unknown().optional(),
        gender: z.unknown().optional(),
        municipality: z.unknown().optional(),
        acuteDanger: z.unknown().optional(),
        recentSexualViolence: z.unknown().optional(),
      })
      .strict()
      .default({}),
    override: z.object({ flag: z.unknown().optional(), reason: z.unknown().optional() }).strict().optional(),
  })
  .strict();

const dateText = /^\d{4}-\d{2}-\d{2}$/;

function isValidDate(text: string): boolean {
  if (!dateText.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A message when the value does not fit the item; undefined when it does. */
function checkAnswer(item: Item, value: AnswerValue, t: Translate): string | undefined {
  const codes = "options" in item ? item.options.map((option) => option.code) : [];
  switch (item.type) {
    case "signal":
      return typeof value === "string" && (signalAnswers as readonly string[]).includes(value)
        ? undefined
        : t("screening.error.signal");
    case "ordinal":
    case "single":
      return typeof value === "string" && (value === "unknown" || codes.includes(value))
        ? undefined
        : t("screening.error.option", { options: codes.join(", ") });
    case "multiple":
      return Array.isArray(value) &&
        value.every((code) => codes.includes(code)) &&
        new Set(value).size === value.length
        ? undefined
        : t("screening.error.options", { options: codes.join(", ") });
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value)) return t("screening.error.number");
      if ((item.min !== undefined && value < item.min) || (item.max !== undefined && value > item.max))
        return t("screening.error.range", { min: item.min ?? "", max: item.max ?? "" });
      return undefined;
    case "date":
      return typeof value === "string" && isValidDate(value) ? undefined : t("screening.error.date");
    case "text":
      return typeof value === "string" && value.length <= item.maxLength
        ? undefined
        : t("screening.error.text", { max: item.maxLength });
    case "flag":
      return typeof value === "string" && (flagColours as readonly string[]).includes(value)
        ? undefined
        : t("screening.error.flag");
  }
}

function parseContext(raw: Record<string, unknown>, problems: RequestProblem[], t: Translate) {
  const context: ScreeningContext = {};
  if (raw.age !== undefined) {
    if (typeof raw.age === "number" && Number.isInteger(raw.age) && raw.age >= 0 && raw.age <= 120)
      context.age = raw.age;
    else problems.push({ field: "context.age", message: t("screening.error.age") });
  }
  if (raw.gender !== undefined) {
    if (typeof raw.gender === "string" && (genders as readonly string[]).includes(raw.gender))
      context.gender = raw.gender as ScreeningContext["gender"];
    else problems.push({ field: "context.gender", message: t("screening.error.gender") });
  }
  if (raw.municipality !== undefined) {
    const municipality = typeof raw.municipality === "string" ? raw.municipality.trim() : undefined;
    if (municipality !== undefined && municipality.length <= 100) {
      if (municipality !== "") context.municipality = municipality;
    } else problems.push({ field: "context.municipality", message: t("screening.error.municipality") });
  }
  for (const key of ["acuteDanger", "recentSexualViolence"] as const) {
    if (raw[key] === undefined) continue;
    if (typeof raw[key] === "boolean") context[key] = raw[key];
    else problems.push({ field: `context.${key}`, message: t("screening.error.boolean") });
  }
  return context;
}

export function parseScoreRequest(
  definition: InstrumentDefinition,
  body: unknown,
  t: Translate,
): ParsedScoreRequest {
  const shape = bodySchema.safeParse(body ?? {});
  if (!shape.success) {
    return {
      ok: false,
      details: shape.error.issues.map((issue) => ({
        field: issue.path.join(".") || "body",
        message:
          issue.code === "unrecognized_keys"
            ? t("screening.error.unknownField", { fields: issue.keys.join(", ") })
            : t("screening.error.shape"),
      })),
    };
  }
  const problems: RequestProblem[] = [];
  const items = new Map(allItems(definition).map((item) => [item.id, item]));
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(shape.data.answers)) {
    const item = items.get(id);
    if (!item) {
      problems.push({ field: `answers.${id}`, message: t("screening.error.unknownItem", { id }) });
      continue;
    }
    const problem = checkAnswer(item, value, t);
    if (problem) problems.push({ field: `answers.${id}`, message: problem });
    else answers[id] = value;
  }
  const context = parseContext(shape.data.context, problems, t);

  let override: FlagOverride | undefined;
  if (definition.kind === "flags") {
    const { enabled } = effectiveAnswers(definition, answers);
    for (const id of enabled) {
      if (answers[id] === undefined && !problems.some((problem) => problem.field === `answers.${id}`))
        problems.push({ field: `answers.${id}`, message: t("screening.error.criterionMissing") });
    }
    const raw = shape.data.override;
    if (raw) {
      const flag = raw.flag;
      const reason = typeof raw.reason === "string" ? raw.reason.trim() : "";
      if (typeof flag !== "string" || !(flagColours as readonly string[]).includes(flag))
        problems.push({ field: "override.flag", message: t("screening.error.flag") });
      if (reason === "") problems.push({ field: "override.reason", message: t("screening.error.reason") });
      else if (reason.length > maxReasonLength)
        problems.push({
          field: "override.reason",
          message: t("screening.error.text", { max: maxReasonLength }),
        });
      if (problems.length === 0) override = { flag: flag as FlagOverride["flag"], reason };
    }
  } else if (shape.data.override) {
    problems.push({ field: "override", message: t("screening.error.overrideNotHere") });
  }

  if (problems.length > 0) return { ok: false, details: problems };
  return { ok: true, request: { answers, context, ...(override ? { override } : {}) } };
}
