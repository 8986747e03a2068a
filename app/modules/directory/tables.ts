import type { ColumnType, Generated } from "kysely";

/**
 * The Wegwijzer tables (Open Referral HSDS 3.0 names, Dutch profile).
 * Owned by the directory module; see the migration 20261129_0200_directory.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A date without time ("2026-11-01"); read back as a string. */
type DateOnly = ColumnType<string, string, string>;

export interface OrganizationTable {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  description_en: string | null;
  email: string | null;
  website: string | null;
  parent_organization_id: string | null;
  last_modified: Timestamp;
}

export interface ProgramTable {
  id: string;
  organization_id: string;
  name: string;
  description: string;
}

export type ServiceStatus = "active" | "inactive" | "defunct" | "temporarily closed";

export interface ServiceTable {
  id: string;
  organization_id: string;
  program_id: string | null;
  name: string;
  name_en: string | null;
  description: string;
  description_en: string | null;
  status: ServiceStatus;
  eligibility_description: string | null;
  eligibility_description_en: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  maximum_age_inclusive: boolean;
  email: string | null;
  url: string | null;
  sort_order: number;
  assured_date: DateOnly;
  last_modified: Timestamp;
  search_text: Generated<string>;
  search_vector: Generated<string>;
}

/**
 * What a search filters and sorts on, one row per active service (migration
 * 20261129_0600); written only by refreshServiceSearch in directory.server.ts.
 */
export interface ServiceSearchTable {
  service_id: string;
  /** Codes of the service's areas (CBS codes, named region ids, "NL" for national); empty when unknown. */
  area_codes: string[];
  /** Its taxonomy term ids, sorted. */
  term_ids: string[];
  /** The ages it takes: age_from <= age < age_below. */
  age_from: number;
  age_below: number;
  /** Weekly opening hours (int4multirange of minutes since Monday 00:00, Europe/Amsterdam). */
  open_week: string;
  sort_order: number;
  name: string;
  /** A copy of service.search_vector. */
  search_vector: string;
  /**
   * Name and description, folded (`zicht_unaccent(lower(name || ' ' || description))`), for the
   * typo round of the site-wide search; trigram GIN index (migration 20261129_1100).
   */
  similar_text: string;
}

export interface LocationTable {
  id: string;
  organization_id: string;
  location_type: "physical" | "postal" | "virtual";
  name: string | null;
  description: string | null;
  url: string | null;
  confidential: boolean;
  municipality_code: string | null;
}

export interface AddressTable {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: "physical" | "postal" | "virtual";
}

export interface ServiceAtLocationTable {
  id: string;
  service_id: string;
  location_id: string;
}

export type AreaKind = "national" | "province" | "municipality" | "region";

export interface ServiceAreaTable {
  id: string;
  service_id: string;
  kind: AreaKind;
  code: string | null;
  name: string;
}

export interface PhoneTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  number: string;
  type: string;
  description: string | null;
  description_en: string | null;
  free: boolean;
  sort_order: number;
}

export interface ContactTable {
  id: string;
  organization_id: string | null;
  service_id: string | null;
  name: string | null;
  title: string | null;
  title_en: string | null;
  email: string;
  sort_order: number;
}

export interface ScheduleTable {
  id: string;
  service_id: string;
  phone_id: string | null;
  contact_id: string | null;
  freq: Generated<"WEEKLY">;
  byday: string;
  opens_at: string;
  closes_at: string;
  valid_from: DateOnly | null;
  valid_to: DateOnly | null;
}

export interface LanguageTable {
  id: string;
  service_id: string;
  name: string;
  code: string;
}

export interface TaxonomyTable {
  id: string;
  name: string;
  name_en: string;
  description: string;
  version: string;
}

export interface TaxonomyTermTable {
  id: string;
  taxonomy_id: string;
  code: string;
  name: string;
  name_en: string;
  description: string;
  sort_order: number;
}

export interface AttributeTable {
  id: string;
  link_id: string;
  link_type: Generated<"service">;
  taxonomy_term_id: string;
}

export interface MetadataTable {
  id: Generated<number>;
  resource_id: string;
  resource_type: string;
  last_action_date: Generated<Date>;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
}

export interface NamedRegionTable {
  id: string;
  name: string;
  alternative_names: string[];
  description: string | null;
  province_codes: string[];
  municipality_codes: string[];
}

export interface ChangeRequestTable {
  id: Generated<number>;
  service_id: string;
  field: string;
  current_value: string;
  proposed_value: string;
  explanation: string | null;
  email: string | null;
  status: Generated<"pending" | "accepted" | "rejected">;
  created_at: Generated<Date>;
  decided_at: Date | null;
  decided_by: string | null;
}

/** Every word of the services' search text (for finding near words: typos, compound parts). */
export interface SearchWordTable {
  word: string;
}

export interface DirectoryTables {
  organization: OrganizationTable;
  program: ProgramTable;
  service: ServiceTable;
  service_search: ServiceSearchTable;
  location: LocationTable;
  address: AddressTable;
  service_at_location: ServiceAtLocationTable;
  service_area: ServiceAreaTable;
  phone: PhoneTable;
  contact: ContactTable;
  schedule: ScheduleTable;
  language: LanguageTable;
  taxonomy: TaxonomyTable;
  taxonomy_term: TaxonomyTermTable;
  attribute: AttributeTable;
  metadata: MetadataTable;
  named_region: NamedRegionTable;
  change_request: ChangeRequestTable;
  search_word: SearchWordTable;
}
