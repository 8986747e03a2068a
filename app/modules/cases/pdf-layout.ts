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

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as people write it: "3 december 2026" (nl) or "3 December 2026"
 * (en). Takes a calendar day (YYYY-MM-DD), a moment (ISO timestamp, read in
 * Amsterdam time) or a Date. Anything it cannot read is returned as it is,
 * so bad stored data never breaks a document.
 */
export function formatDate(value: string | Date, locale: Locale): string {
  const language = locale === "en" ? "en-GB" : "nl-NL";
  if (typeof value === "string" && dayPattern.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return value;
    return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === "string" ? value : "";
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(date);
}

/** The calendar day (YYYY-MM-DD) of a moment in Amsterdam. */
export function amsterdamDay(now: Date): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(now);
}

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
