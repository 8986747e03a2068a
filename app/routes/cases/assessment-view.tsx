import type { Route } from "./+types/assessment-view";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { answeredItems, storedScoreBody } from "../../modules/cases/assessment-answers";
import { getAssessment } from "../../modules/cases/assessments.server";
import { isUuid } from "../../modules/cases/cases.server";
import { findInstrument } from "../../modules/screening/instruments";
import { DutchContent } from "../../ui/content-language";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { ResultView } from "../screening/result-view";
import { AssessmentOutcome } from "./assessment-outcome";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";
import { loadCase } from "./case-access.server";
import { scoreStoredAssessment } from "./stored-result.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

/**
 * One stored assessment of a case, shown again: who filled it in, when and
 * with which version; the outcome with its explanation (the screening
 * result page, scored again from the stored answers when the instrument has
 * not changed since); every answered question with its answer, free text
 * decrypted. Same door as the case page; reading it is audited (`case.read`).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { actor, found, refuse } = await loadCase(request, context, params.id);
  if (!isUuid(params.assessmentId)) return refuse();
  const stored = await getAssessment(context.db, context.config, actor, found.id, params.assessmentId);
  const definition = stored ? findInstrument(stored.instrument_id) : undefined;
  if (!stored || !definition) return refuse();
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const body = storedScoreBody(definition, stored.answers, stored.freeText);
  const sameVersion = stored.instrument_version === definition.version;
  const scored = await scoreStoredAssessment(context.db, definition, stored, found, t);
  const assessedAt = stored.assessed_at.toISOString();
  return {
    caseId: found.id,
    definition,
    sameVersion,
    scored,
    assessment: {
      version: stored.instrument_version,
      band: stored.band,
      flag: stored.flag,
      assessedAt,
      assessedBy: stored.assessed_by_name,
    },
    answers: answeredItems(definition, body.answers, t),
    breadcrumb: t("cases.assessmentView.breadcrumb", {
      title: definition.title,
      date: formatMoment(assessedAt, locale),
    }),
    ...caseCrumbs(
      found,
      t("cases.assessmentView.breadcrumb", {
        title: definition.title,
        date: formatMoment(assessedAt, locale),
      }),
    ),
  };
}

export default function CaseAssessmentView({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { definition, scored, assessment, caseId } = loaderData;
  const who = (
    <Paragraph>
      {t("cases.assessmentView.who", {
        who: assessment.assessedBy,
        when: formatMoment(assessment.assessedAt, locale),
        version: assessment.version,
      })}
    </Paragraph>
  );
  const back = (
    <Paragraph>
      <Link to={`/casussen/${caseId}#instrument-${definition.id}`}>{t("cases.back")}</Link>
    </Paragraph>
  );
  const answers = (
    <PageSection headingId="antwoorden" heading={t("cases.assessmentView.answers")}>
      {loaderData.answers.length === 0 ? (
        <Paragraph>{t("cases.assessmentView.noAnswers")}</Paragraph>
      ) : (
        loaderData.answers.map((domain) => (
          <DataTable
            key={domain.id}
            rowHeaders
            caption={t("cases.assessmentView.caption", { domain: domain.title })}
            headers={[t("cases.assessmentView.question"), t("cases.assessmentView.answer")]}
            rows={domain.answers.map((item) => ({
              key: item.id,
              cells: [
                <DutchContent key="question">{item.question}</DutchContent>,
                <DutchContent key="answer">
                  <span className="zicht-pre-line">{item.answer}</span>
                </DutchContent>,
              ],
            }))}
          />
        ))
      )}
    </PageSection>
  );

  return (
    <PageContent>
      {scored ? (
        <ResultView
          definition={definition}
          result={scored.result}
          request={scored.request}
          intro={who}
          actions={
            <>
              {answers}
              {back}
            </>
          }
        />
      ) : (
        <>
          <Heading level={1}>{t("screening.result.title", { title: definition.title })}</Heading>
          {who}
          <p>
            <AssessmentOutcome band={assessment.band} flag={assessment.flag} />
          </p>
          {loaderData.sameVersion ? null : (
            <Paragraph>{t("cases.assessmentView.otherVersion", { current: definition.version })}</Paragraph>
          )}
          {answers}
          {back}
        </>
      )}
    </PageContent>
  );
}
