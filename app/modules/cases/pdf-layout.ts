import { amsterdamDay, formatDate } from "../../i18n/dates";
import crypto from "node:crypto";
import type { Locale, Translate } from "../../i18n";

/**
 * What every case PDF shares (pure): the date in words, the document's
 * reference (kenmerk), the sender block and the page numbers. The referral
 * letter, the Veilig Thuis and CoMensha summaries and the right-of-access
 * export all get their frame here, so a partner can answer any of them.
 */

/** The professional who sends the paper, from their own account and organisation. */
export interface Sender {
  name: string;
  organisation: string;
  email: string;
  /** Optional: only when the person filled it in on their account page. */
  phone: string | null;
}

export type DocumentKind = "referral_letter" | "veilig_thuis" | "comensha" | "export";

// Dates are written by the one formatter of pages and documents.
export { amsterdamDay, formatDate };

/**
 * The document's reference: `ZICHT-<yyyymmdd>-<8 characters>`. The same
 * document on the same day always gets the same reference, so a partner can
 * quote it back; the characters are a one-way hash of the kind and the id,
 * so the reference does not show the case or referral id.
 */
export function documentReference(kind: DocumentKind, id: string, now: Date): string {
  const hash = crypto.createHash("sha256").update(`zicht-kenmerk\u0000${kind}\u0000${id}`).digest("hex");
  return `ZICHT-${amsterdamDay(now).replaceAll("-", "")}-${hash.slice(0, 8).toUpperCase()}`;
}

/** Everything around the content of a case PDF: header, sender block, footer. */
export interface PdfFrame {
  /** "Kenmerk: ZICHT-…", on top of every page. */
  reference: string;
  /** "Datum: 3 december 2026". */
  date: string;
  senderHeading: string;
  /** Name, organisation, phone (when known) and e-mail, one per line. */
  senderLines: string[];
  /** The confidentiality line at the bottom of every page. */
  footer: string;
  /** "pagina 1 van 2". */
  page: (page: number, pages: number) => string;
}

export function pdfFrame(
  input: { sender: Sender; kind: DocumentKind; id: string; now: Date; locale: Locale },
  t: Translate,
): PdfFrame {
  const { sender } = input;
  return {
    reference: t("cases.pdf.reference", { reference: documentReference(input.kind, input.id, input.now) }),
    date: t("cases.pdf.date", { date: formatDate(input.now, input.locale) }),
    senderHeading: t("cases.pdf.sender"),
    senderLines: [
      sender.name.trim() || sender.email,
      sender.organisation,
      ...(sender.phone ? [t("cases.pdf.phone", { phone: sender.phone })] : []),
      t("cases.pdf.email", { email: sender.email }),
    ],
    footer: t("cases.pdf.footer"),
    page: (page, pages) => t("cases.pdf.page", { page, pages }),
  };
}
