import type { Route } from "./+types/audit";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { listAudit } from "../../modules/accounts/audit.server";
import { requirePermission } from "../../modules/accounts/guard.server";
import { can } from "../../modules/accounts/permissions";
import type { RouteHandle } from "../../ui/breadcrumbs";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { Link } from "../../ui/link";
import { pageTitle } from "../../ui/meta";
import { formatMoment } from "../../ui/moment";
import { PageContent } from "../../ui/page-content";
import { PageIntro } from "../../ui/page-intro";
import { Paragraph } from "../../ui/paragraph";

export const handle: RouteHandle = { breadcrumb: "admin.audit.title" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "admin.audit.title");
}

/** Stored details ({"from":"professional","to":"org_admin"}) as "from: professional, to: org_admin". */
function detailsText(details: string | null): string {
  if (!details) return "";
  try {
    const parsed = JSON.parse(details) as Record<string, unknown>;
    return Object.entries(parsed)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`)
      .join("; ");
  } catch {
    return details;
  }
}

/** Org admins see their organisation's log; platform admins everything. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const me = await requirePermission(request, context, "read:audit:org");
  const all = can(me.role, "read:audit:any");
  const rows = await listAudit(context.db, all ? null : me.tenantId);
  return {
    all,
    rows: rows.map((row) => ({
      id: String(row.id),
      at: new Date(row.at).toISOString(),
      action: row.action,
      actor: row.actor_email ?? "",
      tenant: row.tenant_id ?? "",
      target: row.target_type ? `${row.target_type} ${row.target_id ?? ""}`.trim() : "",
      details: detailsText(row.details),
    })),
  };
}

export default function Audit({ loaderData }: Route.ComponentProps) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <PageContent>
      <Heading level={1}>{t("admin.audit.title")}</Heading>
      <PageIntro>{t("admin.audit.intro")}</PageIntro>
      {loaderData.all ? <Paragraph>{t("admin.audit.introAll")}</Paragraph> : null}
      <DataTable
        caption={t("admin.audit.caption")}
        headers={[
          t("admin.audit.when"),
          t("admin.audit.who"),
          t("admin.audit.what"),
          t("admin.audit.organisation"),
          t("admin.audit.target"),
          t("admin.audit.details"),
        ]}
        rows={loaderData.rows.map((row) => ({
          key: row.id,
          cells: [formatMoment(row.at, locale), row.actor, row.action, row.tenant, row.target, row.details],
        }))}
      />
      <Paragraph>
        <Link to="/beheer">{t("admin.back")}</Link>
      </Paragraph>
    </PageContent>
  );
}
