import { instrumentsOpenApi } from "../screening/instruments-openapi";
import { hsdsVersion } from "./hsds";
import { profileUri } from "./hsds-profile";

/**
 * Zicht's OpenAPI 3.1 document, served at /api/openapi.json: the HSDS 3.0
 * API under /api/hsds (every path and parameter of the official reference,
 * tests/standards/hsds-3.0/openapi.json, plus Zicht's Dutch filters) and the
 * instruments API (instruments-openapi.ts). Pure: the canonical base URL
 * (ZICHT_PUBLIC_URL) is passed in. Tests keep it equal to what the handler
 * does (hsds-api.server.ts `hsdsQueryParameters`): every endpoint is here,
 * every parameter documented here is accepted there (with its `example`),
 * and none is accepted that is not documented.
 */

export const openApiPath = "/api/openapi.json";

/** The official compiled HSDS 3.0 schemas, as the reference links them. */
const officialSchemas = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema";

type Parameter = {
  name: string;
  in: "query" | "path";
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
  example?: string;
};

const booleanSchema = { type: "string", enum: ["true", "false", "1", "0", ""] };
const booleanNote = "Waar of niet waar: true, false, 1 of 0; de parameter zonder waarde (`?full`) is true.";

/** Every query parameter, by name (components.parameters). `example` is a value the API accepts. */
const parameters: Record<string, Parameter> = {
  search: {
    name: "search",
    in: "query",
    description:
      "Vrije tekst. Diensten: Nederlandse volledige tekst met voorvoegsels, synoniemen en tikfouten. Organisaties, taxonomieën en termen: de woorden in naam of beschrijving. Hoogstens 200 tekens.",
    schema: { type: "string", maxLength: 200 },
    example: "opvang",
  },
  page: {
    name: "page",
    in: "query",
    description: "Paginanummer, vanaf 1 (standaard 1).",
    schema: { type: "integer", minimum: 1, default: 1 },
    example: "1",
  },
  per_page: {
    name: "per_page",
    in: "query",
    description:
      "Aantal per pagina: 1 tot en met 100, standaard 50. Bij services met minimal=true: tot en met 10.000, standaard 10.000.",
    schema: { type: "integer", minimum: 1, maximum: 10000 },
    example: "20",
  },
  format: {
    name: "format",
    in: "query",
    description:
      "json (standaard): een pagina. ndjson: alle resultaten zonder pagina's, één JSON-object per regel (application/x-ndjson).",
    schema: { type: "string", enum: ["json", "ndjson"], default: "json" },
    example: "json",
  },
  taxonomy_term_id: {
    name: "taxonomy_term_id",
    in: "query",
    description:
      "Alleen diensten met deze term (id van een taxonomy_term: UUID, of het leesbare id). Een onbekend id geeft een lege lijst.",
    schema: { type: "string", maxLength: 100 },
    example: "hulpsoort-behandeling",
  },
  taxonomy_id: {
    name: "taxonomy_id",
    in: "query",
    description:
      "Diensten: alleen diensten met een term uit deze taxonomie. Termen: alleen termen van deze taxonomie. UUID of leesbaar id; onbekend geeft een lege lijst.",
    schema: { type: "string", maxLength: 100 },
    example: "hulpsoort",
  },
  organization_id: {
    name: "organization_id",
    in: "query",
    description: "Alleen diensten van deze organisatie (UUID of leesbaar id; onbekend geeft een lege lijst).",
    schema: { type: "string", maxLength: 100 },
    example: "fier",
  },
  modified_after: {
    name: "modified_after",
    in: "query",
    description:
      "Alleen wat op of na dit moment is gewijzigd: ISO-datum (2026-01-31) of tijdstip met tijdzone (2026-01-31T12:00:00Z).",
    schema: { type: "string", format: "date-time" },
    example: "2026-01-31T12:00:00Z",
  },
  minimal: {
    name: "minimal",
    in: "query",
    description: `Alleen \`id\` en \`last_modified\` van elke dienst; standaard alle diensten op één pagina (tot 10.000). ${booleanNote}`,
    schema: booleanSchema,
    example: "true",
  },
  full: {
    name: "full",
    in: "query",
    description: `Volledig genest. Standaard true: Zicht geeft diensten en organisaties altijd volledig genest (zoals eerder). false: alleen de velden zonder lijsten (HSDS service_list / organization_list). Bij service_at_locations is de standaard false (de dienst met alleen zijn eigen velden); true nest de hele dienst. ${booleanNote}`,
    schema: booleanSchema,
    example: "false",
  },
  full_service: {
    name: "full_service",
    in: "query",
    description: `De diensten van de organisatie als volledige dienst-objecten in plaats van alleen hun \`id\` (standaard false). ${booleanNote}`,
    schema: booleanSchema,
    example: "true",
  },
  top_only: {
    name: "top_only",
    in: "query",
    description: `Alleen termen zonder bovenliggende term. De taxonomieën van Zicht zijn plat: elke term is een topterm. ${booleanNote}`,
    schema: booleanSchema,
    example: "true",
  },
  parent_id: {
    name: "parent_id",
    in: "query",
    description:
      "Alleen termen onder deze term (UUID of leesbaar id). De taxonomieën van Zicht zijn plat: dit geeft altijd een lege lijst.",
    schema: { type: "string", maxLength: 100 },
    example: "hulpsoort-behandeling",
  },
  postcode: {
    name: "postcode",
    in: "query",
    description:
      "Nederlandse postcode (1011 AB) of alleen de vier cijfers (PC4). Zicht heeft geen tabel van postcodes en gemeenten en geen dekkingsgebieden per postcode: de API vergelijkt alleen de vier cijfers met de postcode van het adres van de locatie. De letters tellen niet mee. De header X-Zicht-Postcode zegt dit bij elk antwoord.",
    schema: { type: "string", pattern: "^\\d{4}(\\s?[A-Za-z]{2})?$" },
    example: "1011 AB",
  },
  proximity: {
    name: "proximity",
    in: "query",
    description:
      "Afstand in meters vanaf het midden van de postcode. Wordt geaccepteerd maar heeft geen effect: Zicht slaat geen coördinaten op. De header X-Zicht-Proximity zegt dit bij elk antwoord.",
    schema: { type: "integer", minimum: 0, maximum: 999999 },
    example: "5000",
  },
  municipality: {
    name: "municipality",
    in: "query",
    description:
      "Zicht: gemeente als CBS-code (GM0080) of naam (Leeuwarden). Diensten voor die gemeente of een regio eromheen eerst, dan de provincie, dan landelijk. Een naam van meer gemeenten of een onbekende naam geeft 400 met keuzes.",
    schema: { type: "string", maxLength: 100 },
    example: "GM0080",
  },
  age: {
    name: "age",
    in: "query",
    description:
      "Zicht: leeftijd in hele jaren (0 tot en met 120); de leeftijdsgrens van de dienst omvat die leeftijd.",
    schema: { type: "integer", minimum: 0, maximum: 120 },
    example: "16",
  },
  gender: {
    name: "gender",
    in: "query",
    description: "Zicht: female, male of x. Diensten voor iedereen passen altijd.",
    schema: { type: "string", enum: ["female", "male", "x"] },
    example: "female",
  },
};

