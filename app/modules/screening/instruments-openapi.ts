import { z } from "zod";
import { genders, urgencies } from "./advice-rules";
import { bands, definitionSchema, flagColours } from "./definition";
import { maxReasonLength, maxTextLength } from "./score-request";

/**
 * The /api/instruments part of Zicht's OpenAPI 3.1 document (served with the
 * HSDS part at /api/openapi.json): `paths` are OpenAPI path items keyed by
 * their full path ("/api/instruments/{id}/fhir"), `schemas` go into
 * components.schemas (names prefixed "Instrument"; references point there).
 * Every answer allows any origin (CORS); OPTIONS is the preflight; any other
 * method is a 405 with `Allow`. The FHIR endpoints answer errors with an R4
 * OperationOutcome as `application/fhir+json`, the others with
 * `{ error, details }`.
 */

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json) => ({ "application/json": { schema } });
const fhir = (schema: Json) => ({ "application/fhir+json": { schema } });

const corsHeader = {
  "Access-Control-Allow-Origin": {
    description: "Always `*`: the API is public and needs no cookies.",
    schema: { type: "string", const: "*" },
  },
};

const allowHeader = (methods: string) => ({
  Allow: { description: "The methods this path takes.", schema: { type: "string", const: methods } },
});

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The instrument's id, as listed by GET /api/instruments (for example `vlaggen`).",
  schema: { type: "string", pattern: "^[a-z0-9-]+$" },
};

const readMethods = "GET, HEAD, OPTIONS";
const postMethods = "POST, OPTIONS";

function errorResponse(description: string, kind: "json" | "fhir", extraHeaders: Json = {}) {
  return {
    description,
    headers: { ...corsHeader, ...extraHeaders },
    content: kind === "fhir" ? fhir(ref("InstrumentOperationOutcome")) : json(ref("InstrumentError")),
  };
}

const notFound = (kind: "json" | "fhir") =>
  errorResponse("There is no instrument with this id (`not-found` in FHIR).", kind);
const methodNotAllowed = (methods: string, kind: "json" | "fhir") =>
  errorResponse(`Any method but ${methods} (\`not-supported\` in FHIR).`, kind, allowHeader(methods));

/** The CORS preflight every path answers. */
function preflightOperation(methods: string) {
  return {
    summary: "CORS preflight",
    tags: ["Instruments"],
    responses: {
      "204": {
        description: "No body: which methods and request headers a browser may use from any origin.",
        headers: {
          ...corsHeader,
          ...allowHeader(methods),
          "Access-Control-Allow-Methods": { schema: { type: "string", const: methods } },
          "Access-Control-Allow-Headers": { schema: { type: "string", const: "Accept, Content-Type" } },
          "Access-Control-Max-Age": { schema: { type: "string", const: "86400" } },
        },
      },
    },
  };
}

const scoreRequestBody = (kind: "json" | "fhir") => ({
  required: true,
  description:
    "The answers (by item id) and the situation. Nothing is stored. " +
    (kind === "fhir" ? "Sent as `application/json` (a Zicht body, not a FHIR resource)." : ""),
  content: json(ref("InstrumentScoreRequest")),
});

