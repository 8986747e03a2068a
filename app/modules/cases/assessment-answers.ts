import type { Translate } from "../../i18n";
import { allItems, type InstrumentDefinition, type Item } from "../screening/definition";
import { flagLabelKeys } from "../screening/labels";

/**
 * A stored assessment shown again (pure). `addAssessment` keeps the answer
 * values in `answers` and the free-text answers plus the reason for a chosen
 * flag in one encrypted note, one `id: text` line per answer (a text may run
 * over more lines). These functions put the two back together and say every
 * answer in words.
 */
export const overrideReasonPrefix = "reden gekozen vlag: ";
const overrideFlagKey = "override.flag";
const situationKeys = {
  acuteDanger: "situation.acuteDanger",
  recentSexualViolence: "situation.recentSexualViolence",
} as const;

/** The situation that changes the advice, as stored with the answers (only what was answered yes). */
export function situationAnswers(context: {
  acuteDanger?: boolean;
  recentSexualViolence?: boolean;
}): Record<string, true> {
  return {
    ...(context.acuteDanger ? { [situationKeys.acuteDanger]: true as const } : {}),
    ...(context.recentSexualViolence ? { [situationKeys.recentSexualViolence]: true as const } : {}),
  };
}

/** The situation stored with the answers, for scoring them again. */
export function storedSituation(answers: Readonly<Record<string, unknown>>): {
  acuteDanger?: boolean;
  recentSexualViolence?: boolean;
} {
  return {
    ...(answers[situationKeys.acuteDanger] === true ? { acuteDanger: true } : {}),
    ...(answers[situationKeys.recentSexualViolence] === true ? { recentSexualViolence: true } : {}),
  };
}

const storedOnlyKeys = new Set<string>([overrideFlagKey, ...Object.values(situationKeys)]);

/** The note text `addAssessment` stores for the free-text answers and the reason for a chosen flag. */
export function freeTextNote(textAnswers: ReadonlyArray<[string, string]>, overrideReason?: string): string {
  const lines = textAnswers.map(([id, value]) => `${id}: ${value}`);
  if (overrideReason !== undefined) lines.push(`${overrideReasonPrefix}${overrideReason}`);
  return lines.join("\n");
}

/** The scoring body of a stored assessment: its answers, the free text from its note, the chosen flag. */
export function storedScoreBody(
  definition: InstrumentDefinition,
  answers: Readonly<Record<string, unknown>>,
  notes: readonly string[],
): { answers: Record<string, unknown>; override?: { flag: unknown; reason: string } } {
  const textIds = new Set(
    allItems(definition)
      .filter((item) => item.type === "text")
      .map((item) => item.id),
  );
  const restored = Object.fromEntries(Object.entries(answers).filter(([id]) => !storedOnlyKeys.has(id)));
  let reason: string | undefined;
  let current: string | null | undefined;
  for (const line of notes.join("\n").split("\n")) {
    const separator = line.indexOf(": ");
    const id = separator > 0 ? line.slice(0, separator) : "";
    if (line.startsWith(overrideReasonPrefix)) {
      reason = line.slice(overrideReasonPrefix.length);
      current = null;
    } else if (textIds.has(id)) {
      restored[id] = line.slice(separator + 2);
      current = id;
    } else if (current === null && reason !== undefined) {
      reason = `${reason}\n${line}`;
    } else if (current) {
      restored[current] = `${String(restored[current])}\n${line}`;
    }
  }
  return {
    answers: restored,
    ...(answers[overrideFlagKey] !== undefined
      ? { override: { flag: answers[overrideFlagKey], reason: reason ?? "" } }
      : {}),
  };
}

const signalKeys = {
  yes: "screening.form.yes",
  no: "screening.form.no",
  unknown: "screening.form.unknown",
} as const;

function answerInWords(item: Item, value: unknown, t: Translate): string {
  const optionText = (code: unknown) =>
    "options" in item
      ? (item.options.find((option) => option.code === code)?.text ?? String(code))
      : String(code);
  switch (item.type) {
    case "signal":
      return typeof value === "string" && value in signalKeys
        ? t(signalKeys[value as keyof typeof signalKeys])
        : String(value);
    case "flag":
      return typeof value === "string" && value in flagLabelKeys
        ? t(flagLabelKeys[value as keyof typeof flagLabelKeys])
        : String(value);
    case "ordinal":
    case "single":
      return optionText(value);
    case "multiple":
      return (Array.isArray(value) ? value : [value]).map(optionText).join(", ");
    default:
      return String(value);
  }
}

export interface AnsweredDomain {
  id: string;
  title: string;
  answers: Array<{ id: string; question: string; answer: string }>;
}

/** Every answered item, per domain in the instrument's order, with its answer in words. */
export function answeredItems(
  definition: InstrumentDefinition,
  answers: Readonly<Record<string, unknown>>,
  t: Translate,
): AnsweredDomain[] {
  return definition.domains
    .map((domain) => ({
      id: domain.id,
      title: domain.title,
      answers: domain.items
        .filter((item) => {
          const value = answers[item.id];
          return value !== undefined && value !== "" && !(Array.isArray(value) && value.length === 0);
        })
        .map((item) => ({
          id: item.id,
          question: item.text,
          answer: answerInWords(item, answers[item.id], t),
        })),
    }))
    .filter((domain) => domain.answers.length > 0);
}
