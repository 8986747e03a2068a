import { data } from "react-router";
import type { Route } from "./+types/assessment";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { addAssessment } from "../../modules/cases/assessments.server";
import { caseScreeningContext, estimatedAge } from "../../modules/cases/case-form";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { formToRequestBody } from "../../modules/screening/form-fields";
import { findInstrument } from "../../modules/screening/instruments";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";
import { DutchContent } from "../../ui/content-language";
import { CsrfField } from "../../ui/csrf-field";
import { Heading } from "../../ui/heading";
import { InfoNote } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { InstrumentForm, type FormValues } from "../screening/instrument-form";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";
import { caseForAction, loadCase } from "./case-access.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

/**
 * An instrument filled in inside a case: the same form as /signaleren/:id
 * (InstrumentForm), with what the case knows filled in. The result is
 * stored with the case and a re-assessment task is planned.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, found, refuse } = await loadCase(request, context, params.id, { writable: true });
  const definition = findInstrument(params.instrumentId);
  if (found.status === "closed" || !definition) return refuse();
  const year = new Date().getUTCFullYear();
  const { age, ...known } = caseScreeningContext(found, year);
  const values: FormValues = { context: { ...known, ...(age === undefined ? {} : { age: String(age) }) } };
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  return {
    csrf: me.csrfToken,
    caseId: found.id,
    pseudonym: found.pseudonym,
    definition,
    values,
    /** The prefilled age is an estimate from the birth year: the form says so. */
    ageEstimate: found.birthYear ? estimatedAge(found.birthYear, year) : null,
    breadcrumb: t("cases.assessment.title", { title: definition.title, pseudonym: found.pseudonym }),
    ...caseCrumbs(found, definition.title),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form, refuse } = await caseForAction(request, context, params.id);
  const definition = findInstrument(params.instrumentId);
  if (!definition) return refuse();
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const body = formToRequestBody(definition, form);
  const scored = await scoreInstrumentRequest(context.db, definition, body, t);
  if (!scored.ok) {
    return data({ errors: scored.details, values: body as FormValues, closed: false }, { status: 400 });
  }
  const id = await addAssessment(context.db, context.config, actor, found.id, { definition, ...scored });
  if (!id) return data({ errors: [], values: body as FormValues, closed: true }, { status: 409 });
  return redirectWithFlash(request, `/casussen/${found.id}/beoordelingen/${id}`, {
    key: "flash.assessmentSaved",
  });
}

export default function CaseAssessment({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { definition } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{loaderData.breadcrumb}</Heading>
      <PageIntro>
        <DutchContent>{definition.intro}</DutchContent>
      </PageIntro>
      <InfoNote>
        <DutchContent>{definition.disclaimer}</DutchContent>
      </InfoNote>
      <Paragraph>{t("cases.assessment.stored")}</Paragraph>
      {actionData?.closed ? <Paragraph>{t("cases.error.closed")}</Paragraph> : null}
      <InstrumentForm
        definition={definition}
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        hiddenFields={<CsrfField token={loaderData.csrf} />}
        ageHint={
          loaderData.ageEstimate ? t("cases.assessment.ageEstimate", loaderData.ageEstimate) : undefined
        }
      />
      <Paragraph>
        <Link to={`/casussen/${loaderData.caseId}`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
