import { sql, type Kysely } from "kysely";
import { z } from "zod";
import type { Database } from "../../db/database";
import {
  hsdsPage,
  hsdsProfile,
  hsdsVersion,
  organisationToHsds,
  serviceAtLocationToHsds,
  serviceToHsds,
  taxonomyToHsds,
  termToHsds,
  type AddressRow,
  type HsdsService,
  type LanguageRow,
  type TermRow,
} from "./hsds";
import { loadRegionData, resolvePlace, areaCodesFor } from "./places.server";
import { getOrganisation, getServices, listTerms, type ServiceRecord } from "./read.server";
import { normaliseWords, tsQueryText } from "./search-query";
import { findServices, type ServiceFilters } from "./search.server";

/**
 * The HSDS 3.0 API of the Wegwijzer (read-only), as one function from a
 * Request to a Response so the route stays thin and tests need no server:
 *
 *   GET /api/hsds/                      version, profile and its parameters
 *   GET /api/hsds/services[/{id}]       search, page, per_page, taxonomy_term_id, organization_id,
 *                                       modified_after, municipality, age, gender, format
 *   GET /api/hsds/organizations[/{id}]  search, page, per_page, format
 *   GET /api/hsds/service_at_locations[/{id}], /taxonomies[/{id}], /taxonomy_terms[/{id}]
 *
 * Lists are HSDS pages (`per_page` default 50, at most 100); `format=ndjson`
 * streams every match, one JSON object per line. Query parameters are
 * checked with Zod: an unknown parameter or a bad value is a 400 with
 * `{ error, details }` (Dutch), an unknown path or id a 404, any method but
 * GET/HEAD/OPTIONS a 405. Every answer allows any origin (CORS).
 * Confidential locations never appear: the reads below leave them out.
 */

export const apiPrefix = "/api/hsds";
export const defaultPerPage = 50;
export const maxPerPage = 100;

type Db = Kysely<Database>;

const corsHeaders = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, Content-Type",
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
    readonly details: unknown,
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

// ---------------------------------------------------------------- parameters

const wholeNumber = (message: string) =>
  z
    .string()
    .regex(/^\d{1,6}$/, message)
    .transform(Number);

const pageParams = {
  page: wholeNumber("Gebruik een paginanummer vanaf 1.")
    .refine((value) => value >= 1, "Gebruik een paginanummer vanaf 1.")
    .default(1),
  per_page: wholeNumber(`Gebruik een aantal per pagina van 1 tot en met ${maxPerPage}.`)
    .refine(
      (value) => value >= 1 && value <= maxPerPage,
      `Gebruik een aantal per pagina van 1 tot en met ${maxPerPage}.`,
    )
    .default(defaultPerPage),
  format: z.enum(["json", "ndjson"], { message: "Kies format json of ndjson." }).default("json"),
};

const searchParam = z.string().trim().max(200, "Gebruik hoogstens 200 tekens.").default("");
const idParam = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "Een id bestaat uit kleine letters, cijfers en streepjes.");

const isoMoment = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/,
    "Gebruik een ISO-datum of -tijdstip met tijdzone, bijvoorbeeld 2026-01-31 of 2026-01-31T12:00:00Z.",
  )
  .refine((value) => !Number.isNaN(Date.parse(value)), "Deze datum bestaat niet.")
  .transform((value) => new Date(value));

const serviceParams = z.object({
  ...pageParams,
  search: searchParam,
  taxonomy_term_id: idParam.optional(),
  organization_id: idParam.optional(),
  modified_after: isoMoment.optional(),
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

const organisationParams = z.object({ ...pageParams, search: searchParam });
const plainListParams = z.object(pageParams);
const termParams = z.object({ ...pageParams, search: searchParam, taxonomy_id: idParam.optional() });
const noParams = z.object({});

/** Reads the query string with a schema: unknown, repeated or bad parameters are a 400. */
function readParams<T extends z.ZodObject>(url: URL, schema: T): z.infer<T> {
  const allowed = Object.keys(schema.shape);
  const problems: ParameterProblem[] = [];
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (!allowed.includes(name)) {
      problems.push({
        parameter: name,
        message:
          allowed.length > 0
            ? `Onbekende parameter. Hier kan: ${allowed.join(", ")}.`
            : "Onbekende parameter. Hier kan geen enkele parameter.",
      });
    } else if (name in raw) {
      problems.push({ parameter: name, message: "Deze parameter komt meer dan eens voor." });
    } else {
      raw[name] = value;
    }
  }
  if (problems.length > 0) throw new ApiError(400, "Onbekende of dubbele parameters.", problems);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    // One message per parameter: the first check that failed.
    const byParameter = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const parameter = String(issue.path[0] ?? "");
      if (!byParameter.has(parameter)) byParameter.set(parameter, issue.message);
    }
    throw new ApiError(
      400,
      "Ongeldige waarde voor een parameter.",
      [...byParameter].map(([parameter, message]) => ({ parameter, message })),
    );
  }
  return parsed.data;
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

