import { z } from "zod";
import { phoneNumberSchema, scheduleSchema, weekdays } from "./directory-content";
import { hsdsId, isUuid } from "./hsds-ids";
import { resolvePlace, type RegionData } from "./regions";

/**
 * HSDS 3.0 data as other systems publish it, brought into the one document
 * shape `zicht directory import` reads: `{ taxonomies, taxonomy_terms,
 * organizations, services }` of flat HSDS objects linked by id. Accepts one
 * organization (with nested services), one service (with its nested
 * organization), one service_at_location, taxonomy or taxonomy term, an HSDS
 * list page (`{ total_items, …, contents: [...] }`), an array of any of
 * these, a document of the same four lists, and Zicht's own export (passed
 * through untouched). Nested objects (organizations in services, terms in
 * attributes, taxonomies in `taxonomy_detail`) are collected once each by id.
 * Ids are kept; UUIDs are lower-cased as everywhere at the HSDS boundary.
 * Everything that cannot be understood is reported with its JSON path
 * (`$[2].services[0].id: …`) in Dutch. Pure: no I/O.
 *
 * `applyZichtRules` then turns what other systems say about where a service
 * is offered into Zicht's areas, and reports what Zicht needs and did not get.
 */

export type HsdsObject = Record<string, unknown>;

export interface HsdsImportDocument {
  taxonomies: HsdsObject[];
  taxonomy_terms: HsdsObject[];
  organizations: HsdsObject[];
  services: HsdsObject[];
  [section: string]: unknown;
}

export type NormaliseResult =
  | { ok: true; document: HsdsImportDocument; zichtExport: boolean; notes: string[] }
  | { ok: false; problems: string[] };

type Kind = "organization" | "service" | "service_at_location" | "taxonomy" | "taxonomy_term";

const sectionOf = {
  organization: "organizations",
  service: "services",
  taxonomy: "taxonomies",
  taxonomy_term: "taxonomy_terms",
} as const;

const kindNames: Record<Kind, string> = {
  organization: "organisatie",
  service: "dienst",
  service_at_location: "dienst-op-locatie",
  taxonomy: "taxonomie",
  taxonomy_term: "term",
};

export function isObject(value: unknown): value is HsdsObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `$` + `.key` or `[index]`. */
function at(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : `${path}.${key}`;
}

/** An id as it is kept: text, trimmed; a UUID in lower case. */
function normalId(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const id = value.trim();
  return isUuid(id) ? id.toLowerCase() : id;
}

/** Which HSDS object this is, from the fields only that kind has. */
export function kindOf(value: HsdsObject): Kind | undefined {
  const has = (...keys: string[]) => keys.some((key) => value[key] !== undefined);
  if (has("location", "location_id")) return "service_at_location";
  if (has("taxonomy_id", "taxonomy_detail", "code", "term_uri", "parent_id", "taxonomy"))
    return "taxonomy_term";
  if (
    has("status", "organization_id", "organization", "service_areas", "service_at_locations", "assured_date")
  )
    return "service";
  if (
    has(
      "services",
      "website",
      "legal_status",
      "year_incorporated",
      "tax_status",
      "tax_id",
      "logo",
      "programs",
      "locations",
      "organization_identifiers",
      "parent_organization_id",
      "funding",
      "phones",
      "contacts",
    )
  )
    return "organization";
  if (has("version", "uri")) return "taxonomy";
  // The three fields every organization has (a bare taxonomy carries its version or uri).
  if (has("name") && has("description")) return "organization";
  return undefined;
}

/** Zicht's own export document (`zicht directory export --format hsds-json`). */
function isZichtExport(value: HsdsObject): boolean {
  return value.format === "zicht-wegwijzer";
}

const documentSections = ["taxonomies", "taxonomy_terms", "organizations", "services"] as const;

/** A document of the four lists (what the tabular reader builds, or another system's dump). */
function isDocument(value: HsdsObject): boolean {
  return value.id === undefined && documentSections.some((section) => Array.isArray(value[section]));
}

function isListPage(value: HsdsObject): boolean {
  return value.id === undefined && Array.isArray(value.contents);
}

