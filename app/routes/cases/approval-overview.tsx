import { useLocale, useTranslate } from "../../i18n/use-translate";
import { stepStatusKeys, stepTitleKeys } from "../../modules/cases/labels";
import type { StepNumber } from "../../modules/cases/step-plan";
import type { ConsentGiver, ConsentPurpose, StepStatus } from "../../modules/cases/tables";
import type { Band, FlagColour } from "../../modules/screening/definition";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { StatusBadge } from "../../ui/status-badge";
import { AssessmentOutcome } from "./assessment-outcome";
import { ConsentList } from "./consent-list";
import { NoteList } from "./note-list";

export interface ApprovalCase {
  caseId: string;
  steps: Array<{ step: StepNumber; status: StepStatus; updatedBy: string | null; updatedAt: string | null }>;
  assessments: Array<{
    instrumentId: string;
    title: string;
    band: Band | null;
    flag: FlagColour | null;
    assessedAt: string;
    assessedBy: string;
  }>;
  consents: Array<{
    id: string;
    purpose: ConsentPurpose;
    target: string | null;
    givenBy: ConsentGiver;
    giverLabel: string | null;
    givenOn: string;
    withdrawnOn: string | null;
  }>;
  notes: Array<{ id: string; text: string; writtenBy: string; writtenAt: string }>;
}

/**
 * What a safeguarding officer reads before approving a closing: the steps
 * with their status, the latest assessment per instrument with its band,
 * the consents and the notes they may read.
 */
export function ApprovalOverview({ overview }: { overview: ApprovalCase }) {
  const t = useTranslate();
  const locale = useLocale();
  const base = `/casussen/${overview.caseId}`;
  return (
    <>
      <PageSection headingId="stappen" heading={t("cases.steps.title")}>
        <ol className="zicht-case-steps">
          {overview.steps.map((step) => (
            <li key={step.step}>
              <Link to={`${base}/stappen/${step.step}`}>{t(stepTitleKeys[step.step])}</Link>{" "}
              <StatusBadge tone={step.status === "open" ? "unknown" : "safe"}>
                {t(stepStatusKeys[step.status])}
              </StatusBadge>
              {step.updatedAt && step.updatedBy ? (
                <span className="zicht-note__meta">
                  {" "}
                  {t("cases.closeReview.updated", {
                    name: step.updatedBy,
                    moment: formatMoment(step.updatedAt, locale),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </PageSection>
      <PageSection headingId="signaleringen" heading={t("cases.assessments.title")}>
        {overview.assessments.length === 0 ? (
          <Paragraph>{t("cases.closeReview.noAssessments")}</Paragraph>
        ) : (
          <ul className="zicht-list">
            {overview.assessments.map((assessment) => (
              <li key={assessment.instrumentId}>
                {assessment.title}: <AssessmentOutcome band={assessment.band} flag={assessment.flag} />{" "}
                <span className="zicht-note__meta">
                  {t("cases.closeReview.updated", {
                    name: assessment.assessedBy,
                    moment: formatMoment(assessment.assessedAt, locale),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </PageSection>
      <PageSection headingId="toestemming" heading={t("cases.consent.title")}>
        <ConsentList consents={overview.consents} />
      </PageSection>
      <PageSection headingId="notities" heading={t("cases.notes.title")}>
        <NoteList notes={overview.notes} />
      </PageSection>
    </>
  );
}
