import { sql, type Kysely, type RawBuilder } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database";
import {
  hsdsPage,
  hsdsProfile,
  hsdsVersion,
  minimalServiceToHsds,
  organisationToHsds,
  serviceAtLocationToHsds,
  serviceToHsds,
  taxonomyToHsds,
  termToHsds,
  withoutLists,
  type AddressRow,
  type HsdsService,
  type HsdsServiceAtLocation,
  type LanguageRow,
  type TermRow,
} from "./hsds";
import { hsdsId, isUuid, type HsdsIdKind } from "./hsds-ids";
import { profileResource, profileUri } from "./hsds-profile";
import { loadRegionData, resolvePlace, areaCodesFor } from "./places.server";
import { getOrganisation, getServices, listTerms, type ServiceRecord } from "./read.server";
import { normaliseWords, tsQueryText } from "./search-query";
import { findServices, matchingServiceIds, type ServiceFilters } from "./search.server";

/**
 * The HSDS 3.0 API of the Wegwijzer (read-only), as one function from a
 * Request to a Response so the route stays thin and tests need no server.
 * Every endpoint and parameter of the official HSDS API reference
 * (tests/standards/hsds-3.0/openapi.json) plus Zicht's Dutch filters; the
 * OpenAPI document at /api/openapi.json (openapi.ts) describes them all and a
 * test keeps it equal to `hsdsQueryParameters` below.
 *
 *   GET /api/hsds/                      version, profile URI, openapi_url (+ Dutch extras)
 *   GET /api/hsds/profile[/...]         the zicht-nl profile (hsds-profile.ts)
 *   GET /api/hsds/services[/{id}]       search, taxonomy_term_id, taxonomy_id, organization_id,
 *                                       modified_after, minimal, full, municipality, age, gender
 *   GET /api/hsds/organizations[/{id}]  search, full, full_service
 *   GET /api/hsds/service_at_locations[/{id}]  the service filters, full, postcode, proximity
 *   GET /api/hsds/taxonomies[/{id}]     search
 *   GET /api/hsds/taxonomy_terms[/{id}] search, taxonomy_id, top_only, parent_id
 *
 * Lists take `page`, `per_page` (default 50, at most 100) and `format`
 * (`ndjson` streams every match, one JSON object per line). Ids in paths and
 * parameters are HSDS UUIDs (hsds-ids.ts) or, for old links, Zicht's readable
 * ids. Unknown parameters are ignored, as HSDS clients expect, and named in
 * the header `X-Zicht-Ignored-Parameters`; a repeated known parameter or a
 * bad value is a 400. Every error is `{ error, details: [...] }` (Dutch), an
 * unknown path or id a 404, any method but GET/HEAD/OPTIONS a 405. Every
 * answer allows any origin (CORS). Confidential locations never appear.
 */

export const apiPrefix = "/api/hsds";
export const defaultPerPage = 50;
export const maxPerPage = 100;
/** With `minimal` a page may hold this many services ("aim to return all services within one page"). */
export const maxMinimalPerPage = 10_000;
/** Longest id accepted in a path or parameter (a UUID has 36 characters, Zicht's ids at most 80). */
export const maxIdLength = 100;
export const ignoredParametersHeader = "X-Zicht-Ignored-Parameters";
export const postcodeNoteHeader = "X-Zicht-Postcode";
export const proximityNoteHeader = "X-Zicht-Proximity";

type Db = Kysely<Database>;

export const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
  "Access-Control-Expose-Headers": `${ignoredParametersHeader}, ${postcodeNoteHeader}, ${proximityNoteHeader}`,
  "Access-Control-Max-Age": "86400",
} as const;

const allowedMethods = "GET, HEAD, OPTIONS";

export interface ParameterProblem {
  parameter: string;
  message: string;
  options?: Array<{ code: string; name: string }>;
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: readonly object[],
  ) {
    super(message);
  }
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", ...corsHeaders, ...headers },
  });
}

function errorResponse(error: ApiError, headers: Record<string, string> = {}): Response {
  return json({ error: error.message, details: error.details }, error.status, headers);
}

/** One request: what the endpoints need, and notes that become response headers. */
interface ApiCall {
  db: Db;
  request: Request;
  url: URL;
  now: Date;
  publicUrl: string;
  headers: Record<string, string>;
}

// ---------------------------------------------------------------- parameters

const wholeNumber = (message: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, message)
    .transform(Number);

