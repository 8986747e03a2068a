import { z } from "zod";
import type { Locale, MessageKey, Translate } from "../../i18n";

/**
 * The national directory ("Wegwijzer") as plain data: organisations and the
 * services they offer. The shape follows Open Referral HSDS 3.0 where it can
 * (organization, service, phone, schedule with iCal days, minimum/maximum
 * age), so the searchable directory can seed its tables from the same data.
 * Pure: no I/O.
 */

/** The groups the directory page shows, in this order. */
export const directoryGroupIds = ["acute", "advice", "reporting", "care", "prevention"] as const;
export type DirectoryGroupId = (typeof directoryGroupIds)[number];

/** iCal/HSDS day codes, Monday first. */
export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];

const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
const idSchema = z.string().regex(/^[a-z0-9-]+$/, "alleen kleine letters, cijfers en streepjes");
const timeSchema = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "tijd als UU:MM");

/** One opening period; 24/7 is all seven days 00:00–23:59 (HSDS convention). */
export const scheduleSchema = z.object({
  byday: z.array(z.enum(weekdays)).min(1),
  opensAt: timeSchema,
  closesAt: timeSchema,
});

export const phoneSchema = z.object({
  number: z.string().regex(/^[0-9][0-9 -]{1,19}$/, "alleen cijfers, spaties en streepjes"),
  label: localizedSchema.optional(),
  free: z.boolean().optional(),
  schedules: z.array(scheduleSchema).optional(),
});

export const emailSchema = z.object({
  address: z.email(),
  label: localizedSchema.optional(),
  schedules: z.array(scheduleSchema).optional(),
});

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1),
  /** General contact details; shown for a service that has none of its own. */
  phones: z.array(phoneSchema),
  emails: z.array(emailSchema),
});

export const eligibilitySchema = z.object({
  minimumAge: z.number().int().min(0).optional(),
  maximumAge: z.number().int().min(0).optional(),
  /** The source says "tot en met" (true) or "tot" (false): kept as written. */
  maximumAgeInclusive: z.boolean().optional(),
  genders: z
    .array(z.enum(["female", "male"]))
    .min(1)
    .optional(),
  /** Only for young people with a mild intellectual disability. */
  lvb: z.boolean().optional(),
});

export const serviceAreaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("national") }),
  z.object({ kind: z.literal("places"), places: z.array(z.string().trim().min(1)).min(1) }),
  z.object({ kind: z.literal("regions"), regions: z.array(localizedSchema).min(1) }),
]);

export const serviceSchema = z.object({
  id: idSchema,
  organisationId: idSchema,
  /** Proper names stay the same in both languages; descriptive names are translated. */
  name: localizedSchema,
  group: z.enum(directoryGroupIds),
  description: localizedSchema,
  eligibility: eligibilitySchema.optional(),
  area: serviceAreaSchema.optional(),
  phones: z.array(phoneSchema),
  emails: z.array(emailSchema),
});

export type Schedule = z.infer<typeof scheduleSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type Email = z.infer<typeof emailSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Eligibility = z.infer<typeof eligibilitySchema>;
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
export type Service = z.infer<typeof serviceSchema>;

/**
 * Checks the directory content: every record valid, ids unique, every
 * service pointing at a known organisation. Returns readable problems
 * (empty when all is well).
 */
