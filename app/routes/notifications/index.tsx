import { data, Form } from "react-router";
import type { Route } from "./+types/index";
import type { MessageKey } from "../../i18n";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { requireCsrfToken, requirePermission } from "../../modules/accounts/guard.server";
import { redirectWithFlash } from "../../modules/flash/flash.server";
import {
  listNotifications,
  markAllRead,
  markRead,
  notificationPath,
} from "../../modules/notifications/notifications.server";
import type { NotificationKind } from "../../modules/notifications/tables";
import { pageTitle } from "../../ui/meta";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { Button } from "../../ui/button";
import { CsrfField, HiddenField } from "../../ui/csrf-field";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Pagination } from "../../ui/pagination";
import { Paragraph } from "../../ui/paragraph";
import { StatusBadge } from "../../ui/status-badge";

export const handle: RouteHandle = { breadcrumb: "notifications.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "notifications.title");
}

const pageSize = 20;

const kindKeys: Record<NotificationKind, MessageKey> = {
  approval_requested: "notifications.kind.approval_requested",
  case_closed: "notifications.kind.case_closed",
  sent_back: "notifications.kind.sent_back",
  report_outcome: "notifications.kind.report_outcome",
  task_overdue: "notifications.kind.task_overdue",
};

const readPermissions = ["read:case:own", "read:case:org"] as const;

/** The person's own notifications, newest first, a page at a time (`?pagina=2`). */
export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, ...readPermissions);
  const raw = Number(new URL(request.url).searchParams.get("pagina") ?? "1");
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 100_000 ? raw : 1;
  const list = await listNotifications(context.db, me, { page, pageSize });
  return {
    csrf: me.csrfToken,
    page,
    pageCount: Math.max(1, Math.ceil(list.total / pageSize)),
    items: list.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      pseudonym: item.pseudonym,
      // A case the person may no longer read is neither named nor linked.
      path: item.caseId !== null && item.pseudonym === null ? null : notificationPath(item.kind, item.caseId),
      createdAt: item.createdAt.toISOString(),
      read: item.readAt !== null,
    })),
  };
}

/** Marks one notification (`id`) or all of them (`intent=all`) read. */
export async function action({ request, context }: Route.ActionArgs) {
  const me = await requirePermission(request, context, ...readPermissions);
  const form = await request.formData();
  requireCsrfToken(form, me);
  const now = new Date();
  if (form.get("intent") === "all") {
    await markAllRead(context.db, me, now);
    return redirectWithFlash(request, "/meldingen", { key: "flash.notificationsRead" });
  }
  const id = String(form.get("id") ?? "");
  if (!(await markRead(context.db, me, id, now))) throw data(null, { status: 404 });
  return redirectWithFlash(request, "/meldingen", { key: "flash.notificationRead" });
}

export default function Notifications({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  const { items } = loaderData;
  return (
    <PageContent>
      <Heading level={1}>{t("notifications.title")}</Heading>
      <PageIntro>{t("notifications.intro")}</PageIntro>
      {items.length === 0 ? (
        <Paragraph>{t("notifications.none")}</Paragraph>
      ) : (
        <>
          {items.some((item) => !item.read) ? (
            <Form method="post" className="zicht-inline-form">
              <CsrfField token={loaderData.csrf} />
              <HiddenField name="intent" value="all" />
              <Button appearance="subtle">{t("notifications.markAllRead")}</Button>
            </Form>
          ) : null}
          <DataTable
            caption={t("notifications.caption")}
            headers={[
              t("notifications.what"),
              t("notifications.case"),
              t("notifications.when"),
              t("notifications.status"),
            ]}
            rows={items.map((item) => ({
              key: item.id,
              cells: [
                t(kindKeys[item.kind]),
                item.path === null ? (
                  t("notifications.caseGone")
                ) : (
                  <Link key="case" to={item.path}>
                    {item.pseudonym ?? t("notifications.noCase")}
                  </Link>
                ),
                formatMoment(item.createdAt, locale),
                item.read ? (
                  t("notifications.read")
                ) : (
                  <span key="status">
                    <StatusBadge tone="unknown">{t("notifications.unread")}</StatusBadge>{" "}
                    <Form method="post" className="zicht-inline-form">
                      <CsrfField token={loaderData.csrf} />
                      <HiddenField name="id" value={item.id} />
                      <Button
                        appearance="subtle"
                        aria-label={t("notifications.markReadLabel", { what: t(kindKeys[item.kind]) })}
                      >
                        {t("notifications.markRead")}
                      </Button>
                    </Form>
                  </span>
                ),
              ],
            }))}
          />
          <Pagination
            label={t("notifications.pages")}
            page={loaderData.page}
            pageCount={loaderData.pageCount}
            href={(page) => `/meldingen?pagina=${page}`}
            previousLabel={t("directory.pagination.previous")}
            nextLabel={t("directory.pagination.next")}
            statusLabel={t("directory.pagination.status", {
              page: loaderData.page,
              count: loaderData.pageCount,
            })}
          />
        </>
      )}
    </PageContent>
  );
}
