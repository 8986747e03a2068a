import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/close";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { caseSettings, closeCase } from "../../modules/cases/closing.server";
import { closeStep } from "../../modules/cases/closing";
import { outcomeKeys } from "../../modules/cases/labels";
import { maxNoteLength } from "../../modules/cases/step-plan";
import { caseOutcomes, type CaseOutcome } from "../../modules/cases/tables";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/choice-group";
import { CsrfField } from "../../ui/csrf-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { TextField } from "../../ui/text-field";
import { caseHandle, caseMeta } from "./case-meta";
import { caseForAction, loadCase } from "./case-access.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found } = await loadCase(request, context, params.id);
  const settings = await caseSettings(context.db, actor.tenantId);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return {
    csrf: me.csrfToken,
    caseId: found.id,
    status: found.status,
    outcome: found.outcome,
    next: closeStep(found.status, actor.role, settings.closeRequiresApproval),
    breadcrumb: `${t("cases.close.title")} — ${found.pseudonym}`,
  };
}

/** Closes the case (or asks for approval); an outcome is required. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form } = await caseForAction(request, context, params.id);
  const outcome = String(form.get("outcome") ?? "");
  const note = String(form.get("note") ?? "").trim();
  const chosen = (caseOutcomes as readonly string[]).includes(outcome)
    ? (outcome as CaseOutcome)
    : found.status === "closing" && found.outcome
      ? found.outcome
      : undefined;
  if (!chosen) return data({ error: "cases.close.error.outcome" as const }, { status: 422 });
  if (note.length > maxNoteLength) return data({ error: "cases.error.noteLength" as const }, { status: 422 });
  const step = await closeCase(context.db, context.config, actor, found.id, { outcome: chosen, note });
  if (step === "not_allowed")
    return data({ error: "cases.close.error.notAllowed" as const }, { status: 409 });
  return redirect(`/casussen/${found.id}`);
}

export default function CloseCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { next } = loaderData;
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
      {actionData?.error ? <FormMessage kind="error">{t(actionData.error)}</FormMessage> : null}
      {next === "not_allowed" ? (
        <Paragraph>
          {t(loaderData.status === "closed" ? "cases.close.alreadyClosed" : "cases.close.waiting")}
        </Paragraph>
      ) : (
        <Form method="post" noValidate className="zicht-account-form">
          <CsrfField token={loaderData.csrf} />
          {loaderData.status === "closing" && loaderData.outcome ? (
            <Paragraph>
              {t("cases.close.chosenOutcome", { outcome: t(outcomeKeys[loaderData.outcome]) })}
            </Paragraph>
          ) : (
            <ChoiceGroup
              id="outcome"
              name="outcome"
              legend={t("cases.close.outcome")}
              error={actionData?.error === "cases.close.error.outcome" ? t(actionData.error) : undefined}
              options={caseOutcomes.map((value) => ({ value, label: t(outcomeKeys[value]) }))}
            />
          )}
          <TextField name="note" label={t("cases.close.note")} rows={3} maxLength={maxNoteLength} />
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
      )}
      <Paragraph>
        <Link to={`/casussen/${loaderData.caseId}`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