const perPageMessage = (max: number) => `Gebruik een aantal per pagina van 1 tot en met ${max}.`;

/** Services: up to 100 per page, with `minimal` up to 10,000. */
const servicesPerPageMessage = `Gebruik een aantal per pagina van 1 tot en met ${maxPerPage} (met minimal=true tot en met ${maxMinimalPerPage}).`;

const pageParams = {
  page: wholeNumber("Gebruik een paginanummer vanaf 1.")
    .refine((value) => value >= 1, "Gebruik een paginanummer vanaf 1.")
    .default(1),
  per_page: wholeNumber(perPageMessage(maxPerPage))
    .refine((value) => value >= 1 && value <= maxPerPage, perPageMessage(maxPerPage))
    .optional(),
  format: z.enum(["json", "ndjson"], { message: "Kies format json of ndjson." }).default("json"),
};

const searchParam = z.string().trim().max(200, "Gebruik hoogstens 200 tekens.").default("");

/** An id in a parameter: an HSDS UUID or a readable Zicht id; only the length is limited. */
const idParam = z
  .string()
  .trim()
  .min(1, "Vul een id in.")
  .max(maxIdLength, `Een id heeft hoogstens ${maxIdLength} tekens.`);

const booleanWords = ["", "true", "false", "1", "0"];
/** true/false/1/0; the bare parameter (`?full`) is true. */
const booleanParam = z
  .string()
  .refine((value) => booleanWords.includes(value.toLowerCase()), "Gebruik true of false (of 1 of 0).")
  .transform((value) => ["", "true", "1"].includes(value.toLowerCase()));

const isoMoment = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/,
    "Gebruik een ISO-datum of -tijdstip met tijdzone, bijvoorbeeld 2026-01-31 of 2026-01-31T12:00:00Z.",
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), "Deze datum bestaat niet.")
  .transform((value) => new Date(value));

/** The filters services and service_at_locations share (HSDS names). */
const serviceFilterParams = {
  search: searchParam,
  taxonomy_term_id: idParam.optional(),
  taxonomy_id: idParam.optional(),
  organization_id: idParam.optional(),
  modified_after: isoMoment.optional(),
};

const serviceParams = z.object({
  ...pageParams,
  per_page: wholeNumber(servicesPerPageMessage)
    .refine((value) => value >= 1 && value <= maxMinimalPerPage, servicesPerPageMessage)
    .optional(),
  ...serviceFilterParams,
  minimal: booleanParam.optional(),
  full: booleanParam.optional(),
  municipality: z
    .string()
    .trim()
    .min(1, "Vul een gemeente in.")
    .max(100, "Gebruik hoogstens 100 tekens.")
    .optional(),
  age: z
    .string()
    .regex(/^\d{1,3}$/, "Vul een leeftijd in hele jaren in.")
    .transform(Number)
    .refine((value) => value <= 120, "Vul een leeftijd van 0 tot en met 120 in.")
    .optional(),
  gender: z.enum(["female", "male", "x"], { message: "Kies gender female, male of x." }).optional(),
});

const serviceAtLocationParams = z.object({
  ...pageParams,
  ...serviceFilterParams,
  full: booleanParam.optional(),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{4}(\s?[A-Za-z]{2})?$/, "Gebruik een Nederlandse postcode, bijvoorbeeld 1011 AB of 1011.")
    .optional(),
  proximity: z
    .string()
    .regex(/^\d{1,6}$/, "Gebruik een afstand in hele meters, bijvoorbeeld 5000.")
    .optional(),
});

const organisationParams = z.object({
  ...pageParams,
  search: searchParam,
  full: booleanParam.optional(),
  full_service: booleanParam.optional(),
});
const organisationDetailParams = z.object({ full_service: booleanParam.optional() });
const taxonomyParams = z.object({ ...pageParams, search: searchParam });
const termParams = z.object({
  ...pageParams,
  search: searchParam,
  taxonomy_id: idParam.optional(),
  top_only: booleanParam.optional(),
  parent_id: idParam.optional(),
});
const noParams = z.object({});

/**
 * The query parameters each endpoint takes (path as in the OpenAPI document,
 * relative to /api/hsds). Anything else is ignored and named in a header.
 */
