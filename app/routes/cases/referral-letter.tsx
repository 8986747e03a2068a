import type { Route } from "./+types/referral-letter";
import { localeFromCookieHeader, translator } from "../../i18n";
import { referralLetter } from "../../modules/cases/case-summaries";
import { referralLetterInput } from "../../modules/cases/referrals.server";
import { pdfResponse, renderSummaryPdf, textResponse } from "../../modules/cases/summary-pdf.server";
import { loadCase } from "./case-access.server";
import { senderFrame } from "./pdf-sender.server";

/** The referral letter as a PDF: only what the consent allows (case-summaries.ts). Audited. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { me, actor, found, refuse } = await loadCase(request, context, params.id);
  const locale = localeFromCookieHeader(request.headers.get("Cookie"));
  const t = translator(locale);
  const now = new Date();
  const outcome = await referralLetterInput(
    context.db,
    context.config,
    actor,
    found.id,
    params.referralId,
    now,
  );
  if (!outcome.ok) {
    if (outcome.problem === "not_found") return refuse();
    return textResponse(t("cases.referral.error.letterNoConsent"), 422);
  }
  const frame = await senderFrame(
    context,
    me,
    { kind: "referral_letter", id: params.referralId },
    { t, locale },
    now,
  );
  const pdf = await renderSummaryPdf(referralLetter(outcome.letter, t, locale), frame);
  return pdfResponse(pdf, `zicht-verwijsbrief-${found.pseudonym.replace(/[^A-Za-z0-9-]/g, "_")}.pdf`);
}
