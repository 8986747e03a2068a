import { data, Form } from "react-router";
import type { Route } from "./+types/view";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { hadRedFlag, newestFirst, trendScale } from "../../modules/cases/assessment-trend";
import { listAssessments } from "../../modules/cases/assessments.server";
import { municipalityName } from "../../modules/cases/case-form";
import { findWritableCase } from "../../modules/cases/cases.server";
import { addCaseNote, listNotes } from "../../modules/cases/notes.server";
import {
  listShareableColleagues,
  listShares,
  shareCase,
  unshareCase,
} from "../../modules/cases/shares.server";
import { closingRecord, completeTask, listCaseTasks } from "../../modules/cases/closing.server";
import { listConsents } from "../../modules/cases/consents.server";
import { frameworkConsequence } from "../../modules/cases/decision-framework";
import {
  consequenceKey,
  genderKeys,
  lvbKeys,
  outcomeKeys,
  routeKeys,
  statusKeys,
  stepStatusKeys,
  stepTitleKeys,
  taskKindKeys,
} from "../../modules/cases/labels";
import { maxNoteLength } from "../../modules/cases/step-plan";
import { frameworkOf, listSteps } from "../../modules/cases/steps.server";
import { instruments } from "../../modules/screening/instruments";
import { urgentAdviceTitle } from "../../modules/cases/urgent-advice";
import { taxonomies } from "../../../content/taxonomies";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { Fact, FactList } from "../../ui/fact-list";
import { FormField } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { localeFromCookieHeader, translator } from "../../i18n";
import { formatDay, formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageSection } from "../../ui/page-section";
import { InfoBox } from "../../ui/info-box";
import { SourceList } from "../../ui/source-list";
import { caseRoute, routeExplanation, routeSources } from "../../modules/cases/route";
import { sourcesByIds, toSourceView } from "../../modules/knowledge/sources";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { StatusBadge } from "../../ui/status-badge";
import { TextField } from "../../ui/text-field";
import { AssessmentOutcome } from "./assessment-outcome";
import { ConsentList } from "./consent-list";
import { caseMeta, casePageHandle } from "./case-meta";
import { caseForAction, loadCase, today } from "./case-access.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { TrendChart, TrendMarker } from "./trend-chart";
import { caseNextStep } from "../../modules/cases/next-step.server";
import { CaseNextStep } from "./case-next-step";
import { NoteList } from "./note-list";
import { caseTimelineView } from "../../modules/cases/timeline.server";
import { CaseTimeline } from "./case-timeline";
import { VeiligThuisWarning } from "./veilig-thuis-warning";
import { CaseLatestResults } from "./case-latest-result";
import { latestResults } from "./stored-result.server";
import { ClosedSummary, closingView, sendBackReason } from "./closed-summary";

export const handle = casePageHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

const formTerms = taxonomies.find((taxonomy) => taxonomy.id === "uitbuitingsvorm")?.terms ?? [];

