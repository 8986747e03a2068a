import type { ColumnType, Generated } from "kysely";
import type { Band, FlagColour } from "../screening/definition";

/**
 * The cases tables (migration 20261129_0800_cases, docs/decisions/012-cases.md).
 * Owned by the cases module. Every table carries `tenant_id`; every query in
 * the repositories filters on it. Free text is only in `case_note`, encrypted.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date (`date` column), always read and written as `YYYY-MM-DD`. */
type DateOnly = ColumnType<string, string, string>;

export const genders = ["female", "male", "other", "unknown"] as const;
export type Gender = (typeof genders)[number];
export const caseSettings = ["outside_home", "at_home", "unknown"] as const;
export type CaseSetting = (typeof caseSettings)[number];
export const lvbValues = ["yes", "suspected", "no", "unknown"] as const;
export type Lvb = (typeof lvbValues)[number];
export const caseStatuses = ["open", "closing", "closed"] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseOutcomes = [
  "help_organised",
  "reported",
  "referred",
  "no_suspicion",
  "moved",
  "other",
] as const;
export type CaseOutcome = (typeof caseOutcomes)[number];
export const noteSubjects = [
  "case",
  "step",
  "consultation",
  "consent_override",
  "task",
  "referral",
  "report",
  "closing",
  "assessment",
  "send_back",
] as const;
export type NoteSubject = (typeof noteSubjects)[number];
export const stepStatuses = ["open", "done", "skipped"] as const;
export type StepStatus = (typeof stepStatuses)[number];
export const consultedParties = [
  "colleague",
  "safeguarding_officer",
  "veilig_thuis",
  "koraal",
  "police_avim",
  "forensic_doctor",
  "other",
] as const;
export type ConsultedParty = (typeof consultedParties)[number];
export const consentPurposes = [
  "help",
  "comensha_registration",
  "share_with_organisation",
  "referral",
  "anonymous_statistics",
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentGivers = ["young_person", "parent", "guardian"] as const;
export type ConsentGiver = (typeof consentGivers)[number];
export const consentForms = ["spoken", "written"] as const;
export type ConsentForm = (typeof consentForms)[number];
export const taskKinds = [
  "reassess",
  "check_help",
  "follow_up",
  "approve_closing",
  /** Urgent advice from an assessment; `detail` is the advice rule's id. */
  "urgent_advice",
  /** The framework says: report to Veilig Thuis. */
  "report_veilig_thuis",
  /** The safeguarding officer sent a closing request back; the reason is a `send_back` note on the task. */
  "send_back",
] as const;
export type TaskKind = (typeof taskKinds)[number];
export const referralStatuses = [
  "concept",
  "sent",
  "accepted",
  "declined",
  "completed",
  "withdrawn",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const reportKinds = ["veilig_thuis", "comensha", "police"] as const;
export type ReportKind = (typeof reportKinds)[number];

export interface CaseSettingTable {
  tenant_id: string;
  close_requires_approval: Generated<boolean>;
  /** Refuse closing while steps are open or a required report is missing (migration 20261203_1310). */
  close_requires_complete: Generated<boolean>;
  /** Empty: the platform's ZICHT_CASE_RETENTION_YEARS (migration 20261129_0850). */
  retention_years: Generated<number | null>;
}

export interface CaseFileTable {
  id: string;
  tenant_id: string;
  owner_user_id: string;
  pseudonym: string;
  birth_year: number | null;
  gender: Gender;
  lvb: Lvb;
  /** CBS code, e.g. GM0518. */
  municipality_code: string | null;
  /** Term ids of the `uitbuitingsvorm` taxonomy (content/taxonomies.ts). */
  exploitation_forms: ColumnType<string[], string[] | undefined, string[]>;
  /** Where the exploitation happens: with an adult it decides the route (route.ts). */
  setting: Generated<CaseSetting>;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  close_requested_by: string | null;
  close_requested_at: Timestamp | null;
  closed_by: string | null;
  closed_at: Timestamp | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface CaseShareTable {
  case_id: string;
  tenant_id: string;
  user_id: string;
  shared_by: string;
  shared_at: Timestamp;
}

export interface CaseNoteTable {
  id: string;
  case_id: string;
  tenant_id: string;
  subject_type: NoteSubject;
  subject_id: string;
  /** Which configured key encrypted this row (ZICHT_CASE_KEYS). */
  key_id: string;
  /** base64 */
  iv: string;
  auth_tag: string;
  ciphertext: string;
  written_by: string;
  written_at: Timestamp;
}

export interface CaseAssessmentTable {
  id: string;
  case_id: string;
  tenant_id: string;
  instrument_id: string;
  instrument_version: string;
  answers: ColumnType<Record<string, unknown>, string, string>;
  band: Band | null;
  flag: FlagColour | null;
  score: number | null;
  assessed_by: string;
  assessed_at: Timestamp;
}

export interface CaseStepTable {
  case_id: string;
  tenant_id: string;
  step: number;
  status: StepStatus;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp | null;
}

export interface CaseConsultationTable {
  id: string;
  case_id: string;
  tenant_id: string;
  consulted: ConsultedParty;
  consulted_on: DateOnly;
  recorded_by: string;
  recorded_at: Timestamp;
}

export interface CaseConsentTable {
  id: string;
  case_id: string;
  tenant_id: string;
  purpose: ConsentPurpose;
  target: string | null;
  given_by: ConsentGiver;
  /** Tells two parents apart ("moeder", "vader"); null for the young person. */
  giver_label: string | null;
  given_on: DateOnly;
  form: ConsentForm;
  recorded_by: string;
  recorded_at: Timestamp;
  withdrawn_on: DateOnly | null;
  withdrawn_recorded_by: string | null;
  withdrawn_recorded_at: Timestamp | null;
}

export interface CaseConsentOverrideTable {
  id: string;
  case_id: string;
  tenant_id: string;
  purpose: ConsentPurpose;
  target: string | null;
  decided_by: string;
  decided_at: Timestamp;
}

export interface CaseTaskTable {
  id: string;
  case_id: string;
  tenant_id: string;
  kind: TaskKind;
  instrument_id: string | null;
  /** Which advice or request the task is about: an id, never content. */
  detail: string | null;
  due_on: DateOnly;
  assigned_to: string;
  created_by: string;
  created_at: Timestamp;
  done_by: string | null;
  done_at: Timestamp | null;
}

export interface CaseReferralTable {
  id: string;
  case_id: string;
  tenant_id: string;
  service_id: string;
  service_name: string;
  status: ReferralStatus;
  consent_id: string | null;
  override_id: string | null;
  version: Generated<number>;
  created_by: string;
  created_at: Timestamp;
  updated_by: string;
  updated_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface CaseReferralEventTable {
  id: Generated<number>;
  referral_id: string;
  tenant_id: string;
  status: ReferralStatus;
  by_user: string;
  at: Timestamp;
}

export interface CaseReportTable {
  id: string;
  case_id: string;
  tenant_id: string;
  kind: ReportKind;
  reported_on: DateOnly;
  reference: string | null;
  consent_id: string | null;
  override_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export interface CasesTables {
  case_setting: CaseSettingTable;
  case_file: CaseFileTable;
  case_share: CaseShareTable;
  case_note: CaseNoteTable;
  case_assessment: CaseAssessmentTable;
  case_step: CaseStepTable;
  case_consultation: CaseConsultationTable;
  case_consent: CaseConsentTable;
  case_consent_override: CaseConsentOverrideTable;
  case_task: CaseTaskTable;
  case_referral: CaseReferralTable;
  case_referral_event: CaseReferralEventTable;
  case_report: CaseReportTable;
}
