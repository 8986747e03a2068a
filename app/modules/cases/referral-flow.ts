import type { MessageKey } from "../../i18n";
import { resolvePlace, type RegionData } from "../directory/regions";
import { interpretText } from "../directory/search-query";
import type { Gender, ReferralStatus } from "./tables";

/**
 * The life of a referral (pure): concept → sent → accepted / declined →
 * completed, or withdrawn before it ends. A decline needs the service's
 * reason. Anything else is refused; nothing changes.
 */
export const referralActions = ["send", "accept", "decline", "complete", "withdraw"] as const;
export type ReferralAction = (typeof referralActions)[number];

export function isReferralAction(value: unknown): value is ReferralAction {
  return typeof value === "string" && (referralActions as readonly string[]).includes(value);
}

/** The table itself: from a status, which action leads where. Final statuses have none. */
export const referralTransitions: Readonly<
  Record<ReferralStatus, Readonly<Partial<Record<ReferralAction, ReferralStatus>>>>
> = {
  concept: { send: "sent", withdraw: "withdrawn" },
  sent: { accept: "accepted", decline: "declined", withdraw: "withdrawn" },
  accepted: { complete: "completed", withdraw: "withdrawn" },
  declined: {},
  completed: {},
  withdrawn: {},
};

export const maxReasonLength = 2000;
/** The professional's question to the service (it goes into the letter). */
export const maxQuestionLength = 2000;

export type ReferralStep =
  | { ok: true; status: ReferralStatus }
  | { ok: false; problem: "not_allowed" | "reason_required" | "reason_too_long" };

/** The next status for an action, or why it is refused. */
export function nextReferralStatus(
  current: ReferralStatus,
  action: ReferralAction,
  reason: string,
): ReferralStep {
  const next = referralTransitions[current][action];
  if (!next) return { ok: false, problem: "not_allowed" };
  if (action === "decline" && reason.trim() === "") return { ok: false, problem: "reason_required" };
  if (reason.length > maxReasonLength) return { ok: false, problem: "reason_too_long" };
  return { ok: true, status: next };
}

/** The actions a person can choose for a referral in this status, in a sensible order. */
export function availableActions(current: ReferralStatus): ReferralAction[] {
  return referralActions.filter((action) => referralTransitions[current][action] !== undefined);
}

/** Sending needs the consent (or override) to hold at that moment; other steps only record what happened. */
export function actionNeedsConsent(action: ReferralAction): boolean {
  return action === "send";
}

/** The statuses and actions in words. */
export const referralStatusKeys: Record<ReferralStatus, MessageKey> = {
  concept: "cases.referral.status.concept",
  sent: "cases.referral.status.sent",
  accepted: "cases.referral.status.accepted",
  declined: "cases.referral.status.declined",
  completed: "cases.referral.status.completed",
  withdrawn: "cases.referral.status.withdrawn",
};

export const referralActionKeys: Record<ReferralAction, MessageKey> = {
  send: "cases.referral.action.send",
  accept: "cases.referral.action.accept",
  decline: "cases.referral.action.decline",
  complete: "cases.referral.action.complete",
  withdraw: "cases.referral.action.withdraw",
};

const genderWords: Partial<Record<Gender, string>> = { female: "meisje", male: "jongen" };

/**
 * The words the referral search starts with when nobody has searched yet:
 * "meisje" or "jongen" and the name of the case's municipality, as the
 * Wegwijzer's search reads them (gender and place). The page says so. The
 * municipality is left out when the search would not read its name (or one of
 * its other names) back as that municipality; the age is never
 * filled in, as the case only knows the birth year. Empty when the case says
 * neither.
 */
export function referralSearchPrefill(
  found: { gender: Gender; municipalityCode: string | null },
  regions: RegionData,
): string {
  const words: string[] = [];
  const gender = genderWords[found.gender];
  if (gender) words.push(gender);
  const municipality = regions.municipalities.find((item) => item.code === found.municipalityCode);
  // The official name, or else another name of it the search reads back (it reads up to three words).
  const name = [municipality?.name, ...(municipality?.alternativeNames ?? [])].find((candidate) => {
    if (!candidate || !municipality) return false;
    const read = interpretText(
      [...words, candidate].join(" "),
      (text) => resolvePlace(text, regions).kind !== "unknown",
    );
    const place = read.place === undefined ? undefined : resolvePlace(read.place, regions);
    return place?.kind === "municipality" && place.municipality.code === municipality.code;
  });
  if (name) words.push(name);
  return words.join(" ");
}
