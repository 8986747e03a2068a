/** Dates on pages: the one set of formatters in `app/i18n/dates.ts`. */
export { formatMoment, formatShortDate, formatDate as formatDay } from "../i18n/dates";
