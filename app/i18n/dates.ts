import type { Locale } from "./index";

/**
 * Dates as people read them, in one place for pages, documents and
 * e-mails. Calendar days (YYYY-MM-DD) are read as they are; moments
 * (timestamps) in Amsterdam time.
 */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function language(locale: Locale | string): string {
  return locale === "en" ? "en-GB" : "nl-NL";
}

/**
 * A date as people write it: "3 december 2026" (nl) or "3 December 2026"
 * (en). Takes a calendar day (YYYY-MM-DD), a moment (ISO timestamp, read in
 * Amsterdam time) or a Date. Anything it cannot read is returned as it is,
 * so bad stored data never breaks a page or a document.
 */
export function formatDate(value: string | Date, locale: Locale | string): string {
  if (typeof value === "string" && dayPattern.test(value)) {
    const date = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return value;
    return new Intl.DateTimeFormat(language(locale), { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return typeof value === "string" ? value : "";
  return new Intl.DateTimeFormat(language(locale), {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  }).format(date);
}

/** A moment with its time: "29 nov 2026, 10:15" (Amsterdam time). */
export function formatMoment(iso: string | Date, locale: Locale | string): string {
  return new Intl.DateTimeFormat(language(locale), {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}

/** The calendar day (YYYY-MM-DD) of a moment in Amsterdam. */
export function amsterdamDay(now: Date): string {
  // The Swedish locale writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(now);
}

/** The day of a moment, short (Amsterdam time): "3 dec 2026". */
export function formatShortDate(iso: string | Date, locale: Locale | string): string {
  return new Intl.DateTimeFormat(language(locale), {
    dateStyle: "medium",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}
