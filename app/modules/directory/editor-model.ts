import { taxonomyIds, type Email, type Phone, type Schedule, type TaxonomyId } from "./directory-content";
import {
  contactFields,
  formSlots,
  type ContactKind,
  type FormValues,
  type OrganisationEdit,
  type ServiceEdit,
} from "./editor-form";
import { areaLine } from "./free-text";
import { isAlwaysOpen } from "./opening-hours";
import type { RegionData } from "./regions";

/**
 * What the editor's forms show: the values of a stored (or new) service or
 * organisation, or the values as they were posted (shown again with the
 * errors). Pure.
 */

export interface HoursRowModel {
  days: string[];
  opens: string;
  closes: string;
}

export interface ContactModel {
  value: string;
  label: string;
  labelEn: string;
  free: boolean;
  always: boolean;
  hours: HoursRowModel[];
}

export interface ServiceFormModel {
  organisationId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
  status: string;
  eligibility: string;
  minimumAge: string;
  maximumAge: string;
  maximumAgeInclusive: boolean;
  url: string;
  assuredDate: string;
  terms: Record<TaxonomyId, string[]>;
  /** The service is offered in the whole country. */
  national: boolean;
  /** Otherwise its places, one per line. */
  areas: string;
  phones: ContactModel[];
  emails: ContactModel[];
}

/** The English of a text for its form field: empty when it is the Dutch (the form's default). */
function ownEnglish(text: { nl: string; en: string }): string {
  return text.en === text.nl ? "" : text.en;
}

function hoursModel(schedules: readonly Schedule[] = []): Pick<ContactModel, "always" | "hours"> {
  if (schedules.length === 1 && isAlwaysOpen(schedules[0]!)) return { always: true, hours: [] };
  return {
    always: false,
    hours: schedules.map((schedule) => ({
      days: [...schedule.byday],
      opens: schedule.opensAt,
      closes: schedule.closesAt,
    })),
  };
}

function contactModel(
  value: string,
  label: { nl: string; en: string } | undefined,
  free: boolean,
  schedules: readonly Schedule[] | undefined,
): ContactModel {
  return {
    value,
    label: label?.nl ?? "",
    labelEn: label ? ownEnglish(label) : "",
    free,
    ...hoursModel(schedules),
  };
}

const phoneModel = (phone: Phone) =>
  contactModel(phone.number, phone.label, phone.free ?? false, phone.schedules);
const emailModel = (email: Email) => contactModel(email.address, email.label, false, email.schedules);

/** The form's values for a stored (or new) service. */
export function serviceFormModel(
  service: Pick<
    ServiceEdit,
    | "organisationId"
    | "name"
    | "description"
    | "status"
    | "eligibilityDescription"
    | "minimumAge"
    | "maximumAge"
    | "maximumAgeInclusive"
    | "url"
    | "assuredDate"
    | "terms"
    | "areas"
    | "phones"
    | "emails"
  >,
  regions: RegionData,
): ServiceFormModel {
  return {
    organisationId: service.organisationId,
    name: service.name.nl,
    nameEn: ownEnglish(service.name),
    description: service.description.nl,
    descriptionEn: ownEnglish(service.description),
    status: service.status,
    eligibility: service.eligibilityDescription ?? "",
    minimumAge: service.minimumAge === undefined ? "" : String(service.minimumAge),
    maximumAge: service.maximumAge === undefined ? "" : String(service.maximumAge),
    maximumAgeInclusive: service.maximumAgeInclusive,
    url: service.url ?? "",
    assuredDate: service.assuredDate,
    terms: service.terms,
    national: service.areas.some((area) => area.kind === "national"),
    areas: service.areas
      .filter((area) => area.kind !== "national")
      .map((area) => areaLine(area, regions))
      .join("\n"),
    phones: service.phones.map(phoneModel),
    emails: service.emails.map(emailModel),
  };
}

function postedContactModels(values: FormValues, kind: ContactKind): ContactModel[] {
  const fields = contactFields[kind];
  return Array.from({ length: fields.slots }, (_, index) => {
    const prefix = `${kind}-${index}`;
    return {
      value: values.get(`${prefix}-${fields.value}`),
      label: values.get(`${prefix}-label`),
      labelEn: values.get(`${prefix}-labelEn`),
      free: values.get(`${prefix}-free`) === "yes",
      always: values.get(`${prefix}-always`) === "yes",
      hours: Array.from({ length: formSlots.hours }, (_, row) => ({
        days: values.getAll(`${prefix}-hours-${row}-days`),
        opens: values.get(`${prefix}-hours-${row}-opens`),
        closes: values.get(`${prefix}-hours-${row}-closes`),
      })),
    };
  });
}

/** The form's values as they were posted (shown again with the errors). */
export function postedServiceFormModel(values: FormValues): ServiceFormModel {
  return {
    organisationId: values.get("organisationId"),
    name: values.get("name"),
    nameEn: values.get("nameEn"),
    description: values.get("description"),
    descriptionEn: values.get("descriptionEn"),
    status: values.get("status"),
    eligibility: values.get("eligibility"),
    minimumAge: values.get("minimumAge"),
    maximumAge: values.get("maximumAge"),
    maximumAgeInclusive: values.get("maximumAgeInclusive") !== "no",
    url: values.get("url"),
    assuredDate: values.get("assuredDate"),
    terms: Object.fromEntries(
      taxonomyIds.map((taxonomy) => [taxonomy, values.getAll(`term-${taxonomy}`)]),
    ) as Record<TaxonomyId, string[]>,
    national: values.get("national") === "yes",
    areas: values.get("areas"),
    phones: postedContactModels(values, "phone"),
    emails: postedContactModels(values, "email"),
  };
}

export interface OrganisationFormModel {
  name: string;
  alternateName: string;
  description: string;
  descriptionEn: string;
  website: string;
  phones: ContactModel[];
  emails: ContactModel[];
}

export function organisationFormModel(organisation: OrganisationEdit): OrganisationFormModel {
  return {
    name: organisation.name,
    alternateName: organisation.alternateName ?? "",
    description: organisation.description.nl,
    descriptionEn: ownEnglish(organisation.description),
    website: organisation.website ?? "",
    phones: organisation.phones.map(phoneModel),
    emails: organisation.emails.map(emailModel),
  };
}

export function postedOrganisationFormModel(values: FormValues): OrganisationFormModel {
  return {
    name: values.get("name"),
    alternateName: values.get("alternateName"),
    description: values.get("description"),
    descriptionEn: values.get("descriptionEn"),
    website: values.get("website"),
    phones: postedContactModels(values, "phone"),
    emails: postedContactModels(values, "email"),
  };
}
