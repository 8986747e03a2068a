import type { Route } from "./+types/export";
import { localeFromCookieHeader, translator } from "../../i18n";
import { exportSummary } from "../../modules/cases/export-document";
import { exportCase } from "../../modules/cases/export.server";
import { pdfResponse, renderSummaryPdf } from "../../modules/cases/summary-pdf.server";
import { loadCase } from "./case-access.server";
import { senderFrame } from "./pdf-sender.server";

/**
 * The right-of-access export of one case: `/casussen/:id/inzage/json` or
 * `/casussen/:id/inzage/pdf`. Everything about the young person in the
 * case, notes decrypted. Audited as `case.exported`.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found, refuse } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  if (params.format !== "json" && params.format !== "pdf") return refuse();
  const now = new Date();
  const exported = await exportCase(context.db, context.config, actor, found.id, now);
  if (!exported) return refuse();
  const name = `zicht-inzage-${found.pseudonym.replace(/[^A-Za-z0-9-]/g, "_")}`;
  if (params.format === "pdf") {
    const frame = await senderFrame(context, me, { kind: "export", id: found.id }, { t, locale }, now);
    return pdfResponse(await renderSummaryPdf(exportSummary(exported, t, locale), frame), `${name}.pdf`);
  }
  return new Response(JSON.stringify(exported, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
