import type { Route } from "./+types/report-pdf";
import { localeFromCookieHeader, translator } from "../../i18n";
import { reportKindFromSlug } from "../../modules/cases/report-form";
import { reportSummary } from "../../modules/cases/reports.server";
import { pdfResponse, renderSummaryPdf, textResponse } from "../../modules/cases/summary-pdf.server";
import { loadCase } from "./case-access.server";
import { senderFrame } from "./pdf-sender.server";

/** The Veilig Thuis or CoMensha summary as a PDF (CoMensha only with consent). Audited. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found, refuse } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const kind = reportKindFromSlug(params.kind);
  if (!kind) return refuse();
  const now = new Date();
  const outcome = await reportSummary(context.db, context.config, actor, found.id, kind, t, locale, now);
  if (!outcome.ok) {
    if (outcome.problem === "not_found") return refuse();
    return textResponse(t("cases.report.error.noConsent"), 422);
  }
  const frame = await senderFrame(context, me, { kind, id: found.id }, { t, locale }, now);
  const pdf = await renderSummaryPdf(outcome.summary, frame);
  return pdfResponse(pdf, `zicht-${params.kind}-${found.pseudonym.replace(/[^A-Za-z0-9-]/g, "_")}.pdf`);
}
