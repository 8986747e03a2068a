import { taxonomyIds, type Schedule, type TaxonomyId } from "./directory-content";
import { formSlots, type FormValues, type OrganisationEdit, type ServiceEdit } from "./editor-form";
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
    nameEn: service.name.en === service.name.nl ? "" : service.name.en,
    description: service.description.nl,
    descriptionEn: service.description.en === service.description.nl ? "" : service.description.en,
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
    phones: service.phones.map((phone) => ({
      value: phone.number,
      label: phone.label?.nl ?? "",
      labelEn: phone.label && phone.label.en !== phone.label.nl ? phone.label.en : "",
      free: phone.free ?? false,
      ...hoursModel(phone.schedules),
    })),
    emails: service.emails.map((email) => ({
      value: email.address,
      label: email.label?.nl ?? "",
      labelEn: email.label && email.label.en !== email.label.nl ? email.label.en : "",
      free: false,
      ...hoursModel(email.schedules),
    })),
  };
}

function contactModels(values: FormValues, kind: "phone" | "email"): ContactModel[] {
  const slots = kind === "phone" ? formSlots.phones : formSlots.emails;
  return Array.from({ length: slots }, (_, index) => {
    const prefix = `${kind}-${index}`;
    return {
      value: values.get(`${prefix}-${kind === "phone" ? "number" : "address"}`),
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
    phones: contactModels(values, "phone"),
    emails: contactModels(values, "email"),
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
  const service = serviceFormModel(
    {
      organisationId: "",
      name: { nl: "", en: "" },
      description: organisation.description,
      status: "active",
      eligibilityDescription: undefined,
      minimumAge: undefined,
      maximumAge: undefined,
      maximumAgeInclusive: true,
      url: undefined,
      assuredDate: "",
      terms: { hulpsoort: [], uitbuitingsvorm: [], doelgroep: [], toegang: [] },
      areas: [],
      phones: organisation.phones,
      emails: organisation.emails,
    },
    { provinces: [], municipalities: [], regions: [] },
  );
  return {
    name: organisation.name,
    alternateName: organisation.alternateName ?? "",
    description: service.description,
    descriptionEn: service.descriptionEn,
    website: organisation.website ?? "",
    phones: service.phones,
    emails: service.emails,
  };
}

export function postedOrganisationFormModel(values: FormValues): OrganisationFormModel {
  return {
    name: values.get("name"),
    alternateName: values.get("alternateName"),
    description: values.get("description"),
    descriptionEn: values.get("descriptionEn"),
    website: values.get("website"),
    phones: contactModels(values, "phone"),
    emails: contactModels(values, "email"),
  };
}