const paging = ["page", "per_page", "format"];
const serviceFilters = ["search", "taxonomy_term_id", "taxonomy_id", "organization_id", "modified_after"];

interface Endpoint {
  summary: string;
  description: string;
  operationId: string;
  parameters: string[];
  /** The schema of a 200 answer (a list is wrapped in the Page). */
  item: Record<string, unknown>;
  list?: boolean;
  /** The path parameter, with what it names. */
  id?: string;
}

const idDescription = (what: string) =>
  `Het id van ${what}: de HSDS-UUID, of voor oude links het leesbare id van Zicht. Hoogstens 100 tekens; onbekend geeft 404.`;

function profileSchema(publicUrl: string, name: string) {
  return {
    $ref: `${profileUri(publicUrl)}/schemas/${name}.json`,
    description: `Het officiële HSDS 3.0-schema ${name} met de JSON Merge Patch van het profiel zicht-nl (${officialSchemas}/${name}.json).`,
  };
}

function endpoints(publicUrl: string): Record<string, Endpoint> {
  const schema = (name: string) => profileSchema(publicUrl, name);
  return {
    "/": {
      summary: "Over deze API",
      description:
        "HSDS-versie, de URI van het profiel en de URL van dit OpenAPI-document, met Zichts extra's.",
      operationId: "getAPIMetaInformation",
      parameters: [],
      item: { $ref: "#/components/schemas/ApiRoot" },
    },
    "/services": {
      summary: "Diensten (pagina's)",
      description:
        "Actieve diensten, de beste eerst (lokaal, provincie, landelijk; dan relevantie). Standaard volledig genest (full=true); full=false geeft alleen de velden zonder lijsten; minimal alleen id en last_modified.",
      operationId: "getPaginatedListOfServices",
      parameters: [...serviceFilters, ...paging, "minimal", "full", "municipality", "age", "gender"],
      item: { oneOf: [schema("service"), { $ref: "#/components/schemas/MinimalService" }] },
      list: true,
    },
    "/services/{id}": {
      summary: "Eén dienst, volledig genest",
      description: "Eén dienst met alle gegevens (telefoon, tijden, gebieden, termen, openbare locaties).",
      operationId: "getFullyNestedServiceById",
      parameters: [],
      item: schema("service"),
      id: "de dienst",
    },
    "/organizations": {
      summary: "Organisaties (pagina's)",
      description:
        "Organisaties op naam. Standaard volledig genest, met services als korte diensten (id, slug, name, description, status); full_service geeft hele diensten, full=false alleen de velden zonder lijsten.",
      operationId: "getPaginatedListOfOrganizations",
      parameters: ["search", "full", "full_service", ...paging],
      item: schema("organization"),
      list: true,
    },
    "/organizations/{id}": {
      summary: "Eén organisatie, volledig genest",
      description:
        "Eén organisatie; services als korte diensten (id, slug, name, description, status), of met full_service als hele diensten.",
      operationId: "getOrganizationById",
      parameters: ["full_service"],
      item: schema("organization"),
      id: "de organisatie",
    },
    "/service_at_locations": {
      summary: "Diensten op openbare locaties (pagina's)",
      description:
        "Koppelingen van diensten aan openbare locaties (vertrouwelijke locaties nooit). De filters van diensten gelden voor de dienst van elke koppeling. postcode vergelijkt alleen de vier cijfers met het adres van de locatie; proximity heeft geen effect (geen coördinaten).",
      operationId: "getPaginatedListOfServiceAtLocation",
      parameters: [...serviceFilters, "full", ...paging, "postcode", "proximity"],
      item: schema("service_at_location"),
      list: true,
    },
    "/service_at_locations/{id}": {
      summary: "Eén dienst op een locatie, volledig genest",
      description: "De koppeling met de locatie en de hele dienst.",
      operationId: "getServiceAtLocationWithNestedDataById",
      parameters: [],
      item: schema("service_at_location"),
      id: "de koppeling van dienst en locatie",
    },
    "/taxonomies": {
      summary: "Taxonomieën (pagina's)",
      description: "De taxonomieën van de Wegwijzer (hulpsoort, uitbuitingsvorm, doelgroep, toegang).",
      operationId: "getPaginatedListOfTaxonomies",
      parameters: ["search", ...paging],
      item: schema("taxonomy"),
      list: true,
    },
    "/taxonomies/{id}": {
      summary: "Eén taxonomie",
      description: "Eén taxonomie.",
      operationId: "getTaxonomyById",
      parameters: [],
      item: schema("taxonomy"),
      id: "de taxonomie",
    },
    "/taxonomy_terms": {
      summary: "Termen (pagina's)",
      description: "De termen van de taxonomieën, in hun eigen volgorde.",
      operationId: "getPaginatedListOfTaxonomyTerms",
      parameters: ["search", "taxonomy_id", "top_only", "parent_id", ...paging],
      item: schema("taxonomy_term"),
      list: true,
    },
    "/taxonomy_terms/{id}": {
      summary: "Eén term",
      description: "Eén term.",
      operationId: "getTaxonomyTermById",
      parameters: [],
      item: schema("taxonomy_term"),
      id: "de term",
    },
    "/profile": {
      summary: "Het profiel zicht-nl",
      description:
        "Het profieldocument: wat Zicht toevoegt aan HSDS 3.0, met links naar de merge patches en schema's.",
      operationId: "getProfile",
      parameters: [],
      item: { type: "object" },
    },
    "/profile/{folder}/{file}": {
      summary: "Een merge patch of schema van het profiel",
      description:
        "patches/<object>.json: de JSON Merge Patch; schemas/<object>.json: het schema met de patch erin.",
      operationId: "getProfileDocument",
      parameters: [],
      item: { type: "object" },
    },
  };
}

