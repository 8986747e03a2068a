import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/suggestions";
import { useTranslate } from "../../i18n/use-translate";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { auditInTransaction } from "../../modules/accounts/web-session.server";
import {
  countChangeRequests,
  decideChangeRequest,
  isAppliable,
  listChangeRequests,
} from "../../modules/directory/change-request.server";
import { suggestedChange, type SuggestionField } from "../../modules/directory/change-request";
import { loadRegionData } from "../../modules/directory/places.server";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { Entry, EntryList } from "../../ui/entry-list";
import { Fact, FactList } from "../../ui/fact-list";
import { FormMessage } from "../../ui/form-message";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Pagination } from "../../ui/pagination";
import { Paragraph } from "../../ui/paragraph";
import { suggestionFieldNames } from "../../ui/suggestion-field-names";
import { useLocale } from "../../i18n/use-translate";

export const handle: RouteHandle = { breadcrumb: "admin.suggestions.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.suggestions.title");
}

const pageSize = 25;

/** The pending suggestions, oldest first (the queue is worked from the front), a page at a time (`?pagina=2`). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const raw = Number(new URL(request.url).searchParams.get("pagina") ?? "1");
  const asked = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  const total = await countChangeRequests(context.db, "pending");
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  // After the last suggestions of the last page are decided, that page is empty: show the new last page.
  const page = Math.min(asked, pageCount);
  const [pending, regions] = await Promise.all([
    listChangeRequests(context.db, "pending", { limit: pageSize, offset: (page - 1) * pageSize }),
    loadRegionData(context.db),
  ]);
  return {
    csrf: me.csrfToken,
    page,
    pageCount,
    total,
    suggestions: pending.map((request) => ({
      id: Number(request.id),
      serviceId: request.service_id,
      serviceName: request.service_name,
      field: request.field as SuggestionField,
      current: request.current_value,
      proposed: request.proposed_value,
      explanation: request.explanation,
      receivedAt: new Date(request.created_at).toISOString(),
      // Readable by the edit form's validators: one click applies it; otherwise the form opens.
      appliable:
        isAppliable(request.field) &&
        suggestedChange(request.field, request.proposed_value, regions) !== null,
    })),
  };
}

/** One click: accept (applied to the Wegwijzer and logged) or reject. */
export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, "edit:directory:any");
  const form = await request.formData();
  requireCsrfToken(form, me);
  const id = Number(form.get("id"));
  const decision =
    form.get("intent") === "accept" ? "accepted" : form.get("intent") === "reject" ? "rejected" : null;
  if (!Number.isSafeInteger(id) || id <= 0 || !decision) throw data(null, { status: 400 });
  const editor = `user:${me.userId}`;
  const result = await context.db.transaction().execute(async (trx) => {
    const decided = await decideChangeRequest(trx, id, decision, editor, new Date());
    if (decided && decided.outcome !== "needs-form") {
      await auditInTransaction(
        trx,
        context,
        decision === "accepted" ? "directory.suggestion_accepted" : "directory.suggestion_rejected",
        { actorUserId: me.userId, tenantId: me.tenantId, targetType: "change_request", targetId: String(id) },
      );
    }
    return decided;
  });
  if (!result) return data({ outcome: "gone" as const }, { status: 409 });
  // Not clear enough to apply by itself: the editor works it into the service's form (prefilled).
  if (result.outcome === "needs-form") {
    throw redirect(`/beheer/wegwijzer/diensten/${result.serviceId}?suggestie=${id}`);
  }
  return { outcome: result.outcome === "applied" ? ("accepted" as const) : ("rejected" as const) };
}

export default function Suggestions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const outcome = actionData?.outcome;
  return (
    <PageContent>
      <Heading level={1}>{t("admin.suggestions.title")}</Heading>
      <PageIntro>{t("admin.suggestions.intro")}</PageIntro>
      {loaderData.total > 0 ? (
        <Paragraph>{t("admin.suggestions.count", { count: loaderData.total })}</Paragraph>
      ) : null}
      {outcome === "accepted" ? (
        <FormMessage kind="success">{t("admin.suggestions.accepted")}</FormMessage>
      ) : null}
      {outcome === "rejected" ? (
        <FormMessage kind="success">{t("admin.suggestions.rejected")}</FormMessage>
      ) : null}
      {outcome === "gone" ? <FormMessage kind="error">{t("admin.suggestions.gone")}</FormMessage> : null}
      {loaderData.suggestions.length === 0 ? (
        <Paragraph>{t("admin.suggestions.none")}</Paragraph>
      ) : (
        <EntryList>
          {loaderData.suggestions.map((suggestion) => (
            <Entry
              key={suggestion.id}
              title={<Link to={`/wegwijzer/diensten/${suggestion.serviceId}`}>{suggestion.serviceName}</Link>}
              summary={t(suggestionFieldNames[suggestion.field])}
            >
              <FactList>
                <Fact term={t("admin.suggestions.now")}>{suggestion.current || "–"}</Fact>
                <Fact term={t("admin.suggestions.proposed")}>{suggestion.proposed}</Fact>
                {suggestion.explanation ? (
                  <Fact term={t("admin.suggestions.explanation")}>{suggestion.explanation}</Fact>
                ) : null}
                <Fact term={t("admin.suggestions.received")}>
                  {formatMoment(suggestion.receivedAt, locale)}
                </Fact>
              </FactList>
              <Form method="post" className="zicht-inline-form">
                <CsrfField token={loaderData.csrf} />
                <HiddenField name="id" value={String(suggestion.id)} />
                <HiddenField name="intent" value="accept" />
                <Button appearance="primary-action">
                  {suggestion.appliable ? t("admin.suggestions.accept") : t("admin.suggestions.acceptManual")}
                </Button>
              </Form>
              <Form method="post" className="zicht-inline-form">
                <CsrfField token={loaderData.csrf} />
                <HiddenField name="id" value={String(suggestion.id)} />
                <HiddenField name="intent" value="reject" />
                <Button appearance="subtle">{t("admin.suggestions.reject")}</Button>
              </Form>
            </Entry>
          ))}
        </EntryList>
      )}
      <Pagination
        label={t("admin.suggestions.pages")}
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        href={(page) => `/beheer/suggesties?pagina=${page}`}
        previousLabel={t("directory.pagination.previous")}
        nextLabel={t("directory.pagination.next")}
        statusLabel={t("directory.pagination.status", { page: loaderData.page, count: loaderData.pageCount })}
      />
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