export function checkDirectory(organisations: readonly unknown[], services: readonly unknown[]): string[] {
  const problems: string[] = [];
  const organisationIds = new Set<string>();
  organisations.forEach((raw, index) => {
    const parsed = organisationSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(
        `organisatie ${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`,
      );
      return;
    }
    if (organisationIds.has(parsed.data.id))
      problems.push(`organisatie ${parsed.data.id}: id komt twee keer voor`);
    organisationIds.add(parsed.data.id);
  });
  const serviceIds = new Set<string>();
  services.forEach((raw, index) => {
    const parsed = serviceSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`dienst ${index + 1}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
      return;
    }
    const service = parsed.data;
    if (serviceIds.has(service.id)) problems.push(`dienst ${service.id}: id komt twee keer voor`);
    serviceIds.add(service.id);
    if (!organisationIds.has(service.organisationId)) {
      problems.push(`dienst ${service.id}: onbekende organisatie ${service.organisationId}`);
    }
    const { minimumAge, maximumAge } = service.eligibility ?? {};
    if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
      problems.push(`dienst ${service.id}: minimumleeftijd is hoger dan maximumleeftijd`);
    }
  });
  return problems;
}

export interface DirectoryEntry {
  service: Service;
  organisation: Organisation;
  /** The contact details to show: the service's own, or else the organisation's. */
  phones: readonly Phone[];
  emails: readonly Email[];
  /** True when the contact details are the organisation's general ones. */
  contactViaOrganisation: boolean;
}

export interface DirectoryGroup {
  id: DirectoryGroupId;
  entries: DirectoryEntry[];
}

/**
 * Services grouped for the directory page: groups in the fixed order of
 * `directoryGroupIds`, services in content order, empty groups left out.
 * A service whose organisation is unknown is left out (checkDirectory reports it).
 */
export function groupDirectory(
  organisations: readonly Organisation[],
  services: readonly Service[],
): DirectoryGroup[] {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  return directoryGroupIds
    .map((id) => ({
      id,
      entries: services.flatMap((service): DirectoryEntry[] => {
        const organisation = byId.get(service.organisationId);
        if (service.group !== id || !organisation) return [];
        const own = service.phones.length > 0 || service.emails.length > 0;
        return [
          {
            service,
            organisation,
            phones: own ? service.phones : organisation.phones,
            emails: own ? service.emails : organisation.emails,
            contactViaOrganisation:
              !own && (organisation.phones.length > 0 || organisation.emails.length > 0),
          },
        ];
      }),
    }))
    .filter((group) => group.entries.length > 0);
}

const dayKeys: Record<Weekday, MessageKey> = {
  MO: "directory.day.MO",
  TU: "directory.day.TU",
  WE: "directory.day.WE",
  TH: "directory.day.TH",
  FR: "directory.day.FR",
  SA: "directory.day.SA",
  SU: "directory.day.SU",
};

/** "a", "a en b", "a, b en c" (with the translated "and"). */
export function joinList(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${t("directory.and")} ${items[items.length - 1]}`;
}

function isAlwaysOpen(schedule: Schedule): boolean {
  return schedule.byday.length === 7 && schedule.opensAt === "00:00" && schedule.closesAt === "23:59";
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

/** Who a service is for, in words: "meiden, 12 tot en met 23 jaar, met een LVB". Empty when open to all. */
export function formatEligibility(eligibility: Eligibility | undefined, t: Translate): string {
  if (!eligibility) return "";
  const parts: string[] = [];
  const { genders, minimumAge, maximumAge, maximumAgeInclusive, lvb } = eligibility;
  if (genders && genders.length > 0) {
    const both = genders.includes("female") && genders.includes("male");
    parts.push(
      t(
        both
          ? "directory.gender.both"
          : genders[0] === "female"
            ? "directory.gender.female"
            : "directory.gender.male",
      ),
    );
  }
  if (minimumAge !== undefined && maximumAge !== undefined) {
    parts.push(
      t(maximumAgeInclusive ? "directory.age.inclusive" : "directory.age.exclusive", {
        min: minimumAge,
        max: maximumAge,
      }),
    );
  } else if (minimumAge !== undefined) {
    parts.push(t("directory.age.from", { min: minimumAge }));
  } else if (maximumAge !== undefined) {
    parts.push(
      t(maximumAgeInclusive ? "directory.age.untilInclusive" : "directory.age.until", { max: maximumAge }),
    );
  }
  if (lvb) parts.push(t("directory.lvb"));
  return parts.join(", ");
}

/** Where a service is offered, in words. Empty when the source does not say. */
export function formatArea(area: ServiceArea | undefined, locale: Locale, t: Translate): string {
  if (!area) return "";
  switch (area.kind) {
    case "national":
      return t("directory.area.national");
    case "places":
      return joinList(area.places, t);
    case "regions":
      return joinList(
        area.regions.map((region) => region[locale]),
        t,
      );
  }
}

/** "meiden, 12 jaar" → "Meiden, 12 jaar" (for text that starts a line). */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One directory entry as the page shows it, in the reader's language. */
export interface DirectoryEntryView {
  id: string;
  name: string;
  organisationName: string;
  /** False when the service is named after its organisation (no separate line needed). */
  showOrganisation: boolean;
  description: string;
  forWhom: string;
  where: string;
  phones: Array<{ number: string; label: string; availability: string }>;
  emails: Array<{ address: string; label: string; availability: string }>;
  contactViaOrganisation: boolean;
}

export interface DirectoryGroupView {
  id: DirectoryGroupId;
  entries: DirectoryEntryView[];
}

/** The grouped directory, localised for the page. */
export function directoryView(
  organisations: readonly Organisation[],
  services: readonly Service[],
  locale: Locale,
  t: Translate,
): DirectoryGroupView[] {
  return groupDirectory(organisations, services).map((group) => ({
    id: group.id,
    entries: group.entries.map((entry) => ({
      id: entry.service.id,
      name: entry.service.name[locale],
      organisationName: entry.organisation.name,
      showOrganisation: entry.service.name.nl !== entry.organisation.name,
      description: entry.service.description[locale],
      forWhom: upperFirst(formatEligibility(entry.service.eligibility, t)),
      where: upperFirst(formatArea(entry.service.area, locale, t)),
      phones: entry.phones.map((phone) => ({
        number: phone.number,
        label: phone.label?.[locale] ?? "",
        availability: [formatSchedules(phone.schedules, locale, t), phone.free ? t("directory.free") : ""]
          .filter(Boolean)
          .join(", "),
      })),
      emails: entry.emails.map((email) => ({
        address: email.address,
        label: email.label?.[locale] ?? "",
        availability: formatSchedules(email.schedules, locale, t),
      })),
      contactViaOrganisation: entry.contactViaOrganisation,
    })),
  }));
}
