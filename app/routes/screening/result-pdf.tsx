import { redirect } from "react-router";
import type { Route } from "./+types/result-pdf";
import { localeFromCookieHeader, translator } from "../../i18n";
import { formToRequestBody } from "../../modules/screening/form-fields";
import { findInstrument } from "../../modules/screening/instruments";
import { renderResultPdf } from "../../modules/screening/result-pdf.server";
import { scoreInstrumentRequest } from "../../modules/screening/score.server";

/** Someone who opens the address itself gets the form. */
export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/signaleren/${params.id}`);
}

/** The result as a PDF download, made from the posted answers; nothing is stored. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const t = translator(localeFromCookieHeader(request.headers.get("Cookie")));
  const definition = findInstrument(params.id);
  if (!definition) return new Response(t("notFound.text"), { status: 404, headers: textHeaders });
  const body = formToRequestBody(definition, await request.formData());
  const scored = await scoreInstrumentRequest(context.db, definition, body, t);
  if (!scored.ok) {
    const lines = scored.details.map((detail) => `${detail.field}: ${detail.message}`);
    return new Response([t("screening.api.invalid"), ...lines].join("\n"), {
      status: 400,
      headers: textHeaders,
    });
  }
  const pdf = await renderResultPdf(definition, scored.result, t);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="zicht-${definition.id}-uitkomst.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}

const textHeaders = { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" };
