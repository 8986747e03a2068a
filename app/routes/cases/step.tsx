import { data, Form } from "react-router";
import type { Route } from "./+types/step";
import { caseRoute } from "../../modules/cases/route";
import { sourcesByIds, toSourceView } from "../../modules/knowledge/sources";
import { NoteList } from "./note-list";
import { SourceList } from "../../ui/source-list";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { listAssessments } from "../../modules/cases/assessments.server";
import {
  frameworkConsequence,
  frameworkQuestions,
  type FrameworkAnswers,
} from "../../modules/cases/decision-framework";
import {
  consequenceKey,
  consultedKeys,
  frameworkQuestionKeys,
  stepIntroKeys,
  stepStatusKeys,
  stepTitleKeys,
} from "../../modules/cases/labels";
import {
  isStepNumber,
  maxNoteLength,
  nextAfterSave,
  parseConsultation,
  parseStepForm,
  recordedVeiligThuisReport,
  stepSources,
  type StepNumber,
} from "../../modules/cases/step-plan";
import {
  frameworkOf,
  listConsultations,
  listSteps,
  saveStepWithConsultation,
  StepConflictError,
  stepFormFacts,
} from "../../modules/cases/steps.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { consultedParties } from "../../modules/cases/tables";
import { bandKeys, flagLabelKeys } from "../../modules/screening/labels";
import { findInstrument } from "../../modules/screening/instruments";
import { Button } from "../../ui/button";
import { Checkbox, ChoiceGroup, Fieldset } from "../../ui/choice-group";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { ErrorSummary } from "../../ui/error-summary";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { InfoNote } from "../../ui/info-box";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { formatDay, formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { TextField } from "../../ui/text-field";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";
import { LiveFrameworkOutcome } from "./live-framework-outcome";
import { caseForAction, loadCase, today } from "./case-access.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

function stepOf(value: string): StepNumber | null {
  const step = Number(value);
  return isStepNumber(step) ? step : null;
}

async function stepData(
  context: Route.LoaderArgs["context"],
  actor: Parameters<typeof listSteps>[2],
  caseId: string,
) {
  const [steps, assessments, consultations] = await Promise.all([
    listSteps(context.db, context.config, actor, caseId),
    listAssessments(context.db, actor, caseId),
    listConsultations(context.db, context.config, actor, caseId),
  ]);
  return { steps: steps ?? [], assessments, consultations };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found, refuse } = await loadCase(request, context, params.id);
  const step = stepOf(params.step);
  if (step === null) return refuse();
  const { steps, assessments, consultations } = await stepData(context, actor, found.id);
  const current = steps.find((item) => item.step === step);
  if (!current) return refuse();
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  return {
    csrf: me.csrfToken,
    caseId: found.id,
    closed: found.status === "closed",
    step,
    route: caseRoute(found.birthYear, found.setting, today()),
    sources: sourcesByIds(stepSources[step]).map((source) => toSourceView(source, locale)),
    breadcrumb: `${t(stepTitleKeys[step])} — ${found.pseudonym}`,
    ...caseCrumbs(found, t(stepTitleKeys[step])),
    current: {
      status: current.status,
      data: current.data,
      version: current.version,
      updatedBy: current.updatedBy,
      updatedAt: current.updatedAt?.toISOString() ?? null,
      notes: current.notes.map((note) => ({ ...note, writtenAt: note.writtenAt.toISOString() })),
    },
    framework: frameworkOf(steps),
    assessments: assessments.map((assessment) => ({
      id: assessment.id,
      title: findInstrument(assessment.instrumentId)?.title ?? assessment.instrumentId,
      band: assessment.band,
      flag: assessment.flag,
      assessedAt: assessment.assessedAt.toISOString(),
    })),
    consultations,
    /** The Veilig Thuis report step 5 already records (report page or an earlier save): not asked again. */
    reported: step === 5 ? recordedVeiligThuisReport(current.data) : null,
    frameworkSource:
      step === 4
        ? (sourcesByIds(["afwegingskader-meldcode"]).map((source) => toSourceView(source, locale))[0] ?? null)
        : null,
  };
}

