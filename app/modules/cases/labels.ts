import type { MessageKey } from "../../i18n";
import type { FrameworkConsequence, FrameworkQuestion } from "./decision-framework";
import type { PseudonymWarning } from "./pseudonym";
import type { StepNumber } from "./step-plan";
import type {
  CaseOutcome,
  CaseSetting,
  CaseStatus,
  ConsentForm,
  ConsentGiver,
  ConsentPurpose,
  ConsultedParty,
  Gender,
  Lvb,
  StepStatus,
  TaskKind,
} from "./tables";

/** The words for the values of the case file (message keys, written out in full). */
export const genderKeys: Record<Gender, MessageKey> = {
  female: "cases.gender.female",
  male: "cases.gender.male",
  other: "cases.gender.other",
  unknown: "cases.gender.unknown",
};

export const lvbKeys: Record<Lvb, MessageKey> = {
  yes: "cases.lvb.yes",
  suspected: "cases.lvb.suspected",
  no: "cases.lvb.no",
  unknown: "cases.lvb.unknown",
};

export const statusKeys: Record<CaseStatus, MessageKey> = {
  open: "cases.status.open",
  closing: "cases.status.closing",
  closed: "cases.status.closed",
};

export const outcomeKeys: Record<CaseOutcome, MessageKey> = {
  help_organised: "cases.outcome.help_organised",
  reported: "cases.outcome.reported",
  referred: "cases.outcome.referred",
  no_suspicion: "cases.outcome.no_suspicion",
  moved: "cases.outcome.moved",
  other: "cases.outcome.other",
};

export const stepStatusKeys: Record<StepStatus, MessageKey> = {
  open: "cases.stepStatus.open",
  done: "cases.stepStatus.done",
  skipped: "cases.stepStatus.skipped",
};

export const stepTitleKeys: Record<StepNumber, MessageKey> = {
  1: "cases.step1.title",
  2: "cases.step2.title",
  3: "cases.step3.title",
  4: "cases.step4.title",
  5: "cases.step5.title",
};

export const stepIntroKeys: Record<StepNumber, MessageKey> = {
  1: "cases.step1.intro",
  2: "cases.step2.intro",
  3: "cases.step3.intro",
  4: "cases.step4.intro",
  5: "cases.step5.intro",
};

export const consultedKeys: Record<ConsultedParty, MessageKey> = {
  colleague: "cases.consulted.colleague",
  safeguarding_officer: "cases.consulted.safeguarding_officer",
  veilig_thuis: "cases.consulted.veilig_thuis",
  koraal: "cases.consulted.koraal",
  police_avim: "cases.consulted.police_avim",
  forensic_doctor: "cases.consulted.forensic_doctor",
  other: "cases.consulted.other",
};

export const frameworkQuestionKeys: Record<FrameworkQuestion, MessageKey> = {
  suspicion: "cases.framework.suspicion",
  unsafety: "cases.framework.unsafety",
  canHelp: "cases.framework.canHelp",
  accepted: "cases.framework.accepted",
  inTime: "cases.framework.inTime",
};

/** The consequence of the framework's answers, in words. */
export function consequenceKey(consequence: FrameworkConsequence): MessageKey {
  switch (consequence.kind) {
    case "incomplete":
      return "cases.consequence.incomplete";
    case "close":
      return "cases.consequence.close";
    case "report":
      return consequence.decidedBy === "unsafety"
        ? "cases.consequence.reportUnsafety"
        : consequence.decidedBy === "inTime"
          ? "cases.consequence.reportInTime"
          : "cases.consequence.reportNoHelp";
    case "help":
      return consequence.checkInTime ? "cases.consequence.helpCheck" : "cases.consequence.help";
  }
}

export const settingKeys: Record<CaseSetting, MessageKey> = {
  outside_home: "cases.setting.outside_home",
  at_home: "cases.setting.at_home",
  unknown: "cases.setting.unknown",
};

export const purposeKeys: Record<ConsentPurpose, MessageKey> = {
  help: "cases.consent.purpose.help",
  comensha_registration: "cases.consent.purpose.comensha_registration",
  share_with_organisation: "cases.consent.purpose.share_with_organisation",
  referral: "cases.consent.purpose.referral",
  anonymous_statistics: "cases.consent.purpose.anonymous_statistics",
};

export const giverKeys: Record<ConsentGiver, MessageKey> = {
  young_person: "cases.consent.giver.young_person",
  parent: "cases.consent.giver.parent",
  guardian: "cases.consent.giver.guardian",
};

export const consentFormKeys: Record<ConsentForm, MessageKey> = {
  spoken: "cases.consent.form.spoken",
  written: "cases.consent.form.written",
};

export const taskKindKeys: Record<TaskKind, MessageKey> = {
  reassess: "cases.task.reassess",
  check_help: "cases.task.check_help",
  follow_up: "cases.task.follow_up",
  approve_closing: "cases.task.approve_closing",
  urgent_advice: "cases.task.urgent_advice",
  report_veilig_thuis: "cases.task.report_veilig_thuis",
  send_back: "cases.task.send_back",
};

export const warningKeys: Record<PseudonymWarning, MessageKey> = {
  name: "cases.warning.name",
  email: "cases.warning.email",
  phone: "cases.warning.phone",
};

/**
 * The reporting route that fits the age: under 18 the Meldcode with the
 * afwegingskader and Veilig Thuis; 18 and older, exploited outside the home,
 * the police (AVIM), CoMensha and the municipality's care coordinator.
 */
/** The case page's explanation of the route (route.ts, routeExplanation). */
export const routeKeys = {
  minor: { title: "cases.route.minor.title", body: "cases.route.minor.body" },
  adultAtHome: { title: "cases.route.adultAtHome.title", body: "cases.route.adultAtHome.body" },
  adult: { title: "cases.route.adult.title", body: "cases.route.adult.body" },
} as const satisfies Record<"minor" | "adultAtHome" | "adult", { title: MessageKey; body: MessageKey }>;