class Collector {
  readonly problems: string[] = [];
  readonly notes: string[] = [];
  private readonly objects = {
    organizations: new Map<string, { value: HsdsObject; path: string }>(),
    services: new Map<string, { value: HsdsObject; path: string }>(),
    taxonomies: new Map<string, { value: HsdsObject; path: string }>(),
    taxonomy_terms: new Map<string, { value: HsdsObject; path: string }>(),
  };
  private readonly serviceLocations: Array<{ serviceId: string; link: HsdsObject; path: string }> = [];
  private readonly programs: Array<{ organizationId: string; program: HsdsObject }> = [];

  problem(path: string, message: string) {
    this.problems.push(`${path}: ${message}`);
  }

  /** Anything: a page, an array, a document or one object. */
  any(value: unknown, path: string) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => this.any(item, at(path, index)));
      return;
    }
    if (!isObject(value)) {
      this.problem(path, "verwacht een HSDS-object of een lijst daarvan");
      return;
    }
    if (isListPage(value)) {
      (value.contents as unknown[]).forEach((item, index) =>
        this.object(item, at(at(path, "contents"), index)),
      );
      return;
    }
    if (isDocument(value)) {
      for (const section of documentSections) {
        const list = value[section];
        if (list === undefined) continue;
        if (!Array.isArray(list)) {
          this.problem(at(path, section), "lijst verwacht");
          continue;
        }
        const kind = (Object.keys(sectionOf) as Array<keyof typeof sectionOf>).find(
          (key) => sectionOf[key] === section,
        ) as keyof typeof sectionOf;
        list.forEach((item, index) => this.object(item, at(at(path, section), index), kind));
      }
      return;
    }
    this.object(value, path);
  }

  object(value: unknown, path: string, expected?: Kind) {
    if (!isObject(value)) {
      this.problem(path, "verwacht een HSDS-object");
      return;
    }
    const kind = expected ?? kindOf(value);
    switch (kind) {
      case "organization":
        return this.organization(value, path);
      case "service":
        return this.service(value, path);
      case "service_at_location":
        return this.serviceAtLocation(value, path);
      case "taxonomy":
        return this.taxonomy(value, path);
      case "taxonomy_term":
        return this.term(value, path);
      default:
        this.problem(
          path,
          "onbekend soort HSDS-object: verwacht een organisatie, dienst, dienst-op-locatie, taxonomie of term",
        );
    }
  }

  /** Checks the id, then keeps the object once; a second copy only fills in what the first lacks. */
  private keep(section: keyof Collector["objects"], kind: Kind, value: HsdsObject, path: string) {
    const id = normalId(value.id);
    if (!id) {
      this.problem(at(path, "id"), `id van ${kindNames[kind]} ontbreekt of is geen tekst`);
      return undefined;
    }
    const copy = { ...value, id };
    const seen = this.objects[section].get(id);
    if (!seen) {
      this.objects[section].set(id, { value: copy, path });
      return copy;
    }
    for (const [key, field] of Object.entries(copy)) {
      const current = seen.value[key];
      if (current === undefined || current === null || (Array.isArray(current) && current.length === 0)) {
        seen.value[key] = field;
      }
    }
    return seen.value;
  }

  /** Sets `field` to `id`, or reports when the object already names another. */
  private link(value: HsdsObject, field: string, id: string, path: string, what: string) {
    const current = normalId(value[field]);
    if (current === undefined) value[field] = id;
    else if (current !== id) {
      this.problem(at(path, field), `verwijst naar ${what} ${current}, maar staat bij ${what} ${id}`);
    } else value[field] = current;
  }

  organization(value: HsdsObject, path: string) {
    const { services, ...rest } = value;
    const organization = this.keep("organizations", "organization", rest, path);
    if (!organization) return;
    if (services === undefined) return;
    if (!Array.isArray(services)) {
      this.problem(at(path, "services"), "lijst verwacht");
      return;
    }
    services.forEach((service, index) => {
      const where = at(at(path, "services"), index);
      if (!isObject(service)) this.problem(where, "verwacht een dienst");
      else this.service(service, where, organization.id as string);
    });
  }

  service(value: HsdsObject, path: string, organizationId?: string) {
    const { organization, program, ...rest } = value;
    const service: HsdsObject = { ...rest };
    if (organization !== undefined && organization !== null) {
      if (!isObject(organization)) this.problem(at(path, "organization"), "verwacht een organisatie");
      else {
        const kept = this.keep("organizations", "organization", organization, at(path, "organization"));
        if (kept) this.link(service, "organization_id", kept.id as string, path, "organisatie");
      }
    }
    if (organizationId) this.link(service, "organization_id", organizationId, path, "organisatie");
    if (program !== undefined && program !== null) {
      const programId = isObject(program) ? normalId(program.id) : undefined;
      if (!isObject(program) || !programId) this.problem(at(path, "program"), "programma zonder id");
      else {
        this.link(service, "program_id", programId, path, "programma");
        const owner = normalId(program.organization_id) ?? normalId(service.organization_id);
        if (owner) this.programs.push({ organizationId: owner, program: { ...program, id: programId } });
      }
    }
    if (normalId(service.organization_id) === undefined) {
      this.problem(at(path, "organization_id"), "de dienst hoort bij geen organisatie");
    }
    if (service.attributes !== undefined) {
      if (!Array.isArray(service.attributes)) this.problem(at(path, "attributes"), "lijst verwacht");
      else
        service.attributes = service.attributes.map((attribute: unknown, index) => {
          const where = at(at(path, "attributes"), index);
          if (!isObject(attribute)) {
            this.problem(where, "verwacht een attribuut");
            return attribute;
          }
          const copy = { ...attribute };
          if (isObject(copy.taxonomy_term)) {
            const term = this.term(copy.taxonomy_term, at(where, "taxonomy_term"));
            if (term) this.link(copy, "taxonomy_term_id", term.id as string, where, "term");
            // The term itself is kept once, in taxonomy_terms, with its taxonomy_id.
            delete copy.taxonomy_term;
          } else if (normalId(copy.taxonomy_term_id) === undefined) {
            this.problem(at(where, "taxonomy_term_id"), "term ontbreekt");
          } else copy.taxonomy_term_id = normalId(copy.taxonomy_term_id);
          return copy;
        });
    }
    const id = normalId(service.id);
    const seen = id !== undefined && this.objects.services.has(id);
    const kept = this.keep("services", "service", service, path);
    if (!kept) return;
    // A service seen twice (in a list of services and in a service_at_location) keeps all its locations.
    if (seen && Array.isArray(service.service_at_locations)) {
      for (const link of service.service_at_locations) {
        if (isObject(link)) this.addLocation(kept, link);
      }
    }
  }

  private addLocation(service: HsdsObject, link: HsdsObject) {
    const links = Array.isArray(service.service_at_locations)
      ? (service.service_at_locations as unknown[])
      : [];
    const id = normalId(link.id);
    const locationId = isObject(link.location) ? normalId(link.location.id) : undefined;
    const same = links.some(
      (other) =>
        isObject(other) &&
        ((id !== undefined && normalId(other.id) === id) ||
          (locationId !== undefined &&
            isObject(other.location) &&
            normalId(other.location.id) === locationId)),
    );
    if (!same) service.service_at_locations = [...links, link];
  }

  serviceAtLocation(value: HsdsObject, path: string) {
    const { service, ...link } = value;
    let serviceId = normalId(link.service_id);
    if (isObject(service)) {
      this.service(service, at(path, "service"));
      const nested = normalId(service.id);
      if (serviceId && nested && serviceId !== nested) {
        this.problem(
          at(path, "service_id"),
          `verwijst naar dienst ${serviceId}, maar de geneste dienst is ${nested}`,
        );
      }
      serviceId ??= nested;
    }
    if (!serviceId) {
      this.problem(at(path, "service_id"), "de dienst-op-locatie hoort bij geen dienst");
      return;
    }
    if (!isObject(link.location)) {
      this.problem(at(path, "location"), "de locatie ontbreekt (alleen een location_id is niet genoeg)");
      return;
    }
    this.serviceLocations.push({ serviceId, link: { ...link, service_id: serviceId }, path });
  }

  taxonomy(value: HsdsObject, path: string) {
    return this.keep("taxonomies", "taxonomy", value, path);
  }

  term(value: HsdsObject, path: string) {
    const { taxonomy_detail: detail, ...rest } = value;
    const term: HsdsObject = { ...rest };
    if (isObject(detail)) {
      const taxonomy = this.taxonomy(detail, at(path, "taxonomy_detail"));
      if (taxonomy) this.link(term, "taxonomy_id", taxonomy.id as string, path, "taxonomie");
    }
    if (
      normalId(term.taxonomy_id) === undefined &&
      typeof term.taxonomy === "string" &&
      term.taxonomy.trim()
    ) {
      // Only the taxonomy's name: a taxonomy of that name, with an id derived from it.
      const name = term.taxonomy.trim();
      const id = hsdsId("taxonomy", `naam-${slug(name)}`);
      this.keep("taxonomies", "taxonomy", { id, name, description: name }, at(path, "taxonomy"));
      term.taxonomy_id = id;
    }
    if (normalId(term.taxonomy_id) === undefined) {
      this.problem(at(path, "taxonomy_id"), "de term hoort bij geen taxonomie");
    } else term.taxonomy_id = normalId(term.taxonomy_id);
    return this.keep("taxonomy_terms", "taxonomy_term", term, path);
  }

  finish(): HsdsImportDocument {
    for (const { serviceId, link, path } of this.serviceLocations) {
      const service = this.objects.services.get(serviceId);
      if (!service) this.problem(at(path, "service_id"), `dienst ${serviceId} staat niet in het bestand`);
      else this.addLocation(service.value, link);
    }
    for (const { organizationId, program } of this.programs) {
      const organization = this.objects.organizations.get(organizationId)?.value;
      if (!organization) continue;
      const programs = Array.isArray(organization.programs) ? (organization.programs as unknown[]) : [];
      if (!programs.some((other) => isObject(other) && normalId(other.id) === program.id)) {
        organization.programs = [...programs, program];
      }
    }
    const { organizations, services, taxonomies, taxonomy_terms: terms } = this.objects;
    // Optional links to objects that are not in the file are dropped with a note; a service's
    // organisation is required and stays a problem (below).
    for (const { value, path } of organizations.values()) {
      const parentId = normalId(value.parent_organization_id);
      if (parentId && !organizations.has(parentId)) {
        delete value.parent_organization_id;
        this.notes.push(
          `${at(path, "parent_organization_id")}: moederorganisatie ${parentId} staat niet in het bestand; deze koppeling is weggelaten`,
        );
      }
    }
    const programIds = new Set(
      [...organizations.values()].flatMap(({ value }) =>
        Array.isArray(value.programs)
          ? (value.programs as unknown[]).map((program) =>
              isObject(program) ? normalId(program.id) : undefined,
            )
          : [],
      ),
    );
    for (const { value, path } of services.values()) {
      const programId = normalId(value.program_id);
      if (programId && !programIds.has(programId)) {
        delete value.program_id;
        this.notes.push(
          `${at(path, "program_id")}: programma ${programId} staat niet in het bestand; deze koppeling is weggelaten`,
        );
      }
    }
    for (const { value, path } of services.values()) {
      const organizationId = normalId(value.organization_id);
      if (organizationId && !organizations.has(organizationId)) {
        this.problem(at(path, "organization_id"), `organisatie ${organizationId} staat niet in het bestand`);
      }
      if (organizationId) value.organization_id = organizationId;
      const attributes = Array.isArray(value.attributes) ? value.attributes : [];
      attributes.forEach((attribute: unknown, index) => {
        const termId = isObject(attribute) ? normalId(attribute.taxonomy_term_id) : undefined;
        if (termId && !terms.has(termId)) {
          this.problem(
            at(at(at(path, "attributes"), index), "taxonomy_term_id"),
            `term ${termId} staat niet in het bestand`,
          );
        }
      });
    }
    for (const { value, path } of terms.values()) {
      const taxonomyId = normalId(value.taxonomy_id);
      if (taxonomyId && !taxonomies.has(taxonomyId)) {
        this.problem(at(path, "taxonomy_id"), `taxonomie ${taxonomyId} staat niet in het bestand`);
      }
    }
    const values = (map: Map<string, { value: HsdsObject }>) => [...map.values()].map(({ value }) => value);
    return {
      taxonomies: values(taxonomies),
      taxonomy_terms: values(terms),
      organizations: values(organizations),
      services: values(services),
    };
  }
}

