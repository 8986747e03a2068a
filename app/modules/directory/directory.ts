import { formatDate } from "../../i18n/dates";
import type { Locale, MessageKey, Translate } from "../../i18n";
import { termId, weekdays, type Schedule, type Weekday } from "./directory-content";
import { isAlwaysOpen, isPossiblyOutdated, openingState, type OpeningState } from "./opening-hours";
import type { ServiceRecord } from "./read.server";

/**
 * How the Wegwijzer shows a service, in the reader's language: who it is
 * for, where, how to reach it and when, whether it is open now and when its
 * facts were checked. Pure: no I/O (the record type is only a type).
 */

const dayKeys: Record<Weekday, MessageKey> = {
  MO: "directory.day.MO",
  TU: "directory.day.TU",
  WE: "directory.day.WE",
  TH: "directory.day.TH",
  FR: "directory.day.FR",
  SA: "directory.day.SA",
  SU: "directory.day.SU",
};

/** A count of search results: exact, or capped (there are more than `total`). */
export interface ResultCount {
  total: number;
  capped: boolean;
}

const numberFormat = (locale: Locale) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL");

/** "12" or "meer dan 1.000": a count inside a sentence ("Zonder plaats (meer dan 1.000)"). */
export function formatCount(count: ResultCount, locale: Locale, t: Translate): string {
  return count.capped
    ? t("directory.results.moreThan", { count: numberFormat(locale).format(count.total) })
    : String(count.total);
}

/** The heading above the results: "1 resultaat", "12 resultaten", "Meer dan 1.000 resultaten". */
export function resultsHeading(count: ResultCount, locale: Locale, t: Translate): string {
  if (count.capped)
    return t("directory.results.countMore", { count: numberFormat(locale).format(count.total) });
  return count.total === 1
    ? t("directory.results.one")
    : t("directory.results.count", { count: count.total });
}

