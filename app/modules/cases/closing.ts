import type { Role } from "../accounts/permissions";
import type { CaseStatus } from "./tables";
import { readScope } from "./visibility";

/**
 * Closing a case (pure). Closing needs an outcome. When the organisation
 * requires approval, a professional's request waits (`closing`) until a
 * safeguarding officer approves; a safeguarding officer closes at once.
 */
export type CloseStep = "closed" | "awaiting_approval" | "not_allowed";

export function closeStep(status: CaseStatus, role: Role, requiresApproval: boolean): CloseStep {
  if (status === "closed") return "not_allowed";
  if (status === "closing") return readScope({ role }) === "org" ? "closed" : "not_allowed";
  if (!requiresApproval || readScope({ role }) === "org") return "closed";
  return "awaiting_approval";
}