export const hsdsQueryParameters: Record<string, readonly string[]> = {
  "/": [],
  "/services": Object.keys(serviceParams.shape),
  "/services/{id}": [],
  "/organizations": Object.keys(organisationParams.shape),
  "/organizations/{id}": Object.keys(organisationDetailParams.shape),
  "/service_at_locations": Object.keys(serviceAtLocationParams.shape),
  "/service_at_locations/{id}": [],
  "/taxonomies": Object.keys(taxonomyParams.shape),
  "/taxonomies/{id}": [],
  "/taxonomy_terms": Object.keys(termParams.shape),
  "/taxonomy_terms/{id}": [],
  "/profile": [],
  "/profile/{folder}/{file}": [],
};

/** A parameter name for a header: percent-encoded (ASCII, no line breaks), never throwing. */
function safeEncode(name: string): string {
  try {
    return encodeURIComponent(name);
  } catch {
    // A lone surrogate: replace it, as the WHATWG encoders do.
    return encodeURIComponent(
      name.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"),
    );
  }
}

/** How many ignored names the header shows, and how much of each. */
const maxIgnoredShown = 20;
const maxIgnoredNameLength = 100;

/**
 * Reads the query string with a schema. Unknown parameters are ignored and
 * named (percent-encoded) in `X-Zicht-Ignored-Parameters`; a repeated known
 * parameter or a bad value is a 400 with one entry per parameter.
 */
function readParams<T extends z.ZodObject>(call: ApiCall, schema: T): z.infer<T> {
  const allowed = Object.keys(schema.shape);
  const problems: ParameterProblem[] = [];
  const ignored: string[] = [];
  const raw: Record<string, string> = {};
  for (const [name, value] of call.url.searchParams) {
    if (!allowed.includes(name)) {
      if (!ignored.includes(name)) ignored.push(name);
    } else if (Object.hasOwn(raw, name)) {
      if (!problems.some((problem) => problem.parameter === name))
        problems.push({ parameter: name, message: "Deze parameter komt meer dan eens voor." });
    } else {
      raw[name] = value;
    }
  }
  if (ignored.length > 0) {
    const shown = ignored
      .slice(0, maxIgnoredShown)
      .map((name) => safeEncode(name).slice(0, maxIgnoredNameLength));
    if (ignored.length > maxIgnoredShown) shown.push(`(+${ignored.length - maxIgnoredShown})`);
    call.headers[ignoredParametersHeader] = shown.join(", ");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // One message per parameter: the first check that failed.
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "");
      if (!problems.some((problem) => problem.parameter === parameter))
        problems.push({ parameter, message: issue.message });
    }
  }
  if (problems.length > 0) throw new ApiError(400, "Ongeldige waarde voor een parameter.", [...problems]);
  return (parsed as { data: z.infer<T> }).data;
}

/** Tables whose ids the API resolves from a UUID or a readable id. */
const idTables = {
  service: "service",
  organization: "organization",
  taxonomy: "taxonomy",
  taxonomy_term: "taxonomy_term",
  service_at_location: "service_at_location",
} as const;
type ResolvableKind = keyof typeof idTables & HsdsIdKind;

/**
 * Zicht UUIDs already computed, per database and kind: UUID → database id.
 * Stays correct after writes without being told of them: a UUID not in the
 * cache reads the kind's ids again (hashing only ids not seen before), so an
 * object added after the first request is found; a UUID always stands for
 * the same database id, and one of a deleted object only leads to the
 * endpoint's own lookup, which answers 404 (a filter matches nothing).
 */
const knownUuids = new WeakMap<Db, Map<ResolvableKind, { byUuid: Map<string, string>; seen: Set<string> }>>();

/**
 * The database id behind an id a client sent (a UUID or a readable id), or
 * undefined. A readable id or stored UUID is found directly; a Zicht UUID
 * (UUIDv5 of a readable id) through the ids of that kind (one small query;
 * each id's UUID is computed once per process).
 */
async function resolveId(db: Db, kind: ResolvableKind, sent: string): Promise<string | undefined> {
  if (sent.length === 0 || sent.length > maxIdLength) return undefined;
  // One table type for the query builder: the tables differ, their `id` column does not.
  const table = idTables[kind] as "service";
  const wanted = isUuid(sent) ? [sent, sent.toLowerCase()] : [sent];
  const direct = await db.selectFrom(table).select("id").where("id", "in", wanted).executeTakeFirst();
  if (direct) return direct.id;
  if (!isUuid(sent)) return undefined;
  let kinds = knownUuids.get(db);
  if (!kinds) knownUuids.set(db, (kinds = new Map()));
  let known = kinds.get(kind);
  if (!known) kinds.set(kind, (known = { byUuid: new Map(), seen: new Set() }));
  const uuid = sent.toLowerCase();
  const cached = known.byUuid.get(uuid);
  if (cached !== undefined) return cached;
  const all = await db.selectFrom(table).select("id").execute();
  for (const { id } of all) {
    if (known.seen.has(id)) continue;
    known.seen.add(id);
    known.byUuid.set(hsdsId(kind, id), id);
  }
  return known.byUuid.get(uuid);
}

