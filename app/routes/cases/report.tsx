import { data, Form } from "react-router";
import type { Route } from "./+types/report";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { findWritableCase } from "../../modules/cases/cases.server";
import { maxReferenceLength, reportKindFromSlug, type ReportProblem } from "../../modules/cases/report-form";
import { listReports, recordReport, reportSummary } from "../../modules/cases/reports.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { Button } from "../../ui/button";
import { CsrfField } from "../../ui/csrf-field";
import { Fact, FactList } from "../../ui/fact-list";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { PrintButton } from "../../ui/print-button";
import { TextField } from "../../ui/text-field";
import { caseForAction, loadCase } from "./case-access.server";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

/**
 * The printable Veilig Thuis or CoMensha summary of a case, and the form
 * "I have reported" (date, reference). The CoMensha page without CoMensha
 * consent says so (422) and shows nothing of the case.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found, refuse } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const kind = reportKindFromSlug(params.kind);
  if (!kind) return refuse();
  const [outcome, reports, writable] = await Promise.all([
    reportSummary(context.db, context.config, actor, found.id, kind, t, locale),
    listReports(context.db, actor, found.id),
    findWritableCase(context.db, actor, found.id),
  ]);
  if (!outcome.ok && outcome.problem === "not_found") return refuse();
  const page = {
    breadcrumb: `${t(kind === "comensha" ? "cases.report.comensha.title" : "cases.report.vt.title")} — ${found.pseudonym}`,
    ...caseCrumbs(found, t(kind === "comensha" ? "cases.report.comensha.title" : "cases.report.vt.title")),
    csrf: me.csrfToken,
    caseId: found.id,
    pseudonym: found.pseudonym,
    slug: params.kind,
    kind,
    summary: outcome.ok ? outcome.summary : null,
    refusal: outcome.ok ? null : (outcome.problem as "no_consent" | "withdrawn"),
    canWrite: Boolean(writable) && found.status !== "closed",
    reports: reports
      .filter((report) => report.kind === kind)
      .map((report) => ({ id: report.id, reportedOn: report.reported_on, reference: report.reference })),
  };
  return outcome.ok ? page : data(page, { status: 422 });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form, refuse } = await caseForAction(request, context, params.id);
  const kind = reportKindFromSlug(params.kind);
  if (!kind) return refuse();
  const values = {
    reportedOn: String(form.get("reportedOn") ?? "").trim(),
    reference: String(form.get("reference") ?? "").trim(),
  };
  const outcome = await recordReport(context.db, context.config, actor, found.id, { kind, ...values });
  if (outcome.ok) {
    // A Veilig Thuis report is also step 5's act of reporting: the flash says so.
    return redirectWithFlash(request, `/casussen/${found.id}/meldingen/${params.kind}?gemeld=1`, {
      key: kind === "veilig_thuis" ? "flash.reportRecordedStep5" : "flash.reportRecorded",
    });
  }
  if (outcome.problem === "not_found") return refuse();
  if (outcome.problem === "invalid") {
    return data({ problems: outcome.problems, values, message: undefined }, { status: 422 });
  }
  const message: MessageKey =
    outcome.problem === "closed" ? "cases.error.closed" : "cases.report.error.noConsent";
  return data(
    { problems: [] as ReportProblem[], values, message },
    { status: outcome.problem === "closed" ? 409 : 422 },
  );
}

export default function Report({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const problem = (field: ReportProblem["field"]) => {
    const found = actionData?.problems.find((item) => item.field === field);
    return found ? t(found.message) : undefined;
  };
  const base = `/casussen/${loaderData.caseId}`;
  const summary = loaderData.summary;
  return (
    <PageContent>
      <Heading level={1}>
        {t(loaderData.kind === "comensha" ? "cases.report.comensha.title" : "cases.report.vt.title")}
      </Heading>
      <Paragraph>
        <Link to={base}>{t("cases.referral.back", { pseudonym: loaderData.pseudonym })}</Link>
      </Paragraph>
      {loaderData.refusal ? (
        <>
          <FormMessage kind="error">
            {t(
              loaderData.refusal === "withdrawn"
                ? "cases.report.error.withdrawn"
                : "cases.report.error.noConsent",
            )}
          </FormMessage>
          <Paragraph>{t("cases.report.consentHow")}</Paragraph>
        </>
      ) : null}
      {summary ? (
        <>
          <PageIntro>{summary.intro}</PageIntro>
          <PrintButton />
          <Paragraph className="zicht-no-print">
            <a href={`${base}/meldingen/${loaderData.slug}/pdf`} download>
              {t("cases.report.pdf")}
            </a>
          </Paragraph>
          {summary.sections.map((section, index) => (
            <PageSection key={section.heading} headingId={`section-${index}`} heading={section.heading}>
              <FactList>
                {section.lines.map((line, lineIndex) => (
                  <Fact key={`${line.label}-${lineIndex}`} term={line.label}>
                    {line.value}
                  </Fact>
                ))}
              </FactList>
            </PageSection>
          ))}
          <Paragraph>
            <em>{summary.basis}</em>
          </Paragraph>
        </>
      ) : null}

      {summary ? (
        <PageSection headingId="reported-heading" heading={t("cases.report.done")} className="zicht-no-print">
          {loaderData.reports.length > 0 ? (
            <FactList>
              {loaderData.reports.map((report) => (
                <Fact key={report.id} term={report.reportedOn}>
                  {report.reference ?? t("cases.report.noReference")}
                </Fact>
              ))}
            </FactList>
          ) : (
            <Paragraph>{t("cases.report.notYet")}</Paragraph>
          )}
          {loaderData.canWrite ? (
            <Form method="post" noValidate aria-labelledby="reported-heading">
              <CsrfField token={loaderData.csrf} />
              {actionData?.message ? <FormMessage kind="error">{t(actionData.message)}</FormMessage> : null}
              <TextField
                name="reportedOn"
                type="date"
                label={t("cases.report.reportedOn")}
                error={problem("reportedOn")}
                value={actionData?.values.reportedOn}
              />
              <TextField
                name="reference"
                label={t("cases.report.reference")}
                hint={t("cases.report.referenceHint")}
                error={problem("reference")}
                maxLength={maxReferenceLength}
                value={actionData?.values.reference}
              />
              <div>
                <Button appearance="primary-action">{t("cases.report.record")}</Button>
              </div>
            </Form>
          ) : null}
        </PageSection>
      ) : null}
    </PageContent>
  );
}