const paths: Record<string, Json> = {
  "/api/instruments": {
    get: {
      operationId: "listInstruments",
      summary: "The instruments, with links to their definition, FHIR export, scoring and form",
      tags: ["Instruments"],
      responses: {
        "200": {
          description: "All instruments.",
          headers: corsHeader,
          content: json(ref("InstrumentList")),
        },
        "405": methodNotAllowed(readMethods, "json"),
      },
    },
    options: preflightOperation(readMethods),
  },
  "/api/instruments/{id}": {
    parameters: [idParameter],
    get: {
      operationId: "getInstrument",
      summary: "The definition of an instrument: domains, items, weights and thresholds",
      tags: ["Instruments"],
      responses: {
        "200": {
          description: "The definition.",
          headers: corsHeader,
          content: json(ref("InstrumentDefinition")),
        },
        "404": notFound("json"),
        "405": methodNotAllowed(readMethods, "json"),
      },
    },
    options: preflightOperation(readMethods),
  },
  "/api/instruments/{id}/fhir": {
    parameters: [idParameter],
    get: {
      operationId: "getInstrumentQuestionnaire",
      summary: "The instrument as an HL7 FHIR R4 Questionnaire",
      description:
        "Its canonical `url` is `<ZICHT_PUBLIC_URL>/api/instruments/{id}/fhir`, whatever address the request used. " +
        "Weights are in the SDC `itemWeight` extension.",
      tags: ["Instruments", "FHIR"],
      externalDocs: { url: "https://hl7.org/fhir/R4/questionnaire.html" },
      responses: {
        "200": {
          description: "The Questionnaire.",
          headers: corsHeader,
          content: fhir(ref("InstrumentQuestionnaire")),
        },
        "404": notFound("fhir"),
        "405": methodNotAllowed(readMethods, "fhir"),
      },
    },
    options: preflightOperation(readMethods),
  },
  "/api/instruments/{id}/fhir/response": {
    parameters: [idParameter],
    post: {
      operationId: "answersAsQuestionnaireResponse",
      summary: "The same body as /score, as an HL7 FHIR R4 QuestionnaireResponse",
      description:
        "Answers to items that do not apply (enableWhen) are left out. `questionnaire` is the canonical URL " +
        "of the Questionnaire with its version. Nothing is stored.",
      tags: ["Instruments", "FHIR"],
      externalDocs: { url: "https://hl7.org/fhir/R4/questionnaireresponse.html" },
      requestBody: scoreRequestBody("fhir"),
      responses: {
        "200": {
          description: "The QuestionnaireResponse.",
          headers: corsHeader,
          content: fhir(ref("InstrumentQuestionnaireResponse")),
        },
        "400": errorResponse(
          "The body is not JSON (`structure`) or does not fit the instrument: one issue per problem " +
            "(`invalid`, `required` or `structure`), with the FHIRPath of the field in `expression`.",
          "fhir",
        ),
        "404": notFound("fhir"),
        "405": methodNotAllowed(postMethods, "fhir"),
      },
    },
    options: preflightOperation(postMethods),
  },
  "/api/instruments/{id}/score": {
    parameters: [idParameter],
    post: {
      operationId: "scoreInstrument",
      summary: "Score answers: band or flag, scores, explanation and advice with fitting services",
      description: "Nothing is stored: the answers live only in this request.",
      tags: ["Instruments"],
      requestBody: scoreRequestBody("json"),
      responses: {
        "200": {
          description: "The result.",
          headers: corsHeader,
          content: json(ref("InstrumentScoreResult")),
        },
        "400": errorResponse("The body is not JSON or does not fit the instrument: see `details`.", "json"),
        "404": notFound("json"),
        "405": methodNotAllowed(postMethods, "json"),
      },
    },
    options: preflightOperation(postMethods),
  },
};

/** The definition's own schema (content/instruments is checked with it), as JSON Schema 2020-12. */
function definitionJsonSchema(): Json {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(definitionSchema, {
    io: "output",
    unrepresentable: "any",
  }) as Json;
  return {
    ...schema,
    description: "An instrument definition (the validated content of content/instruments).",
  };
}

const coding = {
  type: "object",
  required: ["system", "code"],
  properties: { system: { type: "string" }, code: { type: "string" }, display: { type: "string" } },
};

const service = {
  type: "object",
  required: ["id", "name", "organisation", "url"],
  properties: {
    id: { type: "string" },
    name: { type: "string" },
    organisation: { type: "string" },
    phone: { type: "string" },
    email: { type: "string" },
    url: { type: "string", description: "The service's page in the Wegwijzer (a path on this site)." },
  },
};

const resultBase = {
  instrument: { type: "string" },
  version: { type: "string" },
  explanation: { type: "array", items: { type: "string" } },
  advice: { type: "array", items: ref("InstrumentAdvice") },
};

