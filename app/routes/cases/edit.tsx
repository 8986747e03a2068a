import { data } from "react-router";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import type { Route } from "./+types/edit";
import { useTranslate } from "../../i18n/use-translate";
import { caseFormValues, municipalityName, parseCaseForm } from "../../modules/cases/case-form";
import { CaseConflictError, updateCase } from "../../modules/cases/cases.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { PageContent } from "../../ui/page-content";
import { Paragraph } from "../../ui/paragraph";
import { caseForAction, loadCase } from "./case-access.server";
import { caseCrumb } from "./case-meta";
import { CaseFormFields } from "./case-form-fields";

export const handle: RouteHandle = {
  parentCrumbs: [{ path: "/casussen", label: "cases.title" }],
  breadcrumb: "cases.edit.title",
  caseCrumb: true,
};

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "cases.edit.title");
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, found } = await loadCase(request, context, params.id, { writable: true });
  return {
    csrf: me.csrfToken,
    id: found.id,
    version: found.version,
    closed: found.status === "closed",
    caseCrumb: caseCrumb(found),
    values: {
      pseudonym: found.pseudonym,
      birthYear: found.birthYear === null ? "" : String(found.birthYear),
      gender: found.gender,
      lvb: found.lvb,
      municipality: municipalityName(found.municipalityCode) ?? "",
      forms: found.exploitationForms,
      setting: found.setting,
    },
  };
}

/** Saves the case's fields over the version the form was based on; a newer version → 409, nothing saved. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form } = await caseForAction(request, context, params.id);
  const parsed = parseCaseForm(form, new Date());
  if (!parsed.ok) return data({ ...parsed, changed: false }, { status: 422 });
  try {
    const saved = await updateCase(
      context.db,
      context.config,
      actor,
      found.id,
      Number(form.get("version")),
      parsed.fields,
    );
    if (!saved) {
      return data(
        {
          ...parsed,
          ok: false as const,
          errors: [],
          warnings: [],
          values: caseFormValues(form),
          changed: false,
          closed: true,
        },
        { status: 409 },
      );
    }
    return redirectWithFlash(request, `/casussen/${found.id}`, {
      key: "flash.caseSaved",
      params: { pseudonym: parsed.fields.pseudonym },
    });
  } catch (error) {
    if (!(error instanceof CaseConflictError)) throw error;
    const pseudonym = error.field === "pseudonym";
    return data(
      {
        ok: false as const,
        errors: pseudonym
          ? [{ field: "pseudonym" as const, message: "cases.error.pseudonymTaken" as const }]
          : [],
        warnings: [],
        values: caseFormValues(form),
        changed: !pseudonym,
      },
      { status: 409 },
    );
  }
}

export default function EditCase({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  return (
    <PageContent>
      <Heading level={1}>{t("cases.edit.title")}</Heading>
      {actionData?.changed ? <FormMessage kind="error">{t("cases.error.caseChanged")}</FormMessage> : null}
      {loaderData.closed || (actionData && "closed" in actionData) ? (
        <Paragraph>{t("cases.error.closed")}</Paragraph>
      ) : (
        <CaseFormFields
          csrf={loaderData.csrf}
          values={loaderData.values}
          state={actionData?.changed ? undefined : actionData}
          version={loaderData.version}
          submitLabel={t("cases.edit.submit")}
        />
      )}
      <Paragraph>
        <Link to={`/casussen/${loaderData.id}`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