/** "a", "a en b", "a, b en c" (with the translated "and"). */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t("directory.and")} ${items[items.length - 1]}`;
}

/** "9.00" in Dutch, "9:00" in English. */
function formatTime(time: string, locale: Locale): string {
  const [hours = "0", minutes = "00"] = time.split(":");
  return `${Number(hours)}${locale === "nl" ? "." : ":"}${minutes}`;
}

/** Opening times in words: "dag en nacht", "dinsdag en donderdag van 9.00 tot 12.00 uur". */
export function formatSchedules(
  schedules: readonly Schedule[] | undefined,
  locale: Locale,
  t: Translate,
): string {
  if (!schedules || schedules.length === 0) return "";
  return schedules
    .map((schedule) => {
      if (isAlwaysOpen(schedule)) return t("directory.schedule.always");
      const ordered = weekdays.filter((day) => schedule.byday.includes(day));
      return t("directory.schedule.weekly", {
        days: joinList(
          ordered.map((day) => t(dayKeys[day])),
          t,
        ),
        opens: formatTime(schedule.opensAt, locale),
        closes: formatTime(schedule.closesAt, locale),
      });
    })
    .join("; ");
}

export interface EligibilityFacts {
  minimumAge: number | null;
  maximumAge: number | null;
  maximumAgeInclusive: boolean;
  /** Term ids of the doelgroep taxonomy. */
  targetGroups: readonly string[];
}

const target = (code: string) => termId("doelgroep", code);

/** Who a service is for, in words: "meiden, 12 tot en met 23 jaar, met kennis van LVB". Empty when open to all. */
export function formatEligibility(facts: EligibilityFacts, t: Translate): string {
  const parts: string[] = [];
  const groups = new Set(facts.targetGroups);
  const female = groups.has(target("meisjes-vrouwen"));
  const male = groups.has(target("jongens-mannen"));
  if (!groups.has(target("iedereen"))) {
    if (female && male) parts.push(t("directory.gender.both"));
    else if (female) parts.push(t("directory.gender.female"));
    else if (male) parts.push(t("directory.gender.male"));
  }
  const { minimumAge, maximumAge, maximumAgeInclusive } = facts;
  if (minimumAge !== null && maximumAge !== null) {
    parts.push(
      t(maximumAgeInclusive ? "directory.age.inclusive" : "directory.age.exclusive", {
        min: minimumAge,
        max: maximumAge,
      }),
    );
  } else if (minimumAge !== null) {
    parts.push(t("directory.age.from", { min: minimumAge }));
  } else if (maximumAge !== null) {
    parts.push(
      t(maximumAgeInclusive ? "directory.age.untilInclusive" : "directory.age.until", { max: maximumAge }),
    );
  }
  if (groups.has(target("lvb-expertise"))) parts.push(t("directory.lvb"));
  if (groups.has(target("zwakbegaafd"))) parts.push(t("directory.borderline"));
  return parts.join(", ");
}

/** "meiden, 12 jaar" → "Meiden, 12 jaar" (for text that starts a line). */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a service is offered, in words; empty when the source does not say. */
export function formatAreas(areas: ServiceRecord["areas"], t: Translate): string {
  if (areas.some((area) => area.kind === "national")) return t("directory.area.national");
  return joinList(
    areas.map((area) => area.name),
    t,
  );
}

/** "29 november 2026" / "29 November 2026". */
export { formatDate };

export interface TermName {
  id: string;
  taxonomyId: string;
  name: string;
}

/** The schedules that decide "nu open": the phone lines, not e-mail (which can be sent any time). */
export function openingSchedules(service: Pick<ServiceRecord, "phones">): Schedule[] {
  return service.phones.flatMap((phone) => phone.schedules);
}

/** One service as the pages show it, in the reader's language. */
export interface ServiceView {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  /** False when the service is named after its organisation (no separate line needed). */
  showOrganisation: boolean;
  programName: string;
  description: string;
  forWhom: string;
  /** Who can use it, in words (set by editors; Dutch only), and its own web page; empty when unknown. */
  eligibility: string;
  url: string;
  where: string;
  /** Names of the service's hulpsoort, uitbuitingsvorm and toegang terms. */
  helpTypes: string[];
  forms: string[];
  access: string[];
  phones: Array<{ number: string; label: string; availability: string }>;
  emails: Array<{ address: string; label: string; availability: string }>;
  contactViaOrganisation: boolean;
  openNow: OpeningState;
  assuredDate: string;
  assuredDateText: string;
  possiblyOutdated: boolean;
  locations: Array<{ name: string }>;
}

export function serviceView(
  service: ServiceRecord,
  termNames: ReadonlyMap<string, string>,
  locale: Locale,
  t: Translate,
  now: Date,
): ServiceView {
  const names = (taxonomy: string) => (service.terms[taxonomy] ?? []).map((id) => termNames.get(id) ?? id);
  return {
    id: service.id,
    name: service.name[locale],
    organisationId: service.organisation.id,
    organisationName: service.organisation.name,
    showOrganisation: service.name.nl !== service.organisation.name,
    programName: service.program?.name ?? "",
    description: service.description[locale],
    forWhom: upperFirst(
      formatEligibility(
        {
          minimumAge: service.minimumAge,
          maximumAge: service.maximumAge,
          maximumAgeInclusive: service.maximumAgeInclusive,
          targetGroups: service.terms.doelgroep ?? [],
        },
        t,
      ),
    ),
    eligibility: service.eligibilityDescription ?? "",
    url: service.url ?? "",
    where: upperFirst(formatAreas(service.areas, t)),
    helpTypes: names("hulpsoort"),
    forms: names("uitbuitingsvorm"),
    access: names("toegang"),
    phones: service.phones.map((phone) => ({
      number: phone.number,
      label: phone.label?.[locale] ?? "",
      availability: [formatSchedules(phone.schedules, locale, t), phone.free ? t("directory.free") : ""]
        .filter(Boolean)
        .join(", "),
    })),
    emails: service.emails.map((email) => ({
      address: email.address,
      label: email.label?.[locale] ?? "",
      availability: formatSchedules(email.schedules, locale, t),
    })),
    contactViaOrganisation: service.contactViaOrganisation,
    openNow: openingState(openingSchedules(service), now),
    assuredDate: service.assuredDate,
    assuredDateText: formatDate(service.assuredDate, locale),
    possiblyOutdated: isPossiblyOutdated(service.assuredDate, now),
    locations: service.locations.flatMap((location) => (location.name ? [{ name: location.name }] : [])),
  };
}