const errorResponse = (description: string) => ({
  description,
  headers: { "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" } },
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

function operation(path: string, endpoint: Endpoint) {
  const body = endpoint.list
    ? {
        allOf: [{ $ref: "#/components/schemas/Page" }],
        properties: { contents: { type: "array", items: endpoint.item } },
      }
    : endpoint.item;
  const pathParameters: Parameter[] = [];
  if (endpoint.id) {
    pathParameters.push({
      name: "id",
      in: "path",
      required: true,
      description: idDescription(endpoint.id),
      schema: { type: "string", maxLength: 100 },
    });
  }
  if (path === "/profile/{folder}/{file}") {
    pathParameters.push(
      {
        name: "folder",
        in: "path",
        required: true,
        description: "patches of schemas",
        schema: { type: "string", enum: ["patches", "schemas"] },
      },
      {
        name: "file",
        in: "path",
        required: true,
        description: "Bijvoorbeeld service.json.",
        schema: { type: "string" },
      },
    );
  }
  const content: Record<string, unknown> = { "application/json": { schema: body } };
  if (endpoint.list) {
    content["application/x-ndjson"] = {
      schema: {
        description: "Met format=ndjson: elk resultaat als één JSON-object per regel, zonder pagina's.",
        allOf: [endpoint.item],
      },
    };
  }
  return {
    ...(pathParameters.length > 0 ? { parameters: pathParameters } : {}),
    get: {
      tags: ["HSDS"],
      summary: endpoint.summary,
      description: endpoint.description,
      operationId: endpoint.operationId,
      parameters: endpoint.parameters.map((name) => ({ $ref: `#/components/parameters/${name}` })),
      responses: {
        "200": {
          description: endpoint.summary,
          headers: {
            "Access-Control-Allow-Origin": { $ref: "#/components/headers/AccessControlAllowOrigin" },
            "X-Zicht-Ignored-Parameters": { $ref: "#/components/headers/IgnoredParameters" },
            ...(path === "/service_at_locations"
              ? {
                  "X-Zicht-Postcode": { $ref: "#/components/headers/PostcodeNote" },
                  "X-Zicht-Proximity": { $ref: "#/components/headers/ProximityNote" },
                }
              : {}),
          },
          content,
        },
        ...(endpoint.parameters.length > 0 || endpoint.id
          ? {
              "400": errorResponse(
                "Een parameter komt twee keer voor of heeft een ongeldige waarde: één detail per parameter.",
              ),
            }
          : {}),
        "404": errorResponse("Onbekend id of pad."),
        "405": errorResponse("Een andere methode dan GET, HEAD of OPTIONS (met header Allow)."),
      },
    },
  };
}

const hsdsDescription = `De Wegwijzer van Zicht in Open Referral HSDS ${hsdsVersion}, alleen lezen, met het Nederlandse profiel zicht-nl.

- Ids zijn HSDS-UUID's; de leesbare ids van Zicht (in het veld slug) werken ook in paden en parameters, voor oude links.
- Onbekende parameters worden genegeerd en genoemd in de header X-Zicht-Ignored-Parameters. Een bekende parameter die twee keer voorkomt of een ongeldige waarde heeft geeft 400.
- Elke fout is { "error": "<Nederlandse zin>", "details": [ ... ] }: 400 één detail per parameter, 404 het id of pad, 405 de methode.
- Elk antwoord mag door elke website gelezen worden (CORS); OPTIONS geeft 204, HEAD werkt als GET zonder body.
- Lijsten zijn HSDS-pagina's; size is het aantal op deze pagina.`;

/** The whole document, with ZICHT_PUBLIC_URL as the server and the base of every absolute link. */
export function openApiDocument(publicUrl: string): Record<string, unknown> {
  const base = publicUrl.replace(/\/+$/, "");
  const paths: Record<string, unknown> = {};
  for (const [path, endpoint] of Object.entries(endpoints(base))) {
    paths[`/api/hsds${path}`] = operation(path, endpoint);
  }
  Object.assign(paths, instrumentsOpenApi.paths);
  return {
    openapi: "3.1.0",
    info: {
      title: "Zicht API: Wegwijzer (HSDS 3.0) en signaleringsinstrumenten",
      version: "1.0.0",
      description: hsdsDescription,
      license: { name: "EUPL-1.2", identifier: "EUPL-1.2" },
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    servers: [{ url: base }],
    externalDocs: { description: "Het profiel zicht-nl", url: profileUri(base) },
    tags: [{ name: "HSDS", description: "Open Referral HSDS 3.0: de Wegwijzer" }],
    paths,
    components: {
      parameters,
      headers: {
        AccessControlAllowOrigin: {
          description: "Altijd *: elke website mag lezen.",
          schema: { type: "string", const: "*" },
        },
        IgnoredParameters: {
          description:
            "De genegeerde (onbekende) parameters, URL-gecodeerd, gescheiden door komma's; hoogstens 20, daarna (+n).",
          schema: { type: "string" },
        },
        PostcodeNote: {
          description:
            "Bij postcode: dat alleen de vier cijfers (PC4) met het adres van de locatie zijn vergeleken.",
          schema: { type: "string" },
        },
        ProximityNote: {
          description: "Bij proximity: dat de afstand geen effect heeft (Zicht slaat geen coördinaten op).",
          schema: { type: "string" },
        },
      },
      schemas: {
        Page: {
          type: "object",
          description: "Een HSDS-pagina (officieel schema Page).",
          properties: {
            total_items: { type: "integer", description: "Het aantal resultaten in totaal." },
            total_pages: { type: "integer", description: "Het aantal pagina's (minstens 1)." },
            page_number: { type: "integer", description: "Het nummer van deze pagina." },
            size: { type: "integer", description: "Het aantal resultaten op deze pagina." },
            first_page: { type: "boolean", description: "Of dit de eerste pagina is." },
            last_page: { type: "boolean", description: "Of dit de laatste pagina is." },
            empty: { type: "boolean", description: "Of deze pagina leeg is." },
          },
          required: ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty"],
        },
        Error: {
          type: "object",
          description: "Elke fout van de API.",
          properties: {
            error: { type: "string", description: "Wat er mis is, in één Nederlandse zin." },
            details: {
              type: "array",
              description:
                "Altijd een lijst. 400: { parameter, message, options? } per parameter; 404: { id } of { path, endpoints }; 405: { method, allowed }.",
              items: { type: "object" },
            },
          },
          required: ["error", "details"],
        },
        MinimalService: {
          type: "object",
          description: "Een dienst met minimal=true.",
          properties: {
            id: { type: "string", format: "uuid" },
            last_modified: { type: "string", format: "date-time" },
          },
          required: ["id", "last_modified"],
          additionalProperties: false,
        },
        ApiRoot: {
          type: "object",
          properties: {
            version: { type: "string", const: hsdsVersion },
            profile: { type: "string", format: "uri", description: "De URI van het profiel zicht-nl." },
            openapi_url: { type: "string", format: "uri", description: "De URL van dit document." },
            profile_name: { type: "string" },
            profile_description: { type: "string" },
            profile_parameters: { type: "object" },
            profile_extensions: { type: "object" },
            endpoints: { type: "array", items: { type: "string" } },
            paging: { type: "object" },
          },
          required: ["version", "profile", "openapi_url"],
        },
        ...instrumentsOpenApi.schemas,
      },
    },
  };
}
