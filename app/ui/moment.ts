/** A moment as people read it (Dutch or English, Amsterdam time): "29 nov 2026, 10:15". */
export function formatMoment(iso: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) as people read it: "1 december 2026". */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));
}

/** The day of a moment, short (Dutch or English, Amsterdam time): "3 dec 2026". */
export function formatShortDate(iso: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "medium",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}
