import type { StatusTone } from "../../ui/status-badge";
import type { ReferralStatus } from "../../modules/cases/tables";

/** Badge tones for referral statuses (always shown with the status in words). */
export const referralTones: Record<ReferralStatus, StatusTone> = {
  concept: "unknown",
  sent: "info",
  accepted: "safe",
  declined: "warning",
  completed: "safe",
  withdrawn: "unknown",
};
