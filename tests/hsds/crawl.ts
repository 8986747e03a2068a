import type { Kysely } from "kysely";
import { expect } from "vitest";
import type { Database } from "../../app/db/database";
import { handleHsdsRequest } from "../../app/modules/directory/hsds-api.server";
import type { ExchangeDocument } from "../../app/modules/directory/hsds-exchange";
import { exportDirectory } from "../../app/modules/directory/hsds-exchange.server";
import { undeclaredFields } from "./declared-fields";
import {
  hsdsValidator,
  officialHsdsValidator,
  type HsdsObjectKind,
  type HsdsValidator,
} from "./schema-validator";

/**
 * A client of the HSDS API for conformance tests (no HTTP server: the
 * handler itself), and the checks every object must pass: the official
 * schemas, the zicht-nl profile's patched schemas (fetched through the
 * profile URI the API root names) and the profile's declared fields.
 */

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

export interface HsdsCrawler {
  get(path: string): Promise<Answer>;
  /** Every object of a list endpoint, page by page (per_page 100). */
  everyItem(path: string): Promise<unknown[]>;
  /** Errors against the official schemas, the profile's schemas and undeclared fields, labelled. */
  problems(label: string, kind: HsdsObjectKind, value: unknown): string[];
  /** Every problem of every object of every endpoint, list mode and the export. */
  crawlProblems(): Promise<string[]>;
  /** Every problem of every object of an export document. */
  exportProblems(exported: ExchangeDocument): string[];
  readonly official: HsdsValidator;
}

export const idOf = (value: unknown) => (value as { id: string }).id;

/** The lists of an export document and the kind of object each holds. */
export const exportParts: ReadonlyArray<[keyof ExchangeDocument, HsdsObjectKind]> = [
  ["organizations", "organization"],
  ["services", "service"],
  ["taxonomies", "taxonomy"],
  ["taxonomy_terms", "taxonomy_term"],
  ["named_regions", "named_region"],
];

/**
 * Opens the crawler: reads the API root and the profile it names (with
 * assertions), so call it after the database holds its data, in beforeAll.
 */
export async function hsdsCrawler(
  db: () => Kysely<Database>,
  options: { publicUrl: string; now: Date },
): Promise<HsdsCrawler> {
  const { publicUrl, now } = options;
  const official = officialHsdsValidator();

  const get = async (path: string): Promise<Answer> => {
    const response = await handleHsdsRequest(db(), new Request(`${publicUrl}${path}`), { publicUrl, now });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: response.status, body, text };
  };

  const everyItem = async (path: string): Promise<unknown[]> => {
    const items: unknown[] = [];
    const join = path.includes("?") ? "&" : "?";
    for (let page = 1; page < 1000; page++) {
      const answer = await get(`${path}${join}per_page=100&page=${page}`);
      expect(answer.status, path).toBe(200);
      const body = answer.body as { contents: unknown[]; size: number; last_page: boolean };
      expect(body.size, `${path} size is the number of items on the page`).toBe(body.contents.length);
      items.push(...body.contents);
      if (body.last_page) return items;
    }
    throw new Error(`${path}: no last page`);
  };

  // The profile, found the way a client finds it: through the URI the root names.
  const root = (await get("/api/hsds/")).body as { profile: string; openapi_url: string; version: string };
  expect(root.version).toBe("3.0");
  expect(root.profile).toBe(`${publicUrl}/api/hsds/profile`);
  expect(root.openapi_url).toBe(`${publicUrl}/api/openapi.json`);
  const document = (await get(root.profile.slice(publicUrl.length))).body as {
    schemas: Array<{ name: string; url: string }>;
    patches: Array<{ name: string; url: string }>;
  };
  expect(document.schemas.length).toBeGreaterThan(15);
  const profileSchemas: Record<string, Record<string, unknown>> = {};
  for (const schema of document.schemas) {
    const answer = await get(schema.url.slice(publicUrl.length));
    expect(answer.status, schema.url).toBe(200);
    profileSchemas[schema.name.replace(/\.json$/, "")] = answer.body as Record<string, unknown>;
  }
  for (const patch of document.patches) {
    expect((await get(patch.url.slice(publicUrl.length))).status, patch.url).toBe(200);
  }
  const profile = hsdsValidator(profileSchemas);

  const problems = (label: string, kind: HsdsObjectKind, value: unknown): string[] => [
    ...(kind === "named_region"
      ? []
      : official.errors(kind, value).map((error) => `${label} official ${error}`)),
    ...profile.errors(kind, value).map((error) => `${label} profile ${error}`),
    ...undeclaredFields(profileSchemas, kind, value).map((field) => `${label} undeclared ${field}`),
  ];

  const crawlProblems = async (): Promise<string[]> => {
    const found: string[] = [];
    const check = async (path: string, kind: HsdsObjectKind, oneByOne: string[]) => {
      const items = await everyItem(`/api/hsds/${path}`);
      for (const [index, item] of items.entries()) found.push(...problems(`${path}[${index}]`, kind, item));
      const base = path.split("?")[0];
      for (const id of oneByOne.length > 0 ? items.map(idOf) : []) {
        for (const query of oneByOne) {
          const answer = await get(`/api/hsds/${base}/${id}${query}`);
          expect(answer.status, `${base}/${id}${query}`).toBe(200);
          found.push(...problems(`${base}/${id}${query}`, kind, answer.body));
        }
      }
    };
    await check("services", "service", [""]);
    await check("services?full=false", "service", []);
    await check("organizations", "organization", ["", "?full_service=true"]);
    await check("organizations?full=false", "organization", []);
    await check("organizations?full_service=true", "organization", []);
    await check("service_at_locations", "service_at_location", [""]);
    await check("service_at_locations?full=true", "service_at_location", []);
    await check("taxonomies", "taxonomy", [""]);
    await check("taxonomy_terms", "taxonomy_term", [""]);
    found.push(...exportProblems(await exportDirectory(db(), publicUrl)));
    return found;
  };

  const exportProblems = (exported: ExchangeDocument): string[] =>
    exportParts.flatMap(([part, kind]) =>
      (exported[part] as unknown[]).flatMap((item, index) =>
        problems(`export.${part}[${index}]`, kind, item),
      ),
    );

  return { get, everyItem, problems, crawlProblems, exportProblems, official };
}