/** For a filter: the database id, or the sent value itself (matches nothing) when unknown. */
async function filterId(db: Db, kind: ResolvableKind, sent: string | undefined): Promise<string | undefined> {
  if (sent === undefined) return undefined;
  return (await resolveId(db, kind, sent)) ?? sent;
}

// ---------------------------------------------------------------- helpers

async function termMap(db: Db): Promise<Map<string, TermRow>> {
  const terms = await listTerms(db);
  return new Map(terms.map((term) => [term.id, term]));
}

async function addressesOf(db: Db, locationIds: readonly string[]): Promise<Map<string, AddressRow[]>> {
  const map = new Map<string, AddressRow[]>();
  if (locationIds.length === 0) return map;
  const rows = await db
    .selectFrom("address as a")
    .innerJoin("location as l", "l.id", "a.location_id")
    .select([
      "a.id",
      "a.location_id",
      "a.address_1",
      "a.city",
      "a.state_province",
      "a.postal_code",
      "a.country",
      "a.address_type",
    ])
    .where("a.location_id", "in", locationIds)
    .where("l.confidential", "=", false)
    .orderBy("a.id")
    .execute();
  for (const row of rows) {
    const list = map.get(row.location_id) ?? [];
    list.push(row);
    map.set(row.location_id, list);
  }
  return map;
}

async function languagesOf(db: Db, serviceIds: readonly string[]): Promise<Map<string, LanguageRow[]>> {
  const map = new Map<string, LanguageRow[]>();
  if (serviceIds.length === 0) return map;
  const rows = await db
    .selectFrom("language")
    .select(["id", "service_id", "name", "code"])
    .where("service_id", "in", serviceIds)
    .orderBy("id")
    .execute();
  for (const row of rows) {
    const list = map.get(row.service_id) ?? [];
    list.push(row);
    map.set(row.service_id, list);
  }
  return map;
}

/**
 * Services as HSDS JSON, with addresses of their public locations and their
 * languages. Shared with the export (`lastModified: false` there).
 */
export async function servicesToHsds(
  db: Db,
  records: readonly ServiceRecord[],
  options: { terms: ReadonlyMap<string, TermRow>; now?: Date; lastModified?: boolean },
): Promise<HsdsService[]> {
  const [addresses, languages] = await Promise.all([
    addressesOf(
      db,
      records.flatMap((record) => record.locations.map((location) => location.id)),
    ),
    languagesOf(
      db,
      records.map((record) => record.id),
    ),
  ]);
  return records.map((record) =>
    serviceToHsds(record, { ...options, addresses, languages: languages.get(record.id) ?? [] }),
  );
}

interface Listing<T> {
  total: number;
  items: T[];
}

type Lister<T> = (offset: number, limit: number) => Promise<Listing<T>>;

interface ListParams {
  page: number;
  per_page?: number;
  format: "json" | "ndjson";
}

async function listResponse<T>(
  request: Request,
  params: ListParams,
  lister: Lister<T>,
  perPage = params.per_page ?? defaultPerPage,
): Promise<Response> {
  if (params.format === "ndjson") return ndjson(request, lister);
  const offset = (params.page - 1) * perPage;
  const { total, items } = await lister(offset, perPage);
  return json(hsdsPage(items, total, params.page, perPage));
}

/** Every match, one JSON object per line, fetched and sent `maxPerPage` at a time. */
function ndjson<T>(request: Request, lister: Lister<T>): Response {
  const encoder = new TextEncoder();
  let offset = 0;
  let done = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done || request.signal.aborted) {
        controller.close();
        return;
      }
      try {
        const { items } = await lister(offset, maxPerPage);
        offset += items.length;
        if (items.length > 0) {
          controller.enqueue(encoder.encode(items.map((item) => `${JSON.stringify(item)}\n`).join("")));
        }
        if (items.length < maxPerPage) {
          done = true;
          controller.close();
        }
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    status: 200,
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", ...corsHeaders },
  });
}

