import type { AdviceItem, Urgency } from "../screening/advice-rules";
import { adviceRules } from "../screening/instruments";

/**
 * Which advice of an assessment's outcome becomes a task due today (pure):
 * the advice rules whose urgency is "now" (acute danger, recent sexual
 * violence, a black flag) or "today" (talk to the safeguarding officer
 * today, call Veilig Thuis, a red flag). One id per rule, in the advice's
 * order; the task's `detail` is that id.
 */
export const urgentUrgencies: readonly Urgency[] = ["now", "today"];

export function urgentAdviceIds(advice: readonly Pick<AdviceItem, "id" | "urgency">[]): string[] {
  const ids = advice.filter((item) => urgentUrgencies.includes(item.urgency)).map((item) => item.id);
  return [...new Set(ids)];
}

/** The title of the advice an urgent-advice task follows up ("Bel eerst 112"), or null when unknown. */
export function urgentAdviceTitle(adviceId: string | null | undefined): string | null {
  if (!adviceId) return null;
  return adviceRules.find((rule) => rule.id === adviceId)?.title ?? null;
}