function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** Brings parsed HSDS JSON (any accepted shape) into the import document. */
export function normaliseHsds(input: unknown): NormaliseResult {
  if (isObject(input) && isZichtExport(input)) {
    return { ok: true, document: input as unknown as HsdsImportDocument, zichtExport: true, notes: [] };
  }
  const collector = new Collector();
  collector.any(input, "$");
  const document = collector.finish();
  if (collector.problems.length > 0) return { ok: false, problems: collector.problems };
  if (
    document.organizations.length === 0 &&
    document.services.length === 0 &&
    document.taxonomies.length === 0
  ) {
    return { ok: false, problems: ["$: het bestand bevat geen organisaties, diensten of taxonomieën"] };
  }
  return { ok: true, document, zichtExport: false, notes: collector.notes };
}

// ------------------------------------------------------- Zicht's rules

/** A place a text names, as Zicht's areas know it; undefined when it is not one Dutch place. */
export type PlaceOf = (
  text: string,
) => { area_type: "municipality" | "province"; area_code: string; name: string } | undefined;

/** Resolves names and CBS codes with the place names Zicht knows (one municipality or province only). */
export function placeResolver(data: RegionData): PlaceOf {
  return (query) => {
    const place = resolvePlace(query, data);
    if (place.kind === "municipality") {
      return { area_type: "municipality", area_code: place.municipality.code, name: place.municipality.name };
    }
    if (place.kind === "province") {
      return { area_type: "province", area_code: place.province.code, name: place.province.name };
    }
    return undefined;
  };
}

