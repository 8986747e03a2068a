import type { Role } from "../accounts/permissions";
import { frameworkConsequence, type FrameworkAnswers } from "./decision-framework";
import type { CaseRoute } from "./route";
import type { CaseStatus, ReportKind, StepStatus } from "./tables";
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

/**
 * What is still open when a case is closed (pure): every step that is not
 * done or skipped and, on the Meldcode route when the afwegingskader's
 * outcome is "report", a Veilig Thuis report that is not recorded.
 */
export type CloseBlocker = { kind: "step"; step: number } | { kind: "report_veilig_thuis" };

export interface CloseFacts {
  steps: ReadonlyArray<{ step: number; status: StepStatus }>;
  route: CaseRoute;
  framework: FrameworkAnswers;
  reportKinds: readonly ReportKind[];
}

export function closeBlockers(facts: CloseFacts): CloseBlocker[] {
  const blockers: CloseBlocker[] = facts.steps
    .filter((step) => step.status === "open")
    .map((step) => ({ kind: "step" as const, step: step.step }));
  if (
    facts.route === "meldcode" &&
    frameworkConsequence(facts.framework).kind === "report" &&
    !facts.reportKinds.includes("veilig_thuis")
  ) {
    blockers.push({ kind: "report_veilig_thuis" });
  }
  return blockers;
}

/**
 * May the case be closed now? With open points the organisation's setting
 * `close_requires_complete` refuses; without it the person must confirm
 * they know what is open ("Ik weet dat … en wil toch afsluiten").
 */
export type CloseCheck = "ok" | "confirm" | "refused";

export function closeCheck(
  blockers: readonly CloseBlocker[],
  requiresComplete: boolean,
  confirmed: boolean,
): CloseCheck {
  if (blockers.length === 0) return "ok";
  if (requiresComplete) return "refused";
  return confirmed ? "ok" : "confirm";
}
