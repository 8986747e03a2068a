import { data } from "react-router";
import type { Route } from "./+types/instrument";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { formToRequestBody } from "../../modules/screening/form-fields";
import { findInstrument } from "../../modules/screening/instruments";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { DutchContent } from "../../ui/content-language";
import { Heading } from "../../ui/heading";
import { InfoNote } from "../../ui/info-box";
import { localeFromMatches } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";
import { InstrumentForm, type FormValues } from "./instrument-form";
import { ResultView } from "./result-view";

export const handle: RouteHandle = {
  parentCrumbs: [{ path: "/signaleren", label: "nav.screening" }],
  breadcrumbFromData: true,
};

export function meta({ matches, loaderData }: Route.MetaArgs) {
  const t = translator(localeFromMatches(matches));
  return [{ title: `${loaderData?.definition.title ?? t("notFound.title")} | ${t("app.titleSuffix")}` }];
}

function instrumentOr404(id: string) {
  const definition = findInstrument(id);
  if (!definition) throw data(null, { status: 404 });
  return definition;
}

export function loader({ params }: Route.LoaderArgs) {
  const definition = instrumentOr404(params.id);
  return { definition, breadcrumb: definition.title };
}

/** Scores the posted answers and shows the result in the same response. Nothing is stored. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const definition = instrumentOr404(params.id);
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const body = formToRequestBody(definition, await request.formData());
  const scored = await scoreInstrumentRequest(context.db, definition, body, t);
  if (!scored.ok)
    return data(
      { outcome: "invalid" as const, errors: scored.details, values: body as FormValues },
      { status: 400 },
    );
  return { outcome: "scored" as const, result: scored.result, request: scored.request };
}

export default function Instrument({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const { definition } = loaderData;
  if (actionData?.outcome === "scored") {
    return (
      <PageContent>
        <ResultView definition={definition} result={actionData.result} request={actionData.request} />
      </PageContent>
    );
  }
  const invalid = actionData?.outcome === "invalid" ? actionData : undefined;
  return (
    <PageContent>
      <Heading level={1}>
        <DutchContent>{definition.title}</DutchContent>
      </Heading>
      <PageIntro>
        <DutchContent>{definition.intro}</DutchContent>
      </PageIntro>
      <InfoNote>
        <DutchContent>{definition.disclaimer}</DutchContent>
      </InfoNote>
      {definition.credit ? (
        <Paragraph>
          <DutchContent>{definition.credit}</DutchContent>
        </Paragraph>
      ) : null}
      <Paragraph>{t("screening.form.notStored")}</Paragraph>
      <InstrumentForm definition={definition} values={invalid?.values} errors={invalid?.errors} />
    </PageContent>
  );
}