const cbsCode = /\b(GM\d{4}|PV\d{2})\b/;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function isDutch(address: HsdsObject): boolean {
  const country = text(address.country)?.toUpperCase();
  return country === undefined || country === "NL" || country === "NLD" || country === "NEDERLAND";
}

const emailAddress = z.email();
const webAddress = z.url({ protocol: /^https?$/ });

/** "10:00:00" → "10:00"; anything else as it is (the content check names it). */
function clockTime(value: unknown): unknown {
  return typeof value === "string" && /^\d{2}:\d{2}:\d{2}$/.test(value.trim())
    ? value.trim().slice(0, 5)
    : value;
}

/**
 * The schedules of a phone or contact as Zicht keeps them (weekly hours):
 * seconds are dropped from times; a schedule Zicht cannot keep is left out
 * with a note.
 */
function cleanSchedules(value: unknown, path: string, notes: string[]): HsdsObject[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((schedule: unknown, index) => {
    if (!isObject(schedule)) return [];
    const cleaned: HsdsObject = {
      ...schedule,
      opens_at: clockTime(schedule.opens_at),
      closes_at: clockTime(schedule.closes_at),
    };
    const days =
      typeof cleaned.byday === "string" ? cleaned.byday.split(",").map((day: string) => day.trim()) : [];
    const valid =
      days.every((day) => (weekdays as readonly string[]).includes(day)) &&
      scheduleSchema.safeParse({ byday: days, opensAt: cleaned.opens_at, closesAt: cleaned.closes_at })
        .success;
    if (valid) return [cleaned];
    notes.push(`${path}.schedules[${index}]: geen wekelijkse openingstijd die de Wegwijzer kent; weggelaten`);
    return [];
  });
}