const schemas: Record<string, Json> = {
  InstrumentError: {
    type: "object",
    description: "An error of the non-FHIR endpoints, in plain Dutch (English with the language cookie).",
    required: ["error", "details"],
    properties: {
      error: { type: "string" },
      details: {
        type: "array",
        description: "One entry per problem with the body; empty when the problem is not in the body.",
        items: {
          type: "object",
          required: ["field", "message"],
          properties: {
            field: {
              type: "string",
              description: "Where: `answers.<item id>`, `context.age`, `override.reason`, …",
            },
            message: { type: "string" },
          },
        },
      },
    },
  },
  InstrumentList: {
    type: "object",
    required: ["instruments"],
    properties: { instruments: { type: "array", items: ref("InstrumentSummary") } },
  },
  InstrumentSummary: {
    type: "object",
    required: ["id", "version", "title", "summary", "audience", "languageLevel", "kind", "links"],
    properties: {
      id: { type: "string" },
      version: { type: "string" },
      title: { type: "string" },
      summary: { type: "string" },
      audience: { type: "string", enum: ["professional", "parent", "youth"] },
      languageLevel: { type: "string", enum: ["A2", "B1", "B2"] },
      kind: { type: "string", enum: ["signals", "flags"] },
      links: {
        type: "object",
        required: ["definition", "fhir", "score", "form"],
        properties: {
          definition: { type: "string" },
          fhir: { type: "string" },
          score: { type: "string" },
          form: { type: "string", description: "The form on this site (HTML)." },
        },
      },
    },
  },
  InstrumentDefinition: definitionJsonSchema(),
  InstrumentScoreRequest: {
    type: "object",
    additionalProperties: false,
    properties: {
      answers: {
        type: "object",
        description:
          "By item id: `yes`/`no`/`unknown` for signals, an option code, a list of codes (multiple), a number, " +
          "a date (YYYY-MM-DD), text, or a flag colour (vlaggen: every criterion that applies).",
        additionalProperties: {
          oneOf: [
            { type: "string", maxLength: maxTextLength },
            { type: "number" },
            { type: "array", items: { type: "string", maxLength: 100 } },
          ],
        },
      },
      context: {
        type: "object",
        additionalProperties: false,
        description: "The situation; it chooses advice and fitting services. Nothing is stored.",
        properties: {
          age: { type: "integer", minimum: 0, maximum: 120 },
          gender: { type: "string", enum: [...genders] },
          municipality: { type: "string", maxLength: 100 },
          acuteDanger: { type: "boolean" },
          recentSexualViolence: { type: "boolean" },
        },
      },
      override: {
        type: "object",
        additionalProperties: false,
        description: "Only for vlaggen: a flag chosen instead of the proposed one, with the reason.",
        required: ["flag", "reason"],
        properties: {
          flag: { type: "string", enum: [...flagColours] },
          reason: { type: "string", minLength: 1, maxLength: maxReasonLength },
        },
      },
    },
  },
  InstrumentAdvice: {
    type: "object",
    required: ["id", "title", "text", "urgency", "contacts", "services"],
    properties: {
      id: { type: "string" },
      title: { type: "string" },
      text: { type: "string" },
      urgency: { type: "string", enum: [...urgencies] },
      contacts: {
        type: "array",
        items: {
          type: "object",
          required: ["name", "phone"],
          properties: { name: { type: "string" }, phone: { type: "string" }, note: { type: "string" } },
        },
      },
      services: { type: "array", items: service },
    },
  },
  InstrumentScoreResult: {
    description: "A signals instrument gives a band; vlaggen gives a flag.",
    oneOf: [ref("InstrumentSignalsResult"), ref("InstrumentFlagsResult")],
  },
  InstrumentSignalsResult: {
    type: "object",
    required: [
      "instrument",
      "version",
      "band",
      "total",
      "max",
      "completeness",
      "domains",
      "redFlags",
      "protectiveFactors",
      "explanation",
      "advice",
    ],
    properties: {
      ...resultBase,
      band: { type: "string", enum: [...bands] },
      total: { type: "number" },
      max: { type: "number" },
      completeness: { type: "number", minimum: 0, maximum: 1 },
      domains: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "score", "max", "answered", "unknown"],
          properties: {
            id: { type: "string" },
            score: { type: "number" },
            max: { type: "number" },
            answered: { type: "integer" },
            unknown: { type: "integer" },
          },
        },
      },
      redFlags: { type: "array", items: { type: "string" } },
      protectiveFactors: { type: "array", items: { type: "string" } },
    },
  },
  InstrumentFlagsResult: {
    type: "object",
    required: ["instrument", "version", "flag", "proposedFlag", "criteria", "explanation", "advice"],
    properties: {
      ...resultBase,
      flag: { type: "string", enum: [...flagColours] },
      proposedFlag: { type: "string", enum: [...flagColours] },
      criteria: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "flag"],
          properties: { id: { type: "string" }, flag: { type: "string", enum: [...flagColours] } },
        },
      },
      override: {
        type: "object",
        required: ["flag", "reason"],
        properties: { flag: { type: "string", enum: [...flagColours] }, reason: { type: "string" } },
      },
    },
  },
  InstrumentQuestionnaire: {
    type: "object",
    description:
      "An HL7 FHIR R4 Questionnaire (https://hl7.org/fhir/R4/questionnaire.html): a group per domain, " +
      "coded answer options with the SDC itemWeight extension, enableWhen/enableBehavior.",
    required: ["resourceType", "url", "version", "status", "item"],
    properties: {
      resourceType: { const: "Questionnaire" },
      id: { type: "string" },
      url: { type: "string", format: "uri" },
      version: { type: "string" },
      name: { type: "string" },
      title: { type: "string" },
      status: { const: "active" },
      language: { type: "string" },
      subjectType: { type: "array", items: { type: "string" } },
      description: { type: "string" },
      purpose: { type: "string" },
      item: { type: "array", items: ref("InstrumentQuestionnaireItem") },
    },
  },
  InstrumentQuestionnaireItem: {
    type: "object",
    required: ["linkId", "type"],
    properties: {
      linkId: { type: "string" },
      text: { type: "string" },
      type: { type: "string", enum: ["group", "display", "choice", "decimal", "date", "text"] },
      required: { type: "boolean" },
      repeats: { type: "boolean" },
      maxLength: { type: "integer" },
      enableWhen: {
        type: "array",
        items: {
          type: "object",
          required: ["question", "operator"],
          properties: {
            question: { type: "string" },
            operator: { type: "string", enum: ["exists", "=", "!="] },
            answerCoding: coding,
            answerBoolean: { type: "boolean" },
            answerDecimal: { type: "number" },
            answerString: { type: "string" },
          },
        },
      },
      enableBehavior: { type: "string", enum: ["all", "any"] },
      answerOption: {
        type: "array",
        items: {
          type: "object",
          required: ["valueCoding"],
          properties: {
            valueCoding: coding,
            extension: {
              type: "array",
              items: {
                type: "object",
                required: ["url"],
                properties: { url: { type: "string" }, valueDecimal: { type: "number" } },
              },
            },
          },
        },
      },
      extension: {
        type: "array",
        items: {
          type: "object",
          required: ["url"],
          properties: { url: { type: "string" }, valueBoolean: { type: "boolean" } },
        },
      },
      item: { type: "array", items: ref("InstrumentQuestionnaireItem") },
    },
  },
  InstrumentQuestionnaireResponse: {
    type: "object",
    description: "An HL7 FHIR R4 QuestionnaireResponse (https://hl7.org/fhir/R4/questionnaireresponse.html).",
    required: ["resourceType", "questionnaire", "status", "item"],
    properties: {
      resourceType: { const: "QuestionnaireResponse" },
      questionnaire: { type: "string", description: "`<canonical url>|<version>`." },
      status: { const: "completed" },
      authored: { type: "string" },
      item: { type: "array", items: ref("InstrumentQuestionnaireResponseItem") },
    },
  },
  InstrumentQuestionnaireResponseItem: {
    type: "object",
    required: ["linkId"],
    properties: {
      linkId: { type: "string" },
      text: { type: "string" },
      answer: {
        type: "array",
        items: {
          type: "object",
          minProperties: 1,
          maxProperties: 1,
          properties: {
            valueCoding: coding,
            valueDecimal: { type: "number" },
            valueDate: { type: "string" },
            valueString: { type: "string" },
          },
        },
      },
      item: { type: "array", items: ref("InstrumentQuestionnaireResponseItem") },
    },
  },
  InstrumentOperationOutcome: {
    type: "object",
    description:
      "An HL7 FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html): every error of the " +
      "FHIR endpoints. `diagnostics` is plain Dutch (English with the language cookie).",
    required: ["resourceType", "issue"],
    properties: {
      resourceType: { const: "OperationOutcome" },
      issue: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["severity", "code"],
          properties: {
            severity: { type: "string", enum: ["fatal", "error", "warning", "information"] },
            code: {
              type: "string",
              description: "From the R4 IssueType value set (http://hl7.org/fhir/issue-type).",
              enum: ["invalid", "structure", "required", "value", "not-found", "not-supported", "exception"],
            },
            diagnostics: { type: "string" },
            expression: {
              type: "array",
              description:
                "The FHIRPath of the field in the request body, for example answers.`nieuwe-vriend`.",
              items: { type: "string" },
            },
          },
        },
      },
    },
  },
};

export const instrumentsOpenApi: {
  paths: Record<string, unknown>;
  schemas: Record<string, unknown>;
} = { paths, schemas };
