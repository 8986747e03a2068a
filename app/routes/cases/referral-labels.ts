import type { MessageKey } from "../../i18n";
import type { StatusTone } from "../../ui/status-badge";
import type { ReferralAction } from "../../modules/cases/referral-flow";
import type { ReferralStatus } from "../../modules/cases/tables";

/** Words and badge tones for referral statuses and actions (the status is never shown by colour alone). */
export const referralStatusKeys: Record<ReferralStatus, MessageKey> = {
  concept: "cases.referral.status.concept",
  sent: "cases.referral.status.sent",
  accepted: "cases.referral.status.accepted",
  declined: "cases.referral.status.declined",
  completed: "cases.referral.status.completed",
  withdrawn: "cases.referral.status.withdrawn",
};

export const referralTones: Record<ReferralStatus, StatusTone> = {
  concept: "unknown",
  sent: "info",
  accepted: "safe",
  declined: "warning",
  completed: "safe",
  withdrawn: "unknown",
};

export const referralActionKeys: Record<ReferralAction, MessageKey> = {
  send: "cases.referral.action.send",
  accept: "cases.referral.action.accept",
  decline: "cases.referral.action.decline",
  complete: "cases.referral.action.complete",
  withdraw: "cases.referral.action.withdraw",
};