function notFound(what: string, id: string): ApiError {
  return new ApiError(404, `${what} niet gevonden.`, [{ id }]);
}

/** Every endpoint, as in the OpenAPI document (relative to /api/hsds). */
export const hsdsEndpoints = Object.keys(hsdsQueryParameters);

// ---------------------------------------------------------------- endpoints

function root(call: ApiCall): Response {
  readParams(call, noParams);
  const base = call.publicUrl.replace(/\/+$/, "");
  return json({
    version: hsdsVersion,
    profile: profileUri(call.publicUrl),
    openapi_url: `${base}/api/openapi.json`,
    profile_name: hsdsProfile.name,
    profile_description: hsdsProfile.description,
    profile_parameters: hsdsProfile.parameters,
    profile_extensions: hsdsProfile.extensions,
    endpoints: hsdsEndpoints.map((path) => `${apiPrefix}${path}`),
    paging: { default_per_page: defaultPerPage, max_per_page: maxPerPage },
  });
}

function profile(call: ApiCall, segments: string[]): Response {
  readParams(call, noParams);
  const body = profileResource(segments, call.publicUrl);
  if (body === undefined) throw pathNotFound(call.url);
  return json(body);
}

type ServiceFilterParams = {
  search: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: Date;
  municipality?: string;
  age?: number;
  gender?: "female" | "male" | "x";
};

async function serviceFilters(db: Db, params: ServiceFilterParams): Promise<ServiceFilters> {
  const text = normaliseWords(params.search);
  const [taxonomyTermId, taxonomyId, organizationId] = await Promise.all([
    filterId(db, "taxonomy_term", params.taxonomy_term_id),
    filterId(db, "taxonomy", params.taxonomy_id),
    filterId(db, "organization", params.organization_id),
  ]);
  const filters: ServiceFilters = {
    tsQuery: tsQueryText(text),
    text,
    age: params.age,
    gender: params.gender,
    taxonomyTermId,
    taxonomyId,
    organizationId,
    modifiedAfter: params.modified_after,
  };
  if (params.municipality !== undefined) {
    const regionData = await loadRegionData(db);
    const place = resolvePlace(params.municipality, regionData);
    const option = (m: { code: string; name: string }) => ({ code: m.code, name: m.name });
    if (place.kind === "ambiguous") {
      throw new ApiError(400, "Ongeldige waarde voor een parameter.", [
        {
          parameter: "municipality",
          message: `'${params.municipality}' is de naam van meer dan één gemeente. Kies er één met de CBS-code.`,
          options: place.options.map(option),
        },
      ]);
    }
    if (place.kind !== "municipality") {
      const message =
        place.kind === "unknown"
          ? `Onbekende gemeente '${params.municipality}'.${place.suggestions.length > 0 ? " Bedoel je een van deze?" : ""}`
          : `'${params.municipality}' is een ${place.kind === "province" ? "provincie" : "regio"}, geen gemeente. Kies een gemeente.`;
      throw new ApiError(400, "Ongeldige waarde voor een parameter.", [
        {
          parameter: "municipality",
          message,
          ...(place.kind === "unknown" ? { options: place.suggestions.map(option) } : {}),
        },
      ]);
    }
    filters.area = areaCodesFor(place, regionData);
  }
  return filters;
}

/**
 * GET /services. Default (and `full=true`): fully nested services, as Zicht
 * always answered. `full=false`: only the one-to-one fields (service_list).
 * `minimal`: just `id` and `last_modified`, up to 10,000 per page (default).
 */
async function services(call: ApiCall): Promise<Response> {
  const { db, now } = call;
  const params = readParams(call, serviceParams);
  const minimal = params.minimal ?? false;
  const perPage = params.per_page ?? (minimal ? maxMinimalPerPage : defaultPerPage);
  if (!minimal && perPage > maxPerPage) {
    throw new ApiError(400, "Ongeldige waarde voor een parameter.", [
      {
        parameter: "per_page",
        message: servicesPerPageMessage,
      },
    ]);
  }
  const filters = await serviceFilters(db, params);
  if (minimal) {
    return listResponse(
      call.request,
      params,
      async (offset, limit) => {
        const found = await findServices(db, filters, { offset, limit });
        const ids = found.services.map((service) => service.id);
        const rows =
          ids.length === 0
            ? []
            : await db.selectFrom("service").select(["id", "last_modified"]).where("id", "in", ids).execute();
        const byId = new Map(rows.map((row) => [row.id, row]));
        // In the search's order; a service deleted in between is left out.
        return {
          total: found.total,
          items: ids.flatMap((id) => {
            const row = byId.get(id);
            return row ? [minimalServiceToHsds(row)] : [];
          }),
        };
      },
      perPage,
    );
  }
  const full = params.full ?? true;
  const terms = await termMap(db);
  return listResponse(
    call.request,
    params,
    async (offset, limit) => {
      const found = await findServices(db, filters, { offset, limit });
      const records = await getServices(
        db,
        found.services.map((service) => service.id),
      );
      const items = await servicesToHsds(db, records, { terms, now });
      return { total: found.total, items: full ? items : items.map(withoutLists) };
    },
    perPage,
  );
}

