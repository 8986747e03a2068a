import { data, Form } from "react-router";
import type { Route } from "./+types/referrals";
import { localeFromCookieHeader, translator, type MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import { findWritableCase } from "../../modules/cases/cases.server";
import {
  availableActions,
  isReferralAction,
  maxQuestionLength,
  maxReasonLength,
  referralActionKeys,
  referralStatusKeys,
} from "../../modules/cases/referral-flow";
import {
  changeReferral,
  createReferral,
  listReferrals,
  referralSearchStart,
  serviceChoices,
} from "../../modules/cases/referrals.server";
import { formatAreas, resultsHeading } from "../../modules/directory/directory";
import { directoryQueryString, emptyQuery } from "../../modules/directory/search-query";
import { referralTones } from "./referral-labels";
import { readScope } from "../../modules/cases/visibility";
import { Button } from "../../ui/button";
import { ChoiceGroup } from "../../ui/choice-group";
import { CsrfField } from "../../ui/csrf-field";
import { FormField, fieldHintId } from "../../ui/form-field";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { Select } from "../../ui/select";
import { StatusBadge } from "../../ui/status-badge";
import { TextField } from "../../ui/text-field";
import { TextInput } from "../../ui/text-input";
import { caseForAction, loadCase } from "./case-access.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import { caseCrumbs, caseHandle, caseMeta } from "./case-meta";

export const handle = caseHandle;

export function meta({ matches, loaderData }: Route.MetaArgs) {
  return caseMeta(matches, loaderData);
}

/**
 * The referrals of a case and the Wegwijzer's own search for a new one. Before
 * anyone searches, the search starts from the case's gender and municipality
 * (the page says so).
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const url = new URL(request.url);
  const typed = url.searchParams.get("zoek");
  const query = typed === null ? await referralSearchStart(context.db, found) : typed.slice(0, 200);
  const [referrals, search, writable] = await Promise.all([
    listReferrals(context.db, context.config, actor, found.id),
    serviceChoices(context.db, query, new Date()),
    findWritableCase(context.db, actor, found.id),
  ]);
  return {
    breadcrumb: t("cases.referral.heading", { pseudonym: found.pseudonym }),
    ...caseCrumbs(found, t("cases.referral.crumb")),
    csrf: me.csrfToken,
    caseId: found.id,
    pseudonym: found.pseudonym,
    query,
    prefilled: typed === null && query !== "",
    results: {
      heading: resultsHeading({ total: search.total, capped: search.capped }, locale, t),
      more: search.capped || search.total > search.choices.length,
      shown: search.choices.length,
      wegwijzer: `/wegwijzer${directoryQueryString({ ...emptyQuery, text: query })}`,
    },
    canWrite: Boolean(writable) && found.status !== "closed",
    canOverride: readScope(actor) === "org",
    choices: search.choices.map((choice) => ({
      id: choice.id,
      name: choice.name,
      organisation: choice.organisation,
      area: formatAreas(choice.areas, t) || t("cases.referral.areaUnknown"),
    })),
    referrals: referrals.map((referral) => ({
      id: referral.id,
      serviceName: referral.serviceName,
      status: referral.status,
      version: referral.version,
      basis: referral.basis,
      question: referral.question,
      declineReason: referral.declineReason,
      actions: availableActions(referral.status),
      history: referral.events.map((event) => ({
        status: event.status,
        at: event.at.toISOString().slice(0, 10),
        by: event.by,
      })),
    })),
  };
}

type Field = "serviceId" | "question" | "overrideReason" | "action" | "reason";
type Errors = Partial<Record<Field, MessageKey>>;

const problemMessages = {
  no_consent: "cases.referral.error.noConsent",
  withdrawn: "cases.referral.error.withdrawn",
  closed: "cases.error.closed",
  changed: "cases.referral.error.changed",
  not_allowed: "cases.referral.error.notAllowed",
} as const satisfies Record<string, MessageKey>;

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, found, form, refuse } = await caseForAction(request, context, params.id);
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const serviceOf = async (referralId: string) =>
    (await listReferrals(context.db, context.config, actor, found.id)).find((item) => item.id === referralId)
      ?.serviceName ?? "";
  const referralPage = (referralId: string) => `/casussen/${found.id}/verwijzingen#referral-${referralId}`;
  if (text("intent") === "change") {
    const referralId = text("referral");
    const actionName = text("action");
    const errors: Errors = {};
    if (!isReferralAction(actionName)) errors.action = "cases.error.choose";
    if (!isReferralAction(actionName))
      return data({ errors, referralId, message: undefined }, { status: 400 });
    const outcome = await changeReferral(context.db, context.config, actor, found.id, referralId, {
      action: actionName,
      reason: text("reason"),
      version: Number(text("version")),
    });
    if (outcome.ok) {
      throw redirectWithFlash(request, referralPage(referralId), {
        key: "flash.referralChanged",
        params: { service: await serviceOf(referralId), status: t(referralStatusKeys[outcome.status]) },
      });
    }
    if (outcome.problem === "not_found") return refuse();
    if (outcome.problem === "reason_required" || outcome.problem === "reason_too_long") {
      const reason: MessageKey =
        outcome.problem === "reason_required"
          ? "cases.referral.error.reason"
          : "cases.referral.error.reasonLength";
      return data({ errors: { reason } as Errors, referralId, message: undefined }, { status: 400 });
    }
    const status = outcome.problem === "changed" || outcome.problem === "not_allowed" ? 409 : 422;
    return data({ errors: {} as Errors, referralId, message: problemMessages[outcome.problem] }, { status });
  }

  const values = {
    serviceId: text("serviceId"),
    question: text("question").trim(),
    override: text("override") === "yes",
    overrideReason: text("overrideReason").trim(),
  };
  const errors: Errors = {};
  if (!values.serviceId) errors.serviceId = "cases.referral.error.service";
  if (!values.question) errors.question = "cases.referral.error.question";
  else if (values.question.length > maxQuestionLength)
    errors.question = "cases.referral.error.questionLength";
  if (values.override && !values.overrideReason) errors.overrideReason = "cases.consent.error.reason";
  else if (values.overrideReason.length > maxReasonLength)
    errors.overrideReason = "cases.referral.error.reasonLength";
  if (Object.keys(errors).length > 0) return data({ errors, values, message: undefined }, { status: 400 });
  const outcome = await createReferral(context.db, context.config, actor, found.id, {
    serviceId: values.serviceId,
    question: values.question,
    ...(values.override ? { overrideReason: values.overrideReason } : {}),
  });
  if (outcome.ok) {
    throw redirectWithFlash(request, referralPage(outcome.id), {
      key: "flash.referralCreated",
      params: { service: await serviceOf(outcome.id) },
    });
  }
  switch (outcome.problem) {
    case "not_found":
      return refuse();
    case "service":
      return data(
        { errors: { serviceId: "cases.referral.error.service" } as Errors, values, message: undefined },
        { status: 400 },
      );
    case "question":
      return data(
        { errors: { question: "cases.referral.error.question" } as Errors, values, message: undefined },
        { status: 400 },
      );
    case "override_reason":
      return data(
        { errors: { overrideReason: "cases.consent.error.reason" } as Errors, values, message: undefined },
        { status: 400 },
      );
    default:
      return data(
        { errors: {} as Errors, values, message: problemMessages[outcome.problem] },
        { status: 422 },
      );
  }
}

export default function Referrals({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const errors: Errors = actionData?.errors ?? {};
  const values = actionData && "values" in actionData ? actionData.values : undefined;
  const changedReferral = actionData && "referralId" in actionData ? actionData.referralId : undefined;
  const base = `/casussen/${loaderData.caseId}`;
  return (
    <PageContent>
      <Heading level={1}>{t("cases.referral.heading", { pseudonym: loaderData.pseudonym })}</Heading>
      <PageIntro>{t("cases.referral.intro")}</PageIntro>
      <Paragraph>
        <Link to={base}>{t("cases.referral.back", { pseudonym: loaderData.pseudonym })}</Link>
      </Paragraph>

      <PageSection headingId="referrals-heading" heading={t("cases.referral.list")}>
        {loaderData.referrals.length === 0 ? <Paragraph>{t("cases.referral.none")}</Paragraph> : null}
        {loaderData.referrals.map((referral) => {
          const mine = changedReferral === referral.id;
          return (
            <section key={referral.id} aria-labelledby={`referral-${referral.id}`}>
              <Heading level={3} id={`referral-${referral.id}`}>
                {referral.serviceName}
              </Heading>
              <Paragraph>
                <StatusBadge tone={referralTones[referral.status]}>
                  {t(referralStatusKeys[referral.status])}
                </StatusBadge>
                {referral.basis === "override" ? ` ${t("cases.referral.withoutConsent")}` : null}
              </Paragraph>
              <Paragraph>
                {t("cases.letter.questionLabel")}: {referral.question}
              </Paragraph>
              {referral.declineReason ? (
                <Paragraph>
                  {t("cases.referral.declineReason")}: {referral.declineReason}
                </Paragraph>
              ) : null}
              <Paragraph>
                {referral.history
                  .map((event) => `${t(referralStatusKeys[event.status])} ${event.at} (${event.by})`)
                  .join(" · ")}
              </Paragraph>
              <Paragraph>
                <a href={`${base}/verwijzingen/${referral.id}/brief`} download>
                  {t("cases.referral.letter", { service: referral.serviceName })}
                </a>
              </Paragraph>
              {mine && actionData?.message ? (
                <FormMessage kind="error">{t(actionData.message)}</FormMessage>
              ) : null}
              {loaderData.canWrite && referral.actions.length > 0 ? (
                <Form
                  method="post"
                  noValidate
                  aria-label={t("cases.referral.changeLabel", { service: referral.serviceName })}
                >
                  <CsrfField token={loaderData.csrf} />
                  <input type="hidden" name="intent" value="change" />
                  <input type="hidden" name="referral" value={referral.id} />
                  <input type="hidden" name="version" value={referral.version} />
                  <FormField
                    inputId={`action-${referral.id}`}
                    label={t("cases.referral.action")}
                    error={mine && errors.action ? t(errors.action) : undefined}
                  >
                    <Select
                      id={`action-${referral.id}`}
                      name="action"
                      options={referral.actions.map((item) => ({
                        value: item,
                        label: t(referralActionKeys[item]),
                      }))}
                    />
                  </FormField>
                  <TextField
                    id={`reason-${referral.id}`}
                    name="reason"
                    label={t("cases.referral.reason")}
                    hint={t("cases.referral.reasonHint")}
                    error={mine && errors.reason ? t(errors.reason) : undefined}
                    rows={2}
                    maxLength={maxReasonLength}
                  />
                  <div>
                    <Button appearance="subtle">{t("cases.referral.save")}</Button>
                  </div>
                </Form>
              ) : null}
            </section>
          );
        })}
      </PageSection>

      {loaderData.canWrite ? (
        <PageSection headingId="new-referral-heading" heading={t("cases.referral.new")}>
          <Paragraph>{t("cases.referral.consentNote")}</Paragraph>
          <Form method="get" role="search" aria-label={t("cases.referral.searchLabel")}>
            <FormField
              inputId="zoek"
              label={t("cases.referral.search")}
              hint={t("cases.referral.searchHint")}
            >
              <TextInput
                id="zoek"
                name="zoek"
                type="search"
                defaultValue={loaderData.query}
                describedBy={fieldHintId("zoek")}
              />
            </FormField>
            {loaderData.prefilled ? (
              <Paragraph>{t("cases.referral.prefilled", { words: loaderData.query })}</Paragraph>
            ) : null}
            <div>
              <Button appearance="subtle">{t("cases.referral.searchButton")}</Button>
            </div>
          </Form>
          {actionData?.message && !changedReferral ? (
            <FormMessage kind="error">{t(actionData.message)}</FormMessage>
          ) : null}
          {Object.keys(errors).length > 0 && !changedReferral ? (
            <FormMessage kind="error">{t("form.fixErrors")}</FormMessage>
          ) : null}
          {/* A new key after each referral empties the form (it stays filled after a refusal). */}
          <Form
            key={loaderData.referrals.length}
            method="post"
            noValidate
            aria-labelledby="new-referral-heading"
          >
            <CsrfField token={loaderData.csrf} />
            <input type="hidden" name="intent" value="create" />
            {loaderData.choices.length > 0 ? (
              <ChoiceGroup
                id="serviceId"
                name="serviceId"
                legend={t("cases.referral.service")}
                descriptions={[
                  loaderData.results.heading,
                  ...(loaderData.results.more
                    ? [t("cases.referral.more", { shown: loaderData.results.shown })]
                    : []),
                ]}
                defaultValue={values?.serviceId}
                error={errors.serviceId ? t(errors.serviceId) : undefined}
                options={loaderData.choices.map((choice) => ({
                  value: choice.id,
                  label: t("cases.referral.choice", {
                    service: choice.name,
                    organisation: choice.organisation,
                    area: choice.area,
                  }),
                }))}
              />
            ) : (
              <Paragraph>{t("cases.referral.noServices")}</Paragraph>
            )}
            <Paragraph>
              <Link to={loaderData.results.wegwijzer}>{t("cases.referral.inDirectory")}</Link>
            </Paragraph>
            <TextField
              name="question"
              label={t("cases.letter.questionLabel")}
              hint={t("cases.referral.questionHint")}
              error={errors.question ? t(errors.question) : undefined}
              rows={4}
              maxLength={maxQuestionLength}
              value={values?.question}
            />
            {loaderData.canOverride ? (
              <>
                <ChoiceGroup
                  id="override"
                  name="override"
                  multiple
                  legend={t("cases.referral.override")}
                  descriptions={[t("cases.referral.overrideHint")]}
                  defaultValue={values?.override ? ["yes"] : []}
                  options={[{ value: "yes", label: t("cases.referral.overrideYes") }]}
                />
                <TextField
                  name="overrideReason"
                  label={t("cases.referral.overrideReason")}
                  error={errors.overrideReason ? t(errors.overrideReason) : undefined}
                  value={values?.overrideReason}
                  rows={3}
                  maxLength={maxReasonLength}
                />
              </>
            ) : null}
            <div>
              <Button appearance="primary-action">{t("cases.referral.create")}</Button>
            </div>
          </Form>
        </PageSection>
      ) : null}
    </PageContent>
  );
}
