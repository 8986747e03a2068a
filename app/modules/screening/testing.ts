import fc from "fast-check";
import {
  allItems,
  flagColours,
  signalAnswers,
  type AnswerValue,
  type InstrumentDefinition,
  type Item,
} from "./definition";

/**
 * Helpers for the screening tests: answer sets built from a definition, and
 * fast-check generators of valid answers. Only imported by tests.
 */

/** The answer that says "no signal" for an item (undefined for items that are not scored). */
export function noAnswer(item: Item): AnswerValue | undefined {
  switch (item.type) {
    case "signal":
      return "no";
    case "ordinal":
    case "single":
      return [...item.options].sort((a, b) => (a.weight ?? 0) - (b.weight ?? 0))[0]?.code;
    case "multiple":
      return [];
    case "flag":
      return "green";
    default:
      return undefined;
  }
}

/** Every item answered "no signal" (protective factors too: "no"). */
export function allNo(definition: InstrumentDefinition): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const item of allItems(definition)) {
    const answer = noAnswer(item);
    if (answer !== undefined) answers[item.id] = answer;
  }
  return answers;
}

/** A generator of one valid answer for an item. */
export function answerArbitrary(item: Item): fc.Arbitrary<AnswerValue> {
  switch (item.type) {
    case "signal":
      return fc.constantFrom(...signalAnswers);
    case "ordinal":
    case "single":
      return fc.constantFrom("unknown", ...item.options.map((option) => option.code));
    case "multiple":
      return fc.subarray(item.options.map((option) => option.code));
    case "number":
      return fc.integer({ min: item.min ?? 0, max: item.max ?? 100 });
    case "date":
      return fc.constantFrom("2026-01-31", "2025-06-15");
    case "text":
      return fc.string({ maxLength: 20 });
    case "flag":
      return fc.constantFrom(...flagColours);
  }
}

/** A generator of answer sets: each item answered or left out. */
export function answersArbitrary(
  definition: InstrumentDefinition,
): fc.Arbitrary<Record<string, AnswerValue>> {
  const entries = Object.fromEntries(allItems(definition).map((item) => [item.id, answerArbitrary(item)]));
  return fc.record(entries, { requiredKeys: [] }) as fc.Arbitrary<Record<string, AnswerValue>>;
}
