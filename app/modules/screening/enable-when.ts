import type { AnswerValue, Answers, Condition, InstrumentDefinition, Item } from "./definition";
import { allItems } from "./definition";

/**
 * enableWhen: an item applies only when earlier answers say so. An answer to
 * an item that does not apply is ignored, also for the conditions of later
 * items. Pure: no I/O, and free of the validation library, so the form can
 * use it in the browser for live conditions.
 */

function conditionHolds(condition: Condition, answer: AnswerValue | undefined): boolean {
  const present = answer !== undefined && !(Array.isArray(answer) && answer.length === 0) && answer !== "";
  switch (condition.operator) {
    case "exists":
      return present === condition.answer;
    case "equals":
      return Array.isArray(answer) ? answer.includes(String(condition.answer)) : answer === condition.answer;
    case "notEquals":
      // Like FHIR: an item without an answer is "not equal" to any value.
      return Array.isArray(answer) ? !answer.includes(String(condition.answer)) : answer !== condition.answer;
  }
}

/** True when the item applies, given the answers to the items that apply before it. */
export function isEnabled(item: Pick<Item, "enableWhen">, effective: Answers): boolean {
  const enableWhen = item.enableWhen;
  if (!enableWhen) return true;
  const results = enableWhen.conditions.map((condition) =>
    conditionHolds(condition, effective[condition.question]),
  );
  return enableWhen.behavior === "any" ? results.some(Boolean) : results.every(Boolean);
}

/**
 * The answers that count: those of items that apply, in document order
 * (conditions only point to earlier items, see checkDefinition).
 */
export function effectiveAnswers(
  definition: Pick<InstrumentDefinition, "domains">,
  answers: Answers,
): { answers: Record<string, AnswerValue>; enabled: Set<string> } {
  const effective: Record<string, AnswerValue> = {};
  const enabled = new Set<string>();
  for (const item of allItems(definition)) {
    if (!isEnabled(item, effective)) continue;
    enabled.add(item.id);
    const answer = answers[item.id];
    if (answer !== undefined) effective[item.id] = answer;
  }
  return { answers: effective, enabled };
}
