import { data } from "react-router";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import type { Route } from "./+types/new";
import { useTranslate } from "../../i18n/use-translate";
import { requireCsrfToken } from "../../modules/accounts/guard.server";
import { caseFormValues, parseCaseForm } from "../../modules/cases/case-form";
import { CaseConflictError, createCase } from "../../modules/cases/cases.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Heading } from "../../ui/heading";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { requireCaseWriter } from "./case-access.server";
import { CaseFormFields } from "./case-form-fields";

export const handle: RouteHandle = {
  parentCrumbs: [{ path: "/casussen", label: "cases.title" }],
  breadcrumb: "cases.new.title",
};

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "cases.new.title");
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { me } = await requireCaseWriter(request, context);
  return { csrf: me.csrfToken };
}

/** Opens a case owned by the person; on any error nothing is stored and the form comes back. */
export async function action({ request, context }: Route.ActionArgs) {
  const { me, actor } = await requireCaseWriter(request, context);
  const form = await request.formData();
  requireCsrfToken(form, me);
  const parsed = parseCaseForm(form, new Date());
  if (!parsed.ok) return data(parsed, { status: 422 });
  try {
    const id = await createCase(context.db, context.config, actor, parsed.fields);
    return redirectWithFlash(request, `/casussen/${id}`, {
      key: "flash.caseOpened",
      params: { pseudonym: parsed.fields.pseudonym },
    });
  } catch (error) {
    if (!(error instanceof CaseConflictError)) throw error;
    return data(
      {
        ok: false as const,
        errors: [{ field: "pseudonym" as const, message: "cases.error.pseudonymTaken" as const }],
        warnings: [],
        values: caseFormValues(form),
      },
      { status: 409 },
    );
  }
}

export default function NewCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent>
      <Heading level={1}>{t("cases.new.title")}</Heading>
      <PageIntro>{t("cases.new.intro")}</PageIntro>
      <CaseFormFields csrf={loaderData.csrf} state={actionData} submitLabel={t("cases.new.submit")} />
    </PageContent>
  );
}