async function listResponse<T>(
  request: Request,
  params: { page: number; per_page: number; format: "json" | "ndjson" },
  lister: Lister<T>,
): Promise<Response> {
  if (params.format === "ndjson") return ndjson(request, lister);
  const offset = (params.page - 1) * params.per_page;
  const { total, items } = await lister(offset, params.per_page);
  return json(hsdsPage(items, total, params.page, params.per_page));
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
  return new ApiError(404, `${what} niet gevonden.`, { id });
}

const endpoints = [
  "/",
  "/services",
  "/services/{id}",
  "/organizations",
  "/organizations/{id}",
  "/service_at_locations",
  "/service_at_locations/{id}",
  "/taxonomies",
  "/taxonomies/{id}",
  "/taxonomy_terms",
  "/taxonomy_terms/{id}",
];

// ---------------------------------------------------------------- endpoints

function root(url: URL): Response {
  readParams(url, noParams);
  return json({
    version: hsdsVersion,
    profile: hsdsProfile.name,
    profile_description: hsdsProfile.description,
    profile_parameters: hsdsProfile.parameters,
    profile_extensions: hsdsProfile.extensions,
    endpoints: endpoints.map((path) => `${apiPrefix}${path === "/" ? "/" : path}`),
    paging: { default_per_page: defaultPerPage, max_per_page: maxPerPage },
  });
}