async function fullServices(db: Db, ids: readonly string[], now: Date): Promise<HsdsService[]> {
  const records = await getServices(db, ids);
  return servicesToHsds(db, records, { terms: await termMap(db), now });
}

async function service(call: ApiCall, sent: string): Promise<Response> {
  readParams(call, noParams);
  const id = await resolveId(call.db, "service", sent);
  const [hsds] = id === undefined ? [] : await fullServices(call.db, [id], call.now);
  if (!hsds) throw notFound("Dienst", sent);
  return json(hsds);
}

/**
 * One organisation as HSDS JSON: nested (phones, contacts, programs, and its
 * active services with their one-to-one fields: id, slug, name, description,
 * status), with `full_service` the services fully nested, with `full=false`
 * only the one-to-one fields (and services when asked for).
 */
async function organisationObject(
  call: ApiCall,
  id: string,
  options: { full: boolean; fullService: boolean },
): Promise<Record<string, unknown> | undefined> {
  const record = await getOrganisation(call.db, id);
  if (!record) return undefined;
  const object: Record<string, unknown> = { ...organisationToHsds(record, { now: call.now }) };
  if (options.fullService) object.services = await fullServices(call.db, record.serviceIds, call.now);
  if (options.full) return object;
  return options.fullService ? { ...withoutLists(object), services: object.services } : withoutLists(object);
}

async function organisations(call: ApiCall): Promise<Response> {
  const { db } = call;
  const params = readParams(call, organisationParams);
  const words = normaliseWords(params.search);
  const options = { full: params.full ?? true, fullService: params.full_service ?? false };
  return listResponse(call.request, params, async (offset, limit) => {
    let query = db.selectFrom("organization");
    if (words) {
      const pattern = `%${words}%`;
      query = query.where(
        sql<boolean>`regexp_replace(lower(unaccent(name || ' ' || coalesce(alternate_name, ''))), '[^a-z0-9]+', ' ', 'g') like ${pattern}`,
      );
    }
    const [rows, count] = await Promise.all([
      query.select("id").orderBy("name").orderBy("id").limit(limit).offset(offset).execute(),
      query.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
    ]);
    const objects = await Promise.all(rows.map((row) => organisationObject(call, row.id, options)));
    return {
      total: Number(count.total),
      items: objects.flatMap((object) => (object ? [object] : [])),
    };
  });
}

async function organisation(call: ApiCall, sent: string): Promise<Response> {
  const params = readParams(call, organisationDetailParams);
  const id = await resolveId(call.db, "organization", sent);
  const object =
    id === undefined
      ? undefined
      : await organisationObject(call, id, { full: true, fullService: params.full_service ?? false });
  if (!object) throw notFound("Organisatie", sent);
  return json(object);
}

interface ServiceAtLocationFilter {
  /** Only links of these services (a subquery from matchingServiceIds). */
  serviceIds?: RawBuilder<{ service_id: string }>;
  /** Only locations with an address in this PC4 area (four digits). */
  pc4?: string;
}