/** The case page: facts, step plan, assessments with their trend, consent, tasks, sharing and notes. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const [writable, steps, assessments, consents, tasks, shares, colleagues, notes, closing] =
    await Promise.all([
      findWritableCase(context.db, actor, found.id),
      listSteps(context.db, context.config, actor, found.id),
      listAssessments(context.db, actor, found.id),
      listConsents(context.db, actor, found.id),
      listCaseTasks(context.db, actor, found.id),
      listShares(context.db, actor, found.id),
      listShareableColleagues(context.db, actor),
      listNotes(context.db, context.config, actor, found.id),
      closingRecord(context.db, actor, found.id),
    ]);
  const nextStep = await caseNextStep(context.db, actor, found, today());
  // Per instrument: the scale of its chart and its history, newest first (the chart sorts it back).
  // The answers stay on the server; the page gets only whether there was a red flag.
  const byInstrument = instruments.map((definition) => ({
    id: definition.id,
    title: definition.title,
    kind: definition.kind,
    scale: trendScale(definition),
    history: newestFirst(
      assessments
        .filter((assessment) => assessment.instrumentId === definition.id)
        .map((assessment) => ({
          id: assessment.id,
          at: assessment.assessedAt.toISOString(),
          band: assessment.band,
          flag: assessment.flag,
          score: assessment.score,
          redFlag: hadRedFlag(definition, assessment),
          assessedBy: assessment.assessedBy,
          instrumentVersion: assessment.instrumentVersion,
        })),
    ),
  }));
  return {
    csrf: me.csrfToken,
    nextStep,
    today: today(),
    timeline: await caseTimelineView(context.db, found, new URL(request.url)),
    breadcrumb: t("cases.view.title", { pseudonym: found.pseudonym }),
    pageCrumb: found.pseudonym,
    canWrite: Boolean(writable) && found.status !== "closed",
    isOwner: found.ownerUserId === me.userId,
    case: {
      id: found.id,
      pseudonym: found.pseudonym,
      birthYear: found.birthYear,
      gender: found.gender,
      lvb: found.lvb,
      municipality: municipalityName(found.municipalityCode) ?? null,
      forms: found.exploitationForms,
      status: found.status,
      outcome: found.outcome,
      ownerName: found.ownerName,
      createdAt: found.createdAt.toISOString(),
    },
    steps: (steps ?? []).map((step) => ({
      step: step.step,
      status: step.status,
      updatedBy: step.updatedBy,
      updatedAt: step.updatedAt?.toISOString() ?? null,
    })),
    latestResults: await latestResults(context.db, context.config, actor, found, t),
    consequence: frameworkConsequence(frameworkOf(steps ?? [])),
    route: routeExplanation(found.birthYear, found.setting, today()),
    routeSources: sourcesByIds(routeSources[caseRoute(found.birthYear, found.setting, today())]).map(
      (source) => toSourceView(source, locale),
    ),
    instruments: byInstrument,
    consents: consents.map((consent) => ({ ...consent })),
    tasks: tasks.map((task) => ({
      ...task,
      reason: sendBackReason(notes, task.id),
      // An urgent-advice task names its advice ("Bel eerst 112"), so several of them read apart.
      advice: task.kind === "urgent_advice" ? urgentAdviceTitle(task.detail) : null,
    })),
    closing: closing?.closedAt ? closingView(closing) : null,
    shares: shares.map((share) => ({ userId: share.user_id, name: share.name || share.email })),
    colleagues: colleagues.filter(
      (colleague) =>
        colleague.id !== found.ownerUserId && !shares.some((share) => share.user_id === colleague.id),
    ),
    notes: notes
      .filter((note) => note.subjectType === "case")
      .map((note) => ({
        id: note.id,
        text: note.text,
        writtenBy: note.writtenBy,
        writtenAt: note.writtenAt.toISOString(),
      })),
  };
}

/** Sharing, finishing a task and adding a note. Anything outside the person's scope is 404. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form } = await caseForAction(request, context, params.id);
  const intent = form.get("intent");
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const sharedName = async (userId: string) => {
    const share = (await listShares(context.db, actor, found.id)).find((item) => item.user_id === userId);
    return share ? share.name || share.email : "";
  };
  if (intent === "share") {
    const outcome = await shareCase(context.db, context.config, actor, found.id, text("userId"));
    if (outcome !== "shared") return data({ error: "cases.share.error" as const }, { status: 422 });
    return redirectWithFlash(request, `/casussen/${found.id}#delen`, {
      key: "flash.shared",
      params: { name: await sharedName(text("userId")) },
    });
  }
  if (intent === "unshare") {
    const name = await sharedName(text("userId"));
    await unshareCase(context.db, context.config, actor, found.id, text("userId"));
    return redirectWithFlash(request, `/casussen/${found.id}#delen`, {
      key: "flash.unshared",
      params: { name },
    });
  }
  if (intent === "task-done") {
    const task = (await listCaseTasks(context.db, actor, found.id)).find(
      (item) => item.id === text("taskId"),
    );
    const done = await completeTask(context.db, context.config, actor, found.id, text("taskId"));
    if (!done || !task) return data({ error: "cases.task.error" as const }, { status: 404 });
    return redirectWithFlash(request, `/casussen/${found.id}`, {
      key: "flash.taskDone",
      params: { task: t(taskKindKeys[task.kind]) },
    });
  }
  if (intent === "note") {
    const note = text("note");
    if (note === "" || note.length > maxNoteLength) {
      return data({ error: "cases.notes.error" as const }, { status: 422 });
    }
    if (!(await addCaseNote(context.db, context.config, actor, found.id, note))) {
      return data({ error: "cases.error.closed" as const }, { status: 409 });
    }
    return redirectWithFlash(request, `/casussen/${found.id}#notities`, { key: "flash.noteSaved" });
  }
  throw data(null, { status: 400 });
}

export default function CaseView({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const item = loaderData.case;
  const base = `/casussen/${item.id}`;
  return (
    <PageContent>
      <Heading level={1}>{loaderData.breadcrumb}</Heading>
      <CaseNextStep next={loaderData.nextStep} today={loaderData.today} canWrite={loaderData.canWrite} />
      {actionData?.error ? <FormMessage kind="error">{t(actionData.error)}</FormMessage> : null}
      <FactList>
        <Fact term={t("cases.dashboard.status")}>
          {t(statusKeys[item.status])}
          {item.outcome ? ` — ${t(outcomeKeys[item.outcome])}` : ""}
        </Fact>
        <Fact term={t("cases.field.birthYear")}>{item.birthYear ?? t("cases.lvb.unknown")}</Fact>
        <Fact term={t("cases.field.gender")}>{t(genderKeys[item.gender])}</Fact>
        <Fact term={t("cases.view.lvb")}>{t(lvbKeys[item.lvb])}</Fact>
        <Fact term={t("cases.view.municipality")}>{item.municipality ?? t("cases.lvb.unknown")}</Fact>
        <Fact term={t("cases.view.forms")}>
          {item.forms.length === 0
            ? t("cases.view.formsNone")
            : item.forms
                .map((code) => formTerms.find((term) => term.code === code)?.name[locale] ?? code)
                .join(", ")}
        </Fact>
        <Fact term={t("cases.dashboard.owner")}>{item.ownerName}</Fact>
        <Fact term={t("cases.view.opened")}>{formatMoment(item.createdAt, locale)}</Fact>
      </FactList>
      <ClosedSummary record={loaderData.closing} />
      {loaderData.canWrite ? (
        <Paragraph>
          <Link to={`${base}/bewerken`}>{t("cases.edit.title")}</Link>
          {" · "}
          <Link to={`${base}/toestemming`}>{t("cases.consent.title")}</Link>
          {" · "}
          <Link to={`${base}/afsluiten`}>{t("cases.close.title")}</Link>
        </Paragraph>
      ) : item.status === "closing" ? (
        <Paragraph>
          <Link to={`${base}/afsluiten`}>{t("cases.close.title")}</Link>
        </Paragraph>
      ) : null}

      <InfoBox headingId="route" heading={t(routeKeys[loaderData.route].title)} headingAppearance={3}>
        <Paragraph>{t(routeKeys[loaderData.route].body)}</Paragraph>
        <Paragraph>
          <Link to={`${base}/bewerken#setting`}>{t("cases.route.change")}</Link>
        </Paragraph>
        <Heading level={3}>{t("cases.route.sources")}</Heading>
        <SourceList sources={loaderData.routeSources} />
      </InfoBox>

      <VeiligThuisWarning caseId={item.id} consequence={loaderData.consequence} tasks={loaderData.tasks} />
      <PageSection headingId="stappenplan" heading={t("cases.steps.title")}>
        <Paragraph>{t("cases.steps.intro")}</Paragraph>
        <ol className="zicht-case-steps">
          {loaderData.steps.map((step) => (
            <li key={step.step}>
              <Link to={`${base}/stappen/${step.step}`}>{t(stepTitleKeys[step.step])}</Link>{" "}
              <StatusBadge tone={step.status === "open" ? "unknown" : "safe"}>
                {t(stepStatusKeys[step.status])}
              </StatusBadge>
              {step.updatedAt ? (
                <span className="zicht-note__meta">
                  {" "}
                  {t("cases.steps.by", {
                    who: step.updatedBy ?? "",
                    when: formatMoment(step.updatedAt, locale),
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
        <Paragraph>
          <strong>{t("cases.steps.consequence")}</strong> {t(consequenceKey(loaderData.consequence))}
        </Paragraph>
      </PageSection>

      <CaseLatestResults caseId={item.id} results={loaderData.latestResults} />
      <PageSection headingId="signaleringen" heading={t("cases.assessments.title")}>
        {loaderData.instruments.map((instrument) => (
          <section key={instrument.id} aria-labelledby={`instrument-${instrument.id}`}>
            <Heading level={3} id={`instrument-${instrument.id}`}>
              {instrument.title}
            </Heading>
            {instrument.history.length === 0 ? (
              <Paragraph>{t("cases.assessments.none")}</Paragraph>
            ) : (
              <>
                <TrendChart title={instrument.title} scale={instrument.scale} entries={instrument.history} />
                <DataTable
                  caption={t("cases.assessments.caption", { title: instrument.title })}
                  headers={[
                    t("cases.assessments.when"),
                    t("cases.assessments.score"),
                    t("cases.assessments.outcome"),
                    t(
                      instrument.kind === "signals"
                        ? "cases.assessments.redFlag"
                        : "cases.assessments.urgentFlag",
                    ),
                    t("cases.assessments.by"),
                  ]}
                  rowHeaders
                  rows={instrument.history.map((entry) => ({
                    key: entry.id,
                    cells: [
                      <Link
                        key="when"
                        to={`${base}/beoordelingen/${entry.id}`}
                        aria-label={t("cases.assessmentView.open", {
                          when: formatMoment(entry.at, locale),
                        })}
                      >
                        {formatMoment(entry.at, locale)}
                      </Link>,
                      entry.score === null ? "–" : String(entry.score),
                      <AssessmentOutcome key="outcome" band={entry.band} flag={entry.flag} />,
                      entry.redFlag ? (
                        <strong key="red-flag" className="zicht-trend__flag-cell">
                          <TrendMarker kind="red-flag" />
                          {t("cases.assessments.yes")}
                        </strong>
                      ) : (
                        t("cases.assessments.no")
                      ),
                      `${entry.assessedBy} (${t("cases.assessments.version", { version: entry.instrumentVersion })})`,
                    ],
                  }))}
                />
              </>
            )}
            {loaderData.canWrite ? (
              <Paragraph>
                <Link to={`${base}/signaleren/${instrument.id}`}>
                  {t(instrument.history.length === 0 ? "cases.assessments.fill" : "cases.assessments.again", {
                    title: instrument.title,
                  })}
                </Link>
              </Paragraph>
            ) : null}
          </section>
        ))}
      </PageSection>

      <PageSection headingId="taken-casus" heading={t("cases.dashboard.tasks")}>
        {loaderData.tasks.length === 0 ? (
          <Paragraph>{t("cases.dashboard.noTasks")}</Paragraph>
        ) : (
          <ul className="zicht-list">
            {loaderData.tasks.map((task) => (
              <li key={task.id}>
                {t(taskKindKeys[task.kind])}
                {task.advice ? ` (${task.advice})` : ""}: {formatDay(task.due_on, locale)} ({task.assigned_to}
                ){task.reason ? ` — ${t("cases.task.reason", { reason: task.reason })}` : null}
                {loaderData.canWrite ? (
                  <Form method="post" className="zicht-inline-form">
                    <CsrfField token={loaderData.csrf} />
                    <HiddenField name="intent" value="task-done" />
                    <HiddenField name="taskId" value={task.id} />
                    <Button
                      appearance="subtle"
                      aria-label={t("cases.task.markDoneLabel", {
                        task: task.advice
                          ? `${t(taskKindKeys[task.kind])} (${task.advice})`
                          : t(taskKindKeys[task.kind]),
                      })}
                    >
                      {t("cases.task.markDone")}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection headingId="toestemming" heading={t("cases.consent.title")}>
        <ConsentList consents={loaderData.consents} />
        <Paragraph>
          <Link to={`${base}/toestemming`}>{t("cases.consent.manage")}</Link>
        </Paragraph>
      </PageSection>

      <PageSection headingId="verwijzen-melden" heading={t("cases.view.referAndReport")}>
        <ul>
          <li>
            <Link to={`${base}/verwijzingen`}>{t("cases.view.refer")}</Link>
          </li>
          <li>
            <Link to={`${base}/meldingen/veilig-thuis`}>{t("cases.report.vt.title")}</Link>
          </li>
          <li>
            <Link to={`${base}/meldingen/comensha`}>{t("cases.report.comensha.title")}</Link>
          </li>
          <li>
            {t("cases.view.export")}{" "}
            <a href={`${base}/inzage/pdf`} download>
              {t("cases.view.exportPdf")}
            </a>
            {" · "}
            <a href={`${base}/inzage/json`} download>
              {t("cases.view.exportJson")}
            </a>
          </li>
        </ul>
      </PageSection>

      <PageSection headingId="delen" heading={t("cases.share.title")}>
        <Paragraph>{t("cases.share.intro")}</Paragraph>
        {loaderData.shares.length === 0 ? (
          <Paragraph>{t("cases.share.none")}</Paragraph>
        ) : (
          <ul className="zicht-list">
            {loaderData.shares.map((share) => (
              <li key={share.userId}>
                {share.name}
                {loaderData.canWrite ? (
                  <Form method="post" className="zicht-inline-form">
                    <CsrfField token={loaderData.csrf} />
                    <HiddenField name="intent" value="unshare" />
                    <HiddenField name="userId" value={share.userId} />
                    <Button
                      appearance="subtle"
                      aria-label={t("cases.share.removeLabel", { name: share.name })}
                    >
                      {t("cases.share.remove")}
                    </Button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {loaderData.canWrite && loaderData.colleagues.length > 0 ? (
          <Form method="post" className="zicht-account-form" aria-labelledby="delen">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="share" />
            <FormField inputId="share-user" label={t("cases.share.with")}>
              <Select
                id="share-user"
                name="userId"
                options={loaderData.colleagues.map((colleague) => ({
                  value: colleague.id,
                  label: colleague.name,
                }))}
              />
            </FormField>
            <div>
              <Button appearance="subtle">{t("cases.share.submit")}</Button>
            </div>
          </Form>
        ) : null}
      </PageSection>

      <CaseTimeline caseId={item.id} timeline={loaderData.timeline} />

      <PageSection headingId="notities" heading={t("cases.notes.title")}>
        <Paragraph>{t("cases.notes.intro")}</Paragraph>
        <NoteList notes={loaderData.notes} />
        {loaderData.canWrite ? (
          <Form method="post" className="zicht-account-form" aria-labelledby="notities">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="note" />
            <TextField name="note" label={t("cases.notes.add")} rows={4} maxLength={maxNoteLength} />
            <div>
              <Button appearance="subtle">{t("cases.notes.submit")}</Button>
            </div>
          </Form>
        ) : null}
      </PageSection>

      <Paragraph>
        <Link to="/casussen">{t("cases.view.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