async function serviceFilters(db: Db, params: z.infer<typeof serviceParams>): Promise<ServiceFilters> {
  const text = normaliseWords(params.search);
  const filters: ServiceFilters = {
    tsQuery: tsQueryText(text),
    text,
    age: params.age,
    gender: params.gender,
    taxonomyTermId: params.taxonomy_term_id,
    organizationId: params.organization_id,
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

async function services(db: Db, request: Request, url: URL, now: Date): Promise<Response> {
  const params = readParams(url, serviceParams);
  const filters = await serviceFilters(db, params);
  const terms = await termMap(db);
  return listResponse(request, params, async (offset, limit) => {
    const found = await findServices(db, filters, { offset, limit });
    const records = await getServices(
      db,
      found.services.map((service) => service.id),
    );
    return { total: found.total, items: await servicesToHsds(db, records, { terms, now }) };
  });
}

async function service(db: Db, url: URL, id: string, now: Date): Promise<Response> {
  readParams(url, noParams);
  // getServices needs at least one existing service (its organisation query has an `in` list).
  const exists = await db.selectFrom("service").select("id").where("id", "=", id).executeTakeFirst();
  const [record] = exists ? await getServices(db, [id]) : [];
  if (!record) throw notFound("Dienst", id);
  const [hsds] = await servicesToHsds(db, [record], { terms: await termMap(db), now });
  return json(hsds);
}

async function organisations(db: Db, request: Request, url: URL): Promise<Response> {
  const params = readParams(url, organisationParams);
  const words = normaliseWords(params.search);
  return listResponse(request, params, async (offset, limit) => {
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
    const records = await Promise.all(rows.map((row) => getOrganisation(db, row.id)));
    return {
      total: Number(count.total),
      items: records.flatMap((record) => (record ? [organisationToHsds(record)] : [])),
    };
  });
}

async function organisation(db: Db, url: URL, id: string): Promise<Response> {
  readParams(url, noParams);
  const record = await getOrganisation(db, id);
  if (!record) throw notFound("Organisatie", id);
  return json(organisationToHsds(record));
}

/** Links of services to public locations (never confidential ones). */
async function serviceAtLocationRows(db: Db, page: { offset: number; limit: number }, id?: string) {
  let query = db
    .selectFrom("service_at_location as sl")
    .innerJoin("location as l", "l.id", "sl.location_id")
    .where("l.confidential", "=", false);
  if (id !== undefined) query = query.where("sl.id", "=", id);
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
    items: rows.map((row) =>
      serviceAtLocationToHsds(
        row.service_id,
        {
          id: row.location_id,
          type: row.location_type,
          name: row.name,
          municipalityCode: row.municipality_code,
        },
        addresses.get(row.location_id) ?? [],
      ),
    ),
  };
}

async function taxonomyRows(db: Db) {
  const rows = await db
    .selectFrom("taxonomy")
    .select(["id", "name", "name_en", "description", "version"])
    .orderBy("id")
    .execute();
  return rows.map(taxonomyToHsds);
}

async function termRows(db: Db, params: { search?: string; taxonomy_id?: string }) {
  const words = normaliseWords(params.search ?? "");
  return (await listTerms(db))
    .filter((term) => params.taxonomy_id === undefined || term.taxonomy_id === params.taxonomy_id)
    .filter((term) => !words || normaliseWords(`${term.name} ${term.name_en} ${term.code}`).includes(words))
    .map(termToHsds);
}

function pageOf<T>(items: T[]): Lister<T> {
  return async (offset, limit) => ({ total: items.length, items: items.slice(offset, offset + limit) });
}

// ---------------------------------------------------------------- dispatch

async function dispatch(
  db: Db,
  request: Request,
  url: URL,
  segments: string[],
  now: Date,
): Promise<Response> {
  const [resource, id, ...rest] = segments;
  if (rest.length > 0) throw pathNotFound(url);
  switch (resource) {
    case undefined:
      return root(url);
    case "services":
      return id === undefined ? services(db, request, url, now) : service(db, url, id, now);
    case "organizations":
      return id === undefined ? organisations(db, request, url) : organisation(db, url, id);
    case "service_at_locations": {
      if (id === undefined) {
        const params = readParams(url, plainListParams);
        return listResponse(request, params, (offset, limit) => serviceAtLocationRows(db, { offset, limit }));
      }
      readParams(url, noParams);
      const found = await serviceAtLocationRows(db, { offset: 0, limit: 1 }, id);
      if (!found.items[0]) throw notFound("Dienst op locatie", id);
      return json(found.items[0]);
    }
    case "taxonomies": {
      if (id === undefined) {
        const params = readParams(url, plainListParams);
        return listResponse(request, params, pageOf(await taxonomyRows(db)));
      }
      readParams(url, noParams);
      const found = (await taxonomyRows(db)).find((row) => row.id === id);
      if (!found) throw notFound("Taxonomie", id);
      return json(found);
    }
    case "taxonomy_terms": {
      if (id === undefined) {
        const params = readParams(url, termParams);
        return listResponse(request, params, pageOf(await termRows(db, params)));
      }
      readParams(url, noParams);
      const found = (await termRows(db, {})).find((row) => row.id === id);
      if (!found) throw notFound("Term", id);
      return json(found);
    }
    default:
      throw pathNotFound(url);
  }
}

function pathNotFound(url: URL): ApiError {
  return new ApiError(404, "Deze API-pagina bestaat niet.", {
    path: url.pathname,
    endpoints: endpoints.map((path) => `${apiPrefix}${path}`),
  });
}

/** The path after /api/hsds, split on "/" (decoded, empty parts dropped). */
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

export async function handleHsdsRequest(db: Db, request: Request, now: Date = new Date()): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method === "OPTIONS") {
    return new Response(null, { status: 204, headers: { ...corsHeaders, Allow: allowedMethods } });
  }
  if (method !== "GET" && method !== "HEAD") {
    return errorResponse(
      new ApiError(405, "Deze API kan alleen lezen: gebruik GET.", {
        method,
        allowed: allowedMethods.split(", "),
      }),
      { Allow: allowedMethods },
    );
  }
  const url = new URL(request.url);
  let response: Response;
  try {
    const segments = pathSegments(url.pathname);
    if (segments === undefined) throw pathNotFound(url);
    response = await dispatch(db, request, url, segments, now);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    response = errorResponse(error);
  }
  if (method === "HEAD") {
    await response.body?.cancel();
    return new Response(null, { status: response.status, headers: response.headers });
  }
  return response;
}