/**
 * Phones, contacts, website and ages of another system's organization or
 * service, as far as Zicht can keep them: a phone number that is not a
 * Dutch number (digits, spaces, hyphens), a contact without a valid e-mail
 * address, a web address that is not http(s), an age that is not a whole
 * number from 0 to 120 are left out, each with a note. Never a problem:
 * the rest of the object is still worth having.
 */
function cleanContactPoints(value: HsdsObject, path: string, notes: string[]): HsdsObject {
  const copy: HsdsObject = { ...value };
  if (Array.isArray(copy.phones)) {
    copy.phones = (copy.phones as unknown[]).flatMap((phone, index) => {
      if (!isObject(phone)) return [];
      const where = `${path}.phones[${index}]`;
      if (!phoneNumberSchema.safeParse(phone.number).success) {
        notes.push(
          `${where}: telefoonnummer '${String(phone.number)}' is geen Nederlands nummer; weggelaten`,
        );
        return [];
      }
      return [{ ...phone, schedules: cleanSchedules(phone.schedules, where, notes) }];
    });
  }
  if (Array.isArray(copy.contacts)) {
    copy.contacts = (copy.contacts as unknown[]).flatMap((contact, index) => {
      if (!isObject(contact)) return [];
      const where = `${path}.contacts[${index}]`;
      if (!emailAddress.safeParse(contact.email).success) {
        notes.push(
          `${where}: contact zonder geldig e-mailadres${text(contact.name) ? ` (${text(contact.name)})` : ""}; weggelaten`,
        );
        return [];
      }
      return [{ ...contact, schedules: cleanSchedules(contact.schedules, where, notes) }];
    });
  }
  for (const field of ["website", "url"]) {
    if (copy[field] !== undefined && copy[field] !== null && !webAddress.safeParse(copy[field]).success) {
      notes.push(`${path}.${field}: '${String(copy[field])}' is geen webadres (http of https); weggelaten`);
      delete copy[field];
    }
  }
  for (const field of ["minimum_age", "maximum_age"]) {
    const age = copy[field];
    if (age === undefined || age === null) continue;
    if (typeof age !== "number" || !Number.isInteger(age) || age < 0 || age > 120) {
      notes.push(
        `${path}.${field}: leeftijd '${String(age)}' is geen heel getal van 0 tot en met 120; weggelaten`,
      );
      delete copy[field];
    }
  }
  if (
    typeof copy.minimum_age === "number" &&
    typeof copy.maximum_age === "number" &&
    copy.minimum_age > copy.maximum_age
  ) {
    notes.push(`${path}: minimumleeftijd is hoger dan maximumleeftijd; beide leeftijden weggelaten`);
    delete copy.minimum_age;
    delete copy.maximum_age;
  }
  return copy;
}