/** Links of services to public locations (never confidential ones). */
async function serviceAtLocationRows(
  db: Db,
  page: { offset: number; limit: number },
  id?: string,
  filter: ServiceAtLocationFilter = {},
) {
  let query = db
    .selectFrom("service_at_location as sl")
    .innerJoin("location as l", "l.id", "sl.location_id")
    .where("l.confidential", "=", false);
  if (id !== undefined) query = query.where("sl.id", "=", id);
  if (filter.serviceIds) query = query.where(sql<boolean>`sl.service_id in (${filter.serviceIds})`);
  if (filter.pc4 !== undefined) {
    query = query.where(
      sql<boolean>`exists (select 1 from address a where a.location_id = l.id and replace(a.postal_code, ' ', '') like ${`${filter.pc4}%`})`,
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select([
        "sl.id",
        "sl.service_id",
        "sl.location_id",
        "l.location_type",
        "l.name",
        "l.municipality_code",
      ])
      .orderBy("sl.id")
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)::int`.as("total")).executeTakeFirstOrThrow(),
  ]);
  const addresses = await addressesOf(
    db,
    rows.map((row) => row.location_id),
  );
  return {
    total: Number(count.total),
    items: rows.map((row): LinkRow => ({
      serviceId: row.service_id,
      link: serviceAtLocationToHsds(
        row.service_id,
        {
          id: row.location_id,
          type: row.location_type,
          name: row.name,
          municipalityCode: row.municipality_code,
        },
        addresses.get(row.location_id) ?? [],
      ),
    })),
  };
}

/** A service_at_location as HSDS JSON, with the database id of its service. */
interface LinkRow {
  serviceId: string;
  link: HsdsServiceAtLocation;
}

/** Each link as HSDS JSON with its `service`: fully nested with `full`, else its one-to-one fields. */
async function withServices(
  call: ApiCall,
  rows: readonly LinkRow[],
  full: boolean,
): Promise<Array<HsdsServiceAtLocation & { service?: Partial<HsdsService> }>> {
  const objects = await fullServices(call.db, [...new Set(rows.map((row) => row.serviceId))], call.now);
  const byHsdsId = new Map(objects.map((object) => [object.id, object]));
  return rows.map(({ serviceId, link }) => {
    const object = byHsdsId.get(hsdsId("service", serviceId));
    return object ? { ...link, service: full ? object : withoutLists(object) } : link;
  });
}

/**
 * GET /service_at_locations: the service filters apply to each link's
 * service; `postcode` keeps links whose location has an address in the same
 * PC4 area (Zicht has no postcode table to know service areas by postcode);
 * `proximity` is accepted but has no effect (Zicht stores no coordinates).
 * Both say so in a response header.
 */
async function serviceAtLocations(call: ApiCall): Promise<Response> {
  const { db } = call;
  const params = readParams(call, serviceAtLocationParams);
  const filtered =
    params.search !== "" ||
    [params.taxonomy_term_id, params.taxonomy_id, params.organization_id, params.modified_after].some(
      (value) => value !== undefined,
    );
  const filter: ServiceAtLocationFilter = {};
  if (filtered) filter.serviceIds = await matchingServiceIds(db, await serviceFilters(db, params));
  if (params.postcode !== undefined) {
    filter.pc4 = params.postcode.slice(0, 4);
    call.headers[postcodeNoteHeader] =
      `PC4 ${filter.pc4}: locaties met een adres in dit postcodegebied; geen dekkingsgebied, geen afstand`;
  }
  if (params.proximity !== undefined) {
    call.headers[proximityNoteHeader] = "geen effect: Zicht slaat geen coordinaten op";
  }
  const full = params.full ?? false;
  return listResponse(call.request, params, async (offset, limit) => {
    const found = await serviceAtLocationRows(db, { offset, limit }, undefined, filter);
    return { total: found.total, items: await withServices(call, found.items, full) };
  });
}

async function serviceAtLocation(call: ApiCall, sent: string): Promise<Response> {
  readParams(call, noParams);
  const id = await resolveId(call.db, "service_at_location", sent);
  const found =
    id === undefined ? undefined : await serviceAtLocationRows(call.db, { offset: 0, limit: 1 }, id);
  const row = found?.items[0];
  if (!row) throw notFound("Dienst op locatie", sent);
  const [nested] = await withServices(call, [row], true);
  return json(nested);
}

/** Taxonomies as HSDS JSON, by database id; only the one with `id` when given. */
async function taxonomyRows(db: Db, id?: string) {
  let query = db.selectFrom("taxonomy").select(["id", "name", "name_en", "description", "version"]);
  if (id !== undefined) query = query.where("id", "=", id);
  const rows = await query.orderBy("id").execute();
  return rows.map(taxonomyToHsds);
}

/** Zicht's taxonomies are flat: no term has a parent (HSDS `parent_id`). */
function parentOf(term: TermRow): string | null {
  void term;
  return null;
}

async function termRows(
  db: Db,
  params: { search?: string; taxonomy_id?: string; top_only?: boolean; parent_id?: string },
) {
  const words = normaliseWords(params.search ?? "");
  const [taxonomyId, parentId] = await Promise.all([
    filterId(db, "taxonomy", params.taxonomy_id),
    filterId(db, "taxonomy_term", params.parent_id),
  ]);
  return (await listTerms(db))
    .filter((term) => taxonomyId === undefined || term.taxonomy_id === taxonomyId)
    .filter((term) => !params.top_only || parentOf(term) === null)
    .filter((term) => parentId === undefined || parentOf(term) === parentId)
    .filter((term) => !words || normaliseWords(`${term.name} ${term.name_en} ${term.code}`).includes(words))
    .map(termToHsds);
}

function pageOf<T>(items: T[]): Lister<T> {
  return async (offset, limit) => ({ total: items.length, items: items.slice(offset, offset + limit) });
}

// ---------------------------------------------------------------- dispatch

async function dispatch(call: ApiCall, segments: string[]): Promise<Response> {
  const { db } = call;
  const [resource, id, ...rest] = segments;
  if (resource === "profile") return profile(call, segments.slice(1));
  if (rest.length > 0) throw pathNotFound(call.url);
  switch (resource) {
    case undefined:
      return root(call);
    case "services":
      return id === undefined ? services(call) : service(call, id);
    case "organizations":
      return id === undefined ? organisations(call) : organisation(call, id);
    case "service_at_locations":
      return id === undefined ? serviceAtLocations(call) : serviceAtLocation(call, id);
    case "taxonomies": {
      if (id === undefined) {
        const params = readParams(call, taxonomyParams);
        const words = normaliseWords(params.search);
        const rows = (await taxonomyRows(db)).filter(
          (row) => !words || normaliseWords(`${row.name} ${row.name_en} ${row.description}`).includes(words),
        );
        return listResponse(call.request, params, pageOf(rows));
      }
      readParams(call, noParams);
      const found = await resolveId(db, "taxonomy", id);
      const [row] = found === undefined ? [] : await taxonomyRows(db, found);
      if (!row) throw notFound("Taxonomie", id);
      return json(row);
    }
    case "taxonomy_terms": {
      if (id === undefined) {
        const params = readParams(call, termParams);
        return listResponse(call.request, params, pageOf(await termRows(db, params)));
      }
      readParams(call, noParams);
      const found = await resolveId(db, "taxonomy_term", id);
      const term = (await listTerms(db)).find((row) => row.id === found);
      if (!term) throw notFound("Term", id);
      return json(termToHsds(term));
    }
    default:
      throw pathNotFound(call.url);
  }
}

function pathNotFound(url: URL): ApiError {
  return new ApiError(404, "Deze API-pagina bestaat niet.", [
    { path: url.pathname, endpoints: hsdsEndpoints.map((path) => `${apiPrefix}${path}`) },
  ]);
}

/** The path after /api/hsds, split on "/" (decoded, empty parts dropped); undefined when malformed. */
function pathSegments(pathname: string): string[] | undefined {
  const index = pathname.indexOf(apiPrefix);
  if (index === -1) return undefined;
  const rest = pathname.slice(index + apiPrefix.length);
  if (rest !== "" && !rest.startsWith("/")) return undefined;
  try {
    return rest
      .split("/")
      .filter((part) => part !== "")
      .map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

export interface HsdsRequestOptions {
  /** The canonical base URL (ZICHT_PUBLIC_URL): the profile URI and openapi_url start with it. */
  publicUrl: string;
  now?: Date;
}

export async function handleHsdsRequest(
  db: Db,
  request: Request,
  options: HsdsRequestOptions,
): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { ...corsHeaders, Allow: allowedMethods } });
  }
  if (method !== "GET" && method !== "HEAD") {
    return errorResponse(
      new ApiError(405, "Deze API kan alleen lezen: gebruik GET.", [
        { method, allowed: allowedMethods.split(", ") },
      ]),
      { Allow: allowedMethods },
    );
  }
  const url = new URL(request.url);
  const call: ApiCall = {
    db,
    request,
    url,
    now: options.now ?? new Date(),
    publicUrl: options.publicUrl,
    headers: {},
  };
  let response: Response;
  try {
    const segments = pathSegments(url.pathname);
    if (segments === undefined) throw pathNotFound(url);
    response = await dispatch(call, segments);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    response = errorResponse(error);
  }
  for (const [name, value] of Object.entries(call.headers)) response.headers.set(name, value);
  if (method === "HEAD") {
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  }
  return response;
}
