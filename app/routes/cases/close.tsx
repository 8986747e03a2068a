import { data, Form } from "react-router";
import type { Route } from "./+types/close";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { listAssessments } from "../../modules/cases/assessments.server";
import {
  caseSettings,
  closeCase,
  closingRecord,
  findCloseBlockers,
  sendBackClosing,
} from "../../modules/cases/closing.server";
import { closeStep, type CloseBlocker } from "../../modules/cases/closing";
import { outcomeKeys, stepTitleKeys } from "../../modules/cases/labels";
import { listConsents } from "../../modules/cases/consents.server";
import { listNotes } from "../../modules/cases/notes.server";
import { isStepNumber, maxNoteLength } from "../../modules/cases/step-plan";
import { listSteps } from "../../modules/cases/steps.server";
import { caseOutcomes, type CaseOutcome } from "../../modules/cases/tables";
import { instruments } from "../../modules/screening/instruments";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { Button } from "../../ui/button";
import { Checkbox, ChoiceGroup } from "../../ui/choice-group";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { TextField } from "../../ui/text-field";
import { ApprovalOverview, type ApprovalCase } from "./approval-overview";
import { ClosedSummary, closingView } from "./closed-summary";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";
import { caseForAction, loadCase } from "./case-access.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

/**
 * Closing a case. The page shows what is still open (with links) and asks
 * to confirm closing anyway — or says the organisation refuses it. A
 * safeguarding officer opening a case that waits for approval sees the
 * whole case and can approve (close) or send it back with a reason.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found } = await loadCase(request, context, params.id);
  const now = new Date();
  const [settings, blockers, record] = await Promise.all([
    caseSettings(context.db, actor.tenantId),
    findCloseBlockers(context.db, found, now),
    closingRecord(context.db, actor, found.id),
  ]);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const next = closeStep(found.status, actor.role, settings.closeRequiresApproval);
  const reviewing = found.status === "closing" && next === "closed";
  let overview: ApprovalCase | null = null;
  if (reviewing) {
    const [steps, assessments, consents, notes] = await Promise.all([
      listSteps(context.db, context.config, actor, found.id),
      listAssessments(context.db, actor, found.id),
      listConsents(context.db, actor, found.id),
      listNotes(context.db, context.config, actor, found.id),
    ]);
    overview = {
      caseId: found.id,
      steps: (steps ?? []).map((step) => ({
        step: step.step,
        status: step.status,
        updatedBy: step.updatedBy,
        updatedAt: step.updatedAt?.toISOString() ?? null,
      })),
      // The latest assessment per instrument (listAssessments is oldest first).
      assessments: instruments.flatMap((definition) => {
        const latest = assessments.filter((entry) => entry.instrumentId === definition.id).at(-1);
        return latest
          ? [
              {
                instrumentId: definition.id,
                title: definition.title,
                band: latest.band,
                flag: latest.flag,
                assessedAt: latest.assessedAt.toISOString(),
                assessedBy: latest.assessedBy,
              },
            ]
          : [];
      }),
      consents,
      notes: notes.map((note) => ({
        id: note.id,
        text: note.text,
        writtenBy: note.writtenBy,
        writtenAt: note.writtenAt.toISOString(),
      })),
    };
  }
  return {
    csrf: me.csrfToken,
    caseId: found.id,
    status: found.status,
    outcome: found.outcome,
    next,
    reviewing,
    blockers,
    refuses: settings.closeRequiresComplete && blockers.length > 0,
    overview,
    record: record ? closingView(record) : null,
    breadcrumb: `${t("cases.close.title")} — ${found.pseudonym}`,
    ...caseCrumbs(found, t("cases.close.title")),
  };
}

type ActionError =
  | "cases.close.error.outcome"
  | "cases.error.noteLength"
  | "cases.close.error.notAllowed"
  | "cases.close.error.refused"
  | "cases.close.error.confirm"
  | "cases.close.error.reason";

const fail = (error: ActionError, status: number) => data({ error }, { status });

/** Closes the case, asks for approval, approves, or sends the request back. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form } = await caseForAction(request, context, params.id);
  const base = `/casussen/${found.id}`;
  if (form.get("intent") === "send-back") {
    const reason = String(form.get("reason") ?? "").trim();
    if (!reason) return fail("cases.close.error.reason", 422);
    if (reason.length > maxNoteLength) return fail("cases.error.noteLength", 422);
    const result = await sendBackClosing(context.db, context.config, actor, found.id, reason);
    if (result === undefined) return fail("cases.close.error.notAllowed", 404);
    if (result === "invalid") return fail("cases.close.error.reason", 422);
    if (result === "not_allowed") return fail("cases.close.error.notAllowed", 409);
    return redirectWithFlash(request, base, { key: "flash.closeSentBack" });
  }
  const outcome = String(form.get("outcome") ?? "");
  const note = String(form.get("note") ?? "").trim();
  const chosen = (caseOutcomes as readonly string[]).includes(outcome)
    ? (outcome as CaseOutcome)
    : found.status === "closing" && found.outcome
      ? found.outcome
      : undefined;
  if (!chosen) return fail("cases.close.error.outcome", 422);
  if (note.length > maxNoteLength) return fail("cases.error.noteLength", 422);
  const result = await closeCase(context.db, context.config, actor, found.id, {
    outcome: chosen,
    note,
    confirmed: form.get("confirm") === "yes",
  });
  if (result === undefined) return fail("cases.close.error.notAllowed", 404);
  if (result === "not_allowed") return fail("cases.close.error.notAllowed", 409);
  if (result === "refused") return fail("cases.close.error.refused", 409);
  if (result === "confirm") return fail("cases.close.error.confirm", 422);
  return redirectWithFlash(request, base, {
    key: result === "closed" ? "flash.caseClosed" : "flash.closeRequested",
  });
}

function BlockerList({ caseId, blockers }: { caseId: string; blockers: readonly CloseBlocker[] }) {
  const t = useTranslate();
  const base = `/casussen/${caseId}`;
  return (
    <ul className="zicht-list">
      {blockers.map((blocker) =>
        blocker.kind === "step" ? (
          <li key={`step-${blocker.step}`}>
            <Link to={`${base}/stappen/${blocker.step}`}>
              {t("cases.close.blocker.step", {
                title: isStepNumber(blocker.step) ? t(stepTitleKeys[blocker.step]) : String(blocker.step),
              })}
            </Link>
          </li>
        ) : (
          <li key="report">
            <Link to={`${base}/meldingen/veilig-thuis`}>{t("cases.close.blocker.report")}</Link>
          </li>
        ),
      )}
    </ul>
  );
}

export default function CloseCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { next, reviewing, blockers, refuses } = loaderData;
  const error = actionData?.error;
  const open = blockers.length > 0;
  return (
    <PageContent>
      <Heading level={1}>{loaderData.breadcrumb}</Heading>
      <PageIntro>
        {t(
          next === "awaiting_approval"
            ? "cases.close.introApproval"
            : loaderData.status === "closing"
              ? "cases.close.introApprove"
              : "cases.close.intro",
        )}
      </PageIntro>
      {error ? <FormMessage kind="error">{t(error)}</FormMessage> : null}
      {loaderData.status === "closed" ? <ClosedSummary record={loaderData.record} /> : null}
      {reviewing && loaderData.record?.requestedBy && loaderData.outcome ? (
        <Paragraph>
          {t("cases.closeReview.asked", {
            name: loaderData.record.requestedBy,
            outcome: t(outcomeKeys[loaderData.outcome]),
          })}
        </Paragraph>
      ) : null}
      {reviewing && loaderData.overview ? <ApprovalOverview overview={loaderData.overview} /> : null}
      {next !== "not_allowed" && open ? (
        <PageSection headingId="nog-open" heading={t("cases.close.openTitle")}>
          <Paragraph>{t(refuses ? "cases.close.openRefused" : "cases.close.openIntro")}</Paragraph>
          <BlockerList caseId={loaderData.caseId} blockers={blockers} />
        </PageSection>
      ) : null}
      {next === "not_allowed" ? (
        <Paragraph>
          {t(loaderData.status === "closed" ? "cases.close.alreadyClosed" : "cases.close.waiting")}
        </Paragraph>
      ) : refuses ? null : (
        <section aria-labelledby="afsluiten-besluit">
          <Heading level={2} id="afsluiten-besluit">
            {t(reviewing ? "cases.closeReview.approveTitle" : "cases.close.decideTitle")}
          </Heading>
          <Form method="post" noValidate className="zicht-account-form">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="close" />
            {loaderData.status === "closing" && loaderData.outcome ? (
              <Paragraph>
                {t("cases.close.chosenOutcome", { outcome: t(outcomeKeys[loaderData.outcome]) })}
              </Paragraph>
            ) : (
              <ChoiceGroup
                id="outcome"
                name="outcome"
                legend={t("cases.close.outcome")}
                error={error === "cases.close.error.outcome" ? t(error) : undefined}
                options={caseOutcomes.map((value) => ({ value, label: t(outcomeKeys[value]) }))}
              />
            )}
            <TextField name="note" label={t("cases.close.note")} rows={3} maxLength={maxNoteLength} />
            {open ? (
              <Checkbox
                id="confirm"
                name="confirm"
                value="yes"
                checked={false}
                label={t("cases.close.confirm")}
              />
            ) : null}
            <div>
              <Button appearance="primary-action">
                {t(
                  next === "awaiting_approval"
                    ? "cases.close.request"
                    : loaderData.status === "closing"
                      ? "cases.close.approve"
                      : "cases.close.submit",
                )}
              </Button>
            </div>
          </Form>
        </section>
      )}
      {reviewing ? (
        <section aria-labelledby="terugsturen">
          <Heading level={2} id="terugsturen">
            {t("cases.closeReview.sendBackTitle")}
          </Heading>
          <Paragraph>{t("cases.closeReview.sendBackIntro")}</Paragraph>
          <Form method="post" noValidate className="zicht-account-form">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="send-back" />
            <TextField
              name="reason"
              label={t("cases.closeReview.reason")}
              rows={3}
              maxLength={maxNoteLength}
              error={error === "cases.close.error.reason" ? t(error) : undefined}
            />
            <div>
              <Button appearance="subtle">{t("cases.closeReview.sendBack")}</Button>
            </div>
          </Form>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/casussen/${loaderData.caseId}`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
