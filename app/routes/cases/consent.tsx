import { data, Form } from "react-router";
import type { Route } from "./+types/consent";
import { localeFromCookieHeader, translator } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { checkConsent, checkWithdrawal, type ConsentField } from "../../modules/cases/consent";
import {
  listConsents,
  overrideConsent,
  recordConsent,
  withdrawConsent,
} from "../../modules/cases/consents.server";
import { consentFormKeys, giverKeys, purposeKeys } from "../../modules/cases/labels";
import { maxNoteLength } from "../../modules/cases/step-plan";
import {
  consentForms,
  consentGivers,
  consentPurposes,
  type ConsentForm,
  type ConsentGiver,
  type ConsentPurpose,
} from "../../modules/cases/tables";
import { consentRules, possibleBands, type ConsentRole } from "../../modules/cases/consent-rules";
import { consentOverview } from "../../modules/cases/consent";
import { sourcesByIds, toSourceView } from "../../modules/knowledge/sources";
import { SourceList } from "../../ui/source-list";
import { readScope } from "../../modules/cases/visibility";
import type { MessageKey } from "../../i18n";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/choice-group";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { ErrorSummary } from "../../ui/error-summary";
import { FormField } from "../../ui/form-field";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { formatDay } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Select } from "../../ui/select";
import { Paragraph } from "../../ui/paragraph";
import { TextField } from "../../ui/text-field";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";
import { caseForAction, loadCase, today } from "./case-access.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found } = await loadCase(request, context, params.id);
  const consents = await listConsents(context.db, actor, found.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const on = today();
  return {
    csrf: me.csrfToken,
    caseId: found.id,
    closed: found.status === "closed",
    mayOverride: readScope(actor) === "org",
    today: today(),
    breadcrumb: `${t("cases.consent.title")} — ${found.pseudonym}`,
    ...caseCrumbs(found, t("cases.consent.title")),
    consents,
    bands: possibleBands(found.birthYear, on),
    needs: consentOverview(consents, found.birthYear, on),
    sources: sourcesByIds([...new Set(consentRules.flatMap((rule) => rule.sources))]).map((source) =>
      toSourceView(source, locale),
    ),
  };
}

type Problem = { field: ConsentField | "reason" | "consentId"; message: MessageKey };
const isPurpose = (value: unknown): value is ConsentPurpose =>
  typeof value === "string" && (consentPurposes as readonly string[]).includes(value);