/**
 * Saves the step over the version the form was based on (409 when someone
 * saved in between; nothing is overwritten) and goes on to the next step
 * (step 5: the case page) with a flash. Step 2 saves its consultation, when
 * one is filled in, together with the step (one button, one transaction).
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form, refuse } = await caseForAction(request, context, params.id);
  const step = stepOf(params.step);
  if (step === null) return refuse();
  if (found.status === "closed")
    return data({ problems: [], conflict: false, closed: true }, { status: 409 });
  const consultation =
    step === 2 ? parseConsultation(form, today()) : ({ ok: true, consultation: null } as const);
  const facts = await stepFormFacts(context.db, found);
  const parsed = parseStepForm(
    step,
    form,
    {
      ...facts,
      consultations: facts.consultations + (consultation.ok && consultation.consultation ? 1 : 0),
      route: caseRoute(found.birthYear, found.setting, today()),
    },
    today(),
  );
  const problems = [...(consultation.ok ? [] : consultation.problems), ...(parsed.ok ? [] : parsed.problems)];
  if (!parsed.ok || !consultation.ok)
    return data({ problems, conflict: false, closed: false }, { status: 422 });
  try {
    const saved = await saveStepWithConsultation(
      context.db,
      context.config,
      actor,
      found.id,
      step,
      parsed,
      consultation.consultation,
    );
    if (!saved) return data({ problems: [], conflict: false, closed: true }, { status: 409 });
  } catch (error) {
    if (!(error instanceof StepConflictError)) throw error;
    return data({ problems: [], conflict: true, closed: false }, { status: 409 });
  }
  const next = nextAfterSave(step);
  return redirectWithFlash(
    request,
    next === null ? `/casussen/${found.id}#stappenplan` : `/casussen/${found.id}/stappen/${next}`,
    next === null
      ? { key: "flash.stepsDone" }
      : step === 2 && consultation.consultation
        ? { key: "flash.consultationStepSaved" }
        : { key: "flash.stepSaved", params: { step: String(step) } },
  );
}

export default function CaseStep({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { step, current } = loaderData;
  const problems = actionData?.problems ?? [];
  const errorOf = (field: string) => {
    const problem = problems.find((item) => item.field === field);
    return problem ? t(problem.message) : undefined;
  };
  const stored = current.data as Record<string, unknown>;
  const framework = loaderData.framework as FrameworkAnswers;
  const answers = step === 4 ? (stored as FrameworkAnswers) : framework;
  const consequence = frameworkConsequence(answers);
  const statusOptions = (["open", "done", ...(step === 3 ? (["skipped"] as const) : [])] as const).map(
    (value) => ({
      value,
      label: t(stepStatusKeys[value]),
    }),
  );
  return (
    <PageContent>
      <Heading level={1}>{loaderData.breadcrumb}</Heading>
      <PageIntro>{t(stepIntroKeys[step])}</PageIntro>
      {actionData?.conflict ? <FormMessage kind="error">{t("cases.error.stepChanged")}</FormMessage> : null}
      {actionData?.closed ? <FormMessage kind="error">{t("cases.error.closed")}</FormMessage> : null}
      {problems.length > 0 ? (
        <ErrorSummary
          heading={t("cases.error.summary")}
          errors={problems.map((problem) => ({ href: `#${problem.field}`, message: t(problem.message) }))}
        />
      ) : null}
      {current.updatedAt ? (
        <Paragraph>
          {t("cases.step.lastSaved", {
            who: current.updatedBy ?? "",
            when: formatMoment(current.updatedAt, locale),
            status: t(stepStatusKeys[current.status]),
          })}
        </Paragraph>
      ) : null}

      {step === 2 ? (
        <PageSection headingId="overleg" heading={t("cases.consultation.title")}>
          {loaderData.consultations.length === 0 ? (
            <Paragraph>{t("cases.consultation.none")}</Paragraph>
          ) : (
            <DataTable
              caption={t("cases.consultation.caption")}
              headers={[
                t("cases.consultation.on"),
                t("cases.consultation.with"),
                t("cases.consultation.advice"),
                t("cases.assessments.by"),
              ]}
              rowHeaders
              rows={loaderData.consultations.map((item) => ({
                key: item.id,
                cells: [
                  formatDay(item.consultedOn, locale),
                  t(consultedKeys[item.consulted]),
                  item.advice,
                  item.recordedBy,
                ],
              }))}
            />
          )}
        </PageSection>
      ) : null}

      {step === 5 ? (
        <Paragraph>
          <strong>{t("cases.steps.consequence")}</strong> {t(consequenceKey(consequence))}
        </Paragraph>
      ) : null}
      {step === 4 && loaderData.closed ? (
        <Paragraph>
          <strong>{t("cases.steps.consequence")}</strong> {t(consequenceKey(consequence))}
        </Paragraph>
      ) : null}

      {loaderData.closed ? null : (
        <Form
          method="post"
          noValidate
          className="zicht-account-form"
          aria-labelledby="stap-form"
          id="stap-formulier"
        >
          <Heading level={2} id="stap-form">
            {t("cases.step.form")}
          </Heading>
          <CsrfField token={loaderData.csrf} />
          <HiddenField name="version" value={String(current.version)} />

          {step === 1 ? (
            loaderData.assessments.length === 0 ? (
              <Paragraph>
                {t("cases.step1.noAssessments")}{" "}
                <Link to={`/casussen/${loaderData.caseId}#signaleringen`}>
                  {t("cases.assessments.title")}
                </Link>
              </Paragraph>
            ) : (
              <ChoiceGroup
                id="assessments"
                name="assessments"
                multiple
                legend={t("cases.step1.link")}
                error={errorOf("assessments")}
                defaultValue={(stored.assessmentIds as string[] | undefined) ?? []}
                options={loaderData.assessments.map((item) => ({
                  value: item.id,
                  label: `${item.title}, ${formatMoment(item.assessedAt, locale)}: ${
                    item.band ? t(bandKeys[item.band].label) : item.flag ? t(flagLabelKeys[item.flag]) : ""
                  }`,
                }))}
              />
            )
          ) : null}
          {step === 2 ? (
            <Fieldset legend={t("cases.consultation.title")}>
              <Paragraph>{t("cases.consultation.optional")}</Paragraph>
              <FormField
                inputId="consulted"
                label={t("cases.consultation.with")}
                error={errorOf("consulted")}
              >
                <Select
                  id="consulted"
                  name="consulted"
                  invalid={Boolean(errorOf("consulted"))}
                  options={[
                    { value: "", label: t("cases.consultation.nobody") },
                    ...consultedParties.map((value) => ({ value, label: t(consultedKeys[value]) })),
                  ]}
                />
              </FormField>
              <TextField
                name="consultedOn"
                type="date"
                label={t("cases.consultation.on")}
                error={errorOf("consultedOn")}
              />
              <TextField
                name="advice"
                label={t("cases.consultation.adviceLabel")}
                error={errorOf("advice")}
                rows={3}
                maxLength={maxNoteLength}
              />
            </Fieldset>
          ) : null}
          {step === 2 && errorOf("consultations") ? (
            <p id="consultations" className="utrecht-form-field-error-message">
              {errorOf("consultations")}
            </p>
          ) : null}
          {step === 3 ? (
            <>
              <Fieldset legend={t("cases.step3.with")}>
                <Checkbox
                  id="talkedWith-young_person"
                  name="talkedWith"
                  value="young_person"
                  checked={((stored.talkedWith as string[] | undefined) ?? []).includes("young_person")}
                  label={t("cases.step3.youngPerson")}
                />
                <Checkbox
                  id="talkedWith-parents"
                  name="talkedWith"
                  value="parents"
                  checked={((stored.talkedWith as string[] | undefined) ?? []).includes("parents")}
                  label={t("cases.step3.parents")}
                />
              </Fieldset>
              {errorOf("talkedWith") ? (
                <p id="talkedWith" className="utrecht-form-field-error-message">
                  {errorOf("talkedWith")}
                </p>
              ) : null}
              <TextField
                name="talkedOn"
                type="date"
                label={t("cases.step3.on")}
                error={errorOf("talkedOn")}
                value={(stored.talkedOn as string | null) ?? undefined}
              />
            </>
          ) : null}
          {step === 4 ? (
            <div id="framework">
              {errorOf("framework") ? (
                <p className="utrecht-form-field-error-message">{errorOf("framework")}</p>
              ) : null}
              {frameworkQuestions.map((question) => (
                <ChoiceGroup
                  key={question}
                  id={`q-${question}`}
                  name={`q-${question}`}
                  legend={t(frameworkQuestionKeys[question])}
                  descriptions={
                    question === "unsafety"
                      ? [
                          t("cases.framework.explainUnsafety"),
                          ...(loaderData.frameworkSource
                            ? [
                                <Link key="source" to={loaderData.frameworkSource.url}>
                                  {t("cases.framework.explainSource", {
                                    title: loaderData.frameworkSource.title,
                                    publisher: loaderData.frameworkSource.publisher,
                                    year: String(loaderData.frameworkSource.year),
                                  })}
                                </Link>,
                              ]
                            : []),
                        ]
                      : undefined
                  }
                  defaultValue={answers[question]}
                  options={[
                    { value: "yes", label: t("cases.framework.yes") },
                    { value: "no", label: t("cases.framework.no") },
                  ]}
                />
              ))}
              <LiveFrameworkOutcome formId="stap-formulier" saved={answers} />
            </div>
          ) : null}
          {step === 5 ? (
            <>
              {loaderData.reported ? (
                <InfoNote>
                  <strong>
                    {t("cases.step5.reported", { date: formatDay(loaderData.reported.reportedOn, locale) })}
                  </strong>{" "}
                  {loaderData.reported.reference
                    ? t("cases.step5.reportedReference", { reference: loaderData.reported.reference })
                    : null}{" "}
                  {t("cases.step5.reportedDone")}
                </InfoNote>
              ) : null}
              <Fieldset legend={t("cases.step5.decision")}>
                <Checkbox
                  id="help"
                  name="help"
                  value="yes"
                  checked={stored.help === true}
                  label={t("cases.step5.help")}
                />
                {loaderData.reported ? null : (
                  <Checkbox
                    id="report"
                    name="report"
                    value="yes"
                    checked={stored.report === true}
                    label={t("cases.step5.report")}
                  />
                )}
              </Fieldset>
              {errorOf("decision") ? (
                <p id="decision" className="utrecht-form-field-error-message">
                  {errorOf("decision")}
                </p>
              ) : null}
            </>
          ) : null}
          {step === 5 && !loaderData.reported ? (
            <>
              <ChoiceGroup
                id="reportKind"
                name="reportKind"
                legend={t("cases.step5.reportKind")}
                defaultValue={(stored.reportKind as string | null) ?? undefined}
                error={errorOf("reportKind")}
                options={[
                  { value: "veilig_thuis", label: t("cases.step5.veiligThuis") },
                  { value: "police", label: t("cases.step5.police") },
                ]}
              />
              <TextField
                name="reportedOn"
                type="date"
                label={t("cases.step5.reportedOn")}
                error={errorOf("reportedOn")}
                value={(stored.reportedOn as string | null) ?? undefined}
              />
              <TextField
                name="reference"
                label={t("cases.step5.reference")}
                error={errorOf("reference")}
                value={(stored.reference as string | null) ?? undefined}
                maxLength={80}
              />
            </>
          ) : null}

          <TextField
            name="note"
            label={t(step === 3 ? "cases.step3.note" : "cases.step.note")}
            error={errorOf("note")}
            rows={4}
            maxLength={maxNoteLength}
          />
          <ChoiceGroup
            id="status"
            name="status"
            legend={t("cases.step.status")}
            defaultValue={current.status}
            error={errorOf("status")}
            options={statusOptions}
          />
          <div>
            <Button appearance="primary-action">
              {t(step === 2 ? "cases.consultation.stepSubmit" : "cases.step.submit")}
            </Button>
          </div>
        </Form>
      )}

      {current.notes.length > 0 ? (
        <PageSection headingId="stap-notities" heading={t("cases.notes.title")}>
          <NoteList notes={current.notes} />
        </PageSection>
      ) : null}
      {loaderData.route === "adult" && (step === 4 || step === 5) ? (
        <Paragraph>{t("cases.route.adultStep")}</Paragraph>
      ) : null}
      <PageSection headingId="bronnen" heading={t("cases.route.sources")}>
        <SourceList sources={loaderData.sources} />
      </PageSection>
      <Paragraph>
        <Link to={`/casussen/${loaderData.caseId}#stappenplan`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