/**
 * Zicht's rules for data from other systems (not for Zicht's own export):
 * - areas: a service_area that names a Dutch municipality or province (a
 *   CBS code such as GM0363 in its name, description, extent or uri, or a
 *   name that resolves unambiguously) becomes that area; when none does,
 *   the municipalities of the service's Dutch addresses become its areas;
 *   without either the service has no area (the "unknown area" tier);
 * - a location with a Dutch address gets the address's municipality; an
 *   address abroad is left out (Zicht stores Dutch addresses only);
 * - a service needs a description: a missing one is a problem, not an
 *   invented text;
 * - a service needs an assured date: a missing one takes the date of
 *   `last_modified`, otherwise it is a problem.
 * - taxonomies and terms without English names get the Dutch name, a
 *   term without a usable code (lower-case letters, digits, hyphens) gets
 *   one made from its code or name; the term keeps its own id.
 * Missing English texts of services are left out: the reader shows the
 * Dutch text then.
 */
export function applyZichtRules(
  document: HsdsImportDocument,
  placeOf: PlaceOf,
): { ok: true; document: HsdsImportDocument; notes: string[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const resolve = (...texts: unknown[]) => {
    for (const value of texts) {
      const found = text(value);
      if (!found) continue;
      const code = cbsCode.exec(found)?.[1];
      const place = placeOf(code ?? found);
      if (place) return place;
    }
    return undefined;
  };
  const services = document.services.map((service, index) => {
    const path = `services[${index}] (${String(service.id)})`;
    const copy: HsdsObject = cleanContactPoints(service, path, notes);
    // Zicht keeps opening hours per phone or e-mail address, and no languages: said, not silently lost.
    if (Array.isArray(copy.schedules) && copy.schedules.length > 0) {
      notes.push(
        `${path}.schedules: openingstijden van de dienst zelf bewaart de Wegwijzer niet (alleen die van een telefoonnummer of e-mailadres); weggelaten`,
      );
    }
    if (Array.isArray(copy.languages) && copy.languages.length > 0) {
      notes.push(`${path}.languages: talen bewaart de Wegwijzer niet; weggelaten`);
    }
    if (!text(copy.description)) problems.push(`${path}.description: de beschrijving ontbreekt`);
    if (!text(copy.assured_date)) {
      const modified = text(copy.last_modified)?.slice(0, 10);
      if (modified && /^\d{4}-\d{2}-\d{2}$/.test(modified)) copy.assured_date = modified;
      else problems.push(`${path}.assured_date: de controledatum ontbreekt (ook last_modified ontbreekt)`);
    }
    const areas: HsdsObject[] = [];
    const addArea = (area: HsdsObject) => {
      if (!areas.some((other) => other.area_type === area.area_type && other.area_code === area.area_code)) {
        areas.push(area);
      }
    };
    const serviceAreas = Array.isArray(copy.service_areas) ? (copy.service_areas as unknown[]) : [];
    serviceAreas.forEach((area, areaIndex) => {
      if (!isObject(area)) return;
      if (area.area_type !== undefined) {
        addArea(area); // Zicht's profile already says which area.
        return;
      }
      const place = resolve(area.uri, area.extent, area.name, area.description);
      if (place)
        addArea({
          id: area.id,
          service_id: copy.id,
          name: place.name,
          area_type: place.area_type,
          area_code: place.area_code,
        });
      else
        notes.push(
          `${path}.service_areas[${areaIndex}]: geen Nederlandse gemeente of provincie herkend in '${text(area.name) ?? text(area.description) ?? ""}'; dit gebied is weggelaten`,
        );
    });
    const links = Array.isArray(copy.service_at_locations) ? (copy.service_at_locations as unknown[]) : [];
    const addressAreas: HsdsObject[] = [];
    copy.service_at_locations = links.map((link) => {
      if (!isObject(link) || !isObject(link.location)) return link;
      const location: HsdsObject = { ...link.location };
      const addresses = Array.isArray(location.addresses)
        ? (location.addresses as unknown[]).filter(isObject)
        : [];
      const dutch = addresses.filter(isDutch);
      if (dutch.length < addresses.length) {
        notes.push(`${path}: adres buiten Nederland bij locatie ${String(location.id)} is weggelaten`);
      }
      location.addresses = dutch;
      if (location.municipality_code === undefined) {
        for (const address of dutch) {
          const place = resolve(address.city, address.region);
          if (place?.area_type === "municipality") {
            location.municipality_code = place.area_code;
            break;
          }
        }
      }
      if (typeof location.municipality_code === "string") {
        addressAreas.push({
          id: `${String(copy.id)}-${location.municipality_code as string}`,
          service_id: copy.id,
          area_type: "municipality",
          area_code: location.municipality_code,
        });
      }
      return { ...link, location };
    });
    if (areas.length === 0) for (const area of addressAreas) addArea(area);
    copy.service_areas = areas;
    return copy;
  });
  const withDutchName = (value: HsdsObject) =>
    text(value.name_en) || !text(value.name) ? value : { ...value, name_en: value.name };
  const codes = new Set<string>();
  const terms = document.taxonomy_terms.map((term) => {
    const copy = withDutchName(term);
    const code = text(copy.code);
    if (code === undefined || !/^[a-z0-9-]+$/.test(code)) {
      const base = slug(code ?? text(copy.name) ?? String(copy.id)) || "term";
      let made = base;
      for (let n = 2; codes.has(`${String(copy.taxonomy_id)} ${made}`); n += 1) made = `${base}-${n}`;
      if (code !== undefined)
        notes.push(`term ${String(copy.id)}: code '${code}' is opgeslagen als '${made}'`);
      codes.add(`${String(copy.taxonomy_id)} ${made}`);
      return { ...copy, code: made };
    }
    codes.add(`${String(copy.taxonomy_id)} ${code}`);
    return copy;
  });
  // Zicht keeps a taxonomy only with its terms: one without terms in the file is left out.
  const taxonomies = document.taxonomies.filter((taxonomy) => {
    const id = text(taxonomy.id);
    if (terms.some((term) => text(term.taxonomy_id) === id)) return true;
    notes.push(
      `taxonomie ${String(taxonomy.id)} ('${text(taxonomy.name) ?? ""}') heeft geen termen in het bestand en is weggelaten`,
    );
    return false;
  });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    document: {
      ...document,
      taxonomies: taxonomies.map(withDutchName),
      organizations: document.organizations.map((organization, index) =>
        cleanContactPoints(organization, `organizations[${index}] (${String(organization.id)})`, notes),
      ),
      taxonomy_terms: terms,
      services,
    },
    notes,
  };
}
