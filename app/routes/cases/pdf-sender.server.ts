import type { AppLoadContext } from "react-router";
import type { Locale, Translate } from "../../i18n";
import { getSender } from "../../modules/accounts/accounts.server";
import type { SignedIn } from "../../modules/accounts/guard.server";
import { pdfFrame, type DocumentKind, type PdfFrame } from "../../modules/cases/pdf-layout";

/** The frame of a case PDF for the signed-in sender (their own account and organisation). */
export async function senderFrame(
  context: AppLoadContext,
  me: SignedIn,
  document: { kind: DocumentKind; id: string },
  words: { t: Translate; locale: Locale },
  now: Date,
): Promise<PdfFrame> {
  const found = await getSender(context.db, me.tenantId, me.userId);
  const sender = found ?? { name: "", email: me.email, phone: null, organisation: "" };
  return pdfFrame({ sender, kind: document.kind, id: document.id, now, locale: words.locale }, words.t);
}