/** Records, withdraws or (safeguarding officer) overrides consent. Field errors → 422, nothing stored. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form, refuse } = await caseForAction(request, context, params.id);
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const intent = form.get("intent");
  const fail = (problems: Problem[], status = 422) => data({ intent: String(intent), problems }, { status });
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const consentPage = `/casussen/${found.id}/toestemming`;
  const purposeText = (purpose: ConsentPurpose, target: string | null) =>
    target ? `${t(purposeKeys[purpose])} (${target})` : t(purposeKeys[purpose]);
  // A closed case takes no new consent, but a withdrawal is always recorded (it limits what is kept).
  if (found.status === "closed" && intent !== "withdraw") {
    return fail([{ field: "purpose", message: "cases.error.closed" }], 409);
  }
  if (intent === "record") {
    const purpose = text("purpose");
    const givenBy = text("givenBy");
    const formValue = text("form");
    const problems: Problem[] = [];
    if (!isPurpose(purpose)) problems.push({ field: "purpose", message: "cases.error.choose" });
    if (!(consentGivers as readonly string[]).includes(givenBy))
      problems.push({ field: "givenBy", message: "cases.error.choose" });
    if (!(consentForms as readonly string[]).includes(formValue))
      problems.push({ field: "form", message: "cases.error.choose" });
    const target = text("target").slice(0, 200) || null;
    const giverLabel = givenBy === "young_person" ? null : text("giverLabel") || null;
    if (problems.length === 0 && isPurpose(purpose)) {
      problems.push(
        ...checkConsent(
          {
            purpose,
            target,
            givenBy: givenBy as ConsentGiver,
            giverLabel,
            givenOn: text("givenOn"),
          },
          found.birthYear,
          today(),
        ),
      );
    }
    if (problems.length > 0 || !isPurpose(purpose)) return fail(problems);
    await recordConsent(context.db, context.config, actor, found.id, {
      purpose,
      target,
      givenBy: givenBy as ConsentGiver,
      giverLabel,
      givenOn: text("givenOn"),
      form: formValue as ConsentForm,
    });
    return redirectWithFlash(request, consentPage, {
      key: "flash.consentRecorded",
      params: { purpose: purposeText(purpose, target) },
    });
  }
  if (intent === "withdraw") {
    const consents = await listConsents(context.db, actor, found.id);
    const consent = consents.find((item) => item.id === text("consentId") && item.withdrawnOn === null);
    if (!consent) return fail([{ field: "consentId", message: "cases.error.choose" }], 404);
    const problems = checkWithdrawal(consent.givenOn, text("withdrawnOn"), today());
    if (problems.length > 0) return fail(problems);
    await withdrawConsent(context.db, context.config, actor, found.id, consent.id, text("withdrawnOn"));
    return redirectWithFlash(request, consentPage, {
      key: "flash.consentWithdrawn",
      params: { purpose: purposeText(consent.purpose, consent.target) },
    });
  }
  if (intent === "override") {
    if (readScope(actor) !== "org") return refuse("forbidden");
    const purpose = text("purpose");
    const reason = text("reason");
    const problems: Problem[] = [];
    if (!isPurpose(purpose)) problems.push({ field: "purpose", message: "cases.error.choose" });
    if (reason === "" || reason.length > maxNoteLength)
      problems.push({ field: "reason", message: "cases.consent.error.reason" });
    if (problems.length > 0 || !isPurpose(purpose)) return fail(problems);
    const target = text("target").slice(0, 200) || null;
    await overrideConsent(context.db, context.config, actor, found.id, { purpose, target, reason });
    return redirectWithFlash(request, consentPage, {
      key: "flash.consentOverridden",
      params: { purpose: purposeText(purpose, target) },
    });
  }
  throw data(null, { status: 400 });
}

const roleKeys = {
  young_person: "cases.consent.need.young_person",
  parent: "cases.consent.need.parent",
} as const;

const bandKeys = {
  under12: "cases.consent.band.under12",
  from12to15: "cases.consent.band.from12to15",
  from16: "cases.consent.band.from16",
} as const;

export default function CaseConsent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const whoText = (roles: readonly ConsentRole[]) => {
    const names = roles.map((role) => t(roleKeys[role]));
    return names.length === 2
      ? t("cases.consent.need.and", { a: names[0] ?? "", b: names[1] ?? "" })
      : (names[0] ?? "");
  };
  const problemsFor = (intent: string) => (actionData?.intent === intent ? actionData.problems : []);
  const errorIn = (intent: string) => (field: string) => {
    const problem = problemsFor(intent).find((item) => item.field === field);
    return problem ? t(problem.message) : undefined;
  };
  const recordError = errorIn("record");
  const overrideError = errorIn("override");
  const withdrawError = errorIn("withdraw");
  const problems = actionData?.problems ?? [];
  const prefix = actionData?.intent === "override" ? "override-" : "";
  return (
    <PageContent variant="wide">
      <Heading level={1}>{loaderData.breadcrumb}</Heading>
      <PageIntro>{t("cases.consent.intro")}</PageIntro>
      {problems.length > 0 ? (
        <ErrorSummary
          heading={t("cases.error.summary")}
          errors={problems.map((problem) => ({
            href: `#${prefix}${problem.field}`,
            message: t(problem.message),
          }))}
        />
      ) : null}

      <PageSection headingId="nodig" heading={t("cases.consent.needTitle")}>
        <Paragraph>{t("cases.consent.needIntro")}</Paragraph>
        <Paragraph>
          {t("cases.consent.bandsLine", {
            bands: loaderData.bands.map((band) => t(bandKeys[band])).join(" / "),
          })}
        </Paragraph>
        <DataTable
          caption={t("cases.consent.needCaption")}
          headers={[
            t("cases.consent.purpose"),
            t("cases.consent.target"),
            t("cases.consent.needWho"),
            t("cases.consent.needWritten"),
            t("cases.consent.needState"),
          ]}
          rowHeaders
          rows={loaderData.needs.map((need) => ({
            key: `${need.purpose}:${need.target ?? ""}`,
            cells: [
              t(purposeKeys[need.purpose]),
              need.target ?? t("cases.consent.anyTarget"),
              whoText(need.requires),
              need.written ? t("cases.consent.yes") : t("cases.consent.no"),
              need.state === "met"
                ? t("cases.consent.need.met")
                : need.state === "withdrawn"
                  ? t("cases.consent.need.withdrawn")
                  : t("cases.consent.need.missing", { who: whoText(need.missing) }),
            ],
          }))}
        />
      </PageSection>

      {loaderData.consents.length === 0 ? (
        <Paragraph>{t("cases.consent.none")}</Paragraph>
      ) : (
        <DataTable
          caption={t("cases.consent.caption")}
          headers={[
            t("cases.consent.purpose"),
            t("cases.consent.target"),
            t("cases.consent.givenBy"),
            t("cases.consent.givenOnLabel"),
            t("cases.consent.how"),
            t("cases.consent.state"),
          ]}
          rowHeaders
          rows={loaderData.consents.map((consent) => ({
            key: consent.id,
            cells: [
              t(purposeKeys[consent.purpose]),
              consent.target ?? t("cases.consent.anyTarget"),
              consent.giverLabel
                ? `${t(giverKeys[consent.givenBy])} (${consent.giverLabel})`
                : t(giverKeys[consent.givenBy]),
              formatDay(consent.givenOn, locale),
              `${t(consentFormKeys[consent.form])} (${consent.recordedBy})`,
              consent.withdrawnOn
                ? t("cases.consent.withdrawnOn", { date: formatDay(consent.withdrawnOn, locale) })
                : t("cases.consent.valid"),
            ],
          }))}
        />
      )}
      {loaderData.consents.some((consent) => !consent.withdrawnOn) ? (
        <PageSection headingId="intrekken" heading={t("cases.consent.withdrawTitle")}>
          <Form method="post" noValidate className="zicht-account-form" aria-labelledby="intrekken">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="withdraw" />
            <FormField
              inputId="consentId"
              label={t("cases.consent.which")}
              error={withdrawError("consentId")}
            >
              <Select
                id="consentId"
                name="consentId"
                invalid={Boolean(withdrawError("consentId"))}
                options={loaderData.consents
                  .filter((consent) => !consent.withdrawnOn)
                  .map((consent) => ({
                    value: consent.id,
                    label: `${t(purposeKeys[consent.purpose])} (${consent.target ?? t("cases.consent.anyTarget")}), ${formatDay(consent.givenOn, locale)}`,
                  }))}
              />
            </FormField>
            <TextField
              name="withdrawnOn"
              type="date"
              label={t("cases.consent.withdrawOn")}
              error={withdrawError("withdrawnOn")}
              value={loaderData.today}
            />
            <div>
              <Button appearance="subtle">{t("cases.consent.withdraw")}</Button>
            </div>
          </Form>
        </PageSection>
      ) : null}

      {loaderData.closed ? null : (
        <PageSection headingId="vastleggen" heading={t("cases.consent.record")}>
          <Form method="post" noValidate className="zicht-account-form" aria-labelledby="vastleggen">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="record" />
            <ChoiceGroup
              id="purpose"
              name="purpose"
              legend={t("cases.consent.purpose")}
              error={recordError("purpose")}
              options={consentPurposes.map((value) => ({ value, label: t(purposeKeys[value]) }))}
            />
            <TextField
              name="target"
              label={t("cases.consent.targetLabel")}
              hint={t("cases.consent.targetHint")}
              error={recordError("target")}
              maxLength={200}
              autoComplete="off"
            />
            <ChoiceGroup
              id="givenBy"
              name="givenBy"
              legend={t("cases.consent.givenBy")}
              descriptions={[t("cases.consent.givenByHint")]}
              error={recordError("givenBy")}
              options={consentGivers.map((value) => ({ value, label: t(giverKeys[value]) }))}
            />
            <TextField
              name="giverLabel"
              label={t("cases.consent.giverLabel")}
              hint={t("cases.consent.giverLabelHint")}
              error={recordError("giverLabel")}
              maxLength={40}
              autoComplete="off"
            />
            <TextField
              name="givenOn"
              type="date"
              label={t("cases.consent.givenOnLabel")}
              error={recordError("givenOn")}
            />
            <ChoiceGroup
              id="form"
              name="form"
              legend={t("cases.consent.how")}
              error={recordError("form")}
              options={consentForms.map((value) => ({ value, label: t(consentFormKeys[value]) }))}
            />
            <div>
              <Button appearance="primary-action">{t("cases.consent.submit")}</Button>
            </div>
          </Form>
        </PageSection>
      )}

      {loaderData.mayOverride && !loaderData.closed ? (
        <PageSection headingId="zonder-toestemming" heading={t("cases.consent.override")}>
          <Paragraph>{t("cases.consent.overrideIntro")}</Paragraph>
          <Form method="post" noValidate className="zicht-account-form" aria-labelledby="zonder-toestemming">
            <CsrfField token={loaderData.csrf} />
            <HiddenField name="intent" value="override" />
            <ChoiceGroup
              id="override-purpose"
              name="purpose"
              legend={t("cases.consent.purpose")}
              error={overrideError("purpose")}
              options={consentPurposes.map((value) => ({ value, label: t(purposeKeys[value]) }))}
            />
            <TextField
              id="override-target"
              name="target"
              label={t("cases.consent.targetLabel")}
              maxLength={200}
              autoComplete="off"
            />
            <TextField
              id="override-reason"
              name="reason"
              label={t("cases.consent.reason")}
              error={overrideError("reason")}
              rows={3}
              maxLength={maxNoteLength}
            />
            <div>
              <Button appearance="subtle">{t("cases.consent.overrideSubmit")}</Button>
            </div>
          </Form>
        </PageSection>
      ) : null}
      <PageSection headingId="regels" heading={t("cases.consent.rulesTitle")}>
        <Paragraph>{t("cases.consent.rule.general")}</Paragraph>
        <Paragraph>{t("cases.consent.rule.comensha")}</Paragraph>
        <Paragraph>{t("cases.consent.rule.withdraw")}</Paragraph>
        <Heading level={3}>{t("cases.consent.sourcesTitle")}</Heading>
        <SourceList sources={loaderData.sources} />
      </PageSection>
      <Paragraph>
        <Link to={`/casussen/${loaderData.caseId}`}>{t("cases.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
