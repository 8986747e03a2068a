import {
  flagColours,
  type AnswerValue,
  type Answers,
  type Condition,
  type InstrumentDefinition,
  type Item,
} from "./definition";
import { effectiveAnswers } from "./enable-when";

/**
 * HL7 FHIR R4 export: an instrument as a `Questionnaire` (a group per
 * domain, coded answer options with the SDC `itemWeight` extension,
 * `enableWhen` / `enableBehavior`), and filled-in answers as a
 * `QuestionnaireResponse`. Pure: no I/O.
 */

export const itemWeightUrl = "http://hl7.org/fhir/StructureDefinition/itemWeight";
/** Yes / no (HL7 v2 table 0136) and "asked but unknown" (data-absent-reason). */
export const yesNoSystem = "http://terminology.hl7.org/CodeSystem/v2-0136";
export const dataAbsentReasonSystem = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

export interface Coding {
  system: string;
  code: string;
  display: string;
}

interface AnswerOption {
  valueCoding: Coding;
  extension?: Array<{ url: string; valueDecimal: number }>;
}

interface EnableWhen {
  question: string;
  operator: "=" | "!=" | "exists";
  answerCoding?: Coding;
  answerBoolean?: boolean;
  answerDecimal?: number;
  answerString?: string;
}

export interface QuestionnaireItem {
  linkId: string;
  text: string;
  type: "group" | "display" | "choice" | "decimal" | "date" | "text";
  required?: boolean;
  repeats?: boolean;
  maxLength?: number;
  enableWhen?: EnableWhen[];
  enableBehavior?: "all" | "any";
  answerOption?: AnswerOption[];
  extension?: Array<{ url: string; valueBoolean?: boolean }>;
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: "Questionnaire";
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: "active";
  language: "nl";
  subjectType: ["Patient"];
  description: string;
  purpose: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: Array<{
    valueCoding?: Coding;
    valueDecimal?: number;
    valueDate?: string;
    valueString?: string;
  }>;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponse {
  resourceType: "QuestionnaireResponse";
  questionnaire: string;
  status: "completed";
  authored?: string;
  item: QuestionnaireResponseItem[];
}

const signalDisplay = { yes: "Ja", no: "Nee", unknown: "Weet ik niet" } as const;
const flagDisplay = { green: "Groen", yellow: "Geel", red: "Rood", black: "Zwart" } as const;

/**
 * The canonical URL of an instrument's Questionnaire, under the site's public
 * address (ZICHT_PUBLIC_URL, never a request's Host header: a canonical URL
 * must not change with whoever asks).
 */
export function questionnaireUrl(publicUrl: string, id: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/api/instruments/${id}/fhir`;
}

const redFlagUrl = (url: string) => `${url}#red-flag`;
const optionSystem = (url: string, itemId: string) => `${url}#${itemId}`;

function signalCoding(code: "yes" | "no" | "unknown"): Coding {
  if (code === "unknown")
    return { system: dataAbsentReasonSystem, code: "asked-unknown", display: signalDisplay.unknown };
  return { system: yesNoSystem, code: code === "yes" ? "Y" : "N", display: signalDisplay[code] };
}

/** The coding of one answer code of an item (for options, enableWhen and responses). */
function codingFor(item: Item, code: string, url: string): Coding | undefined {
  if (item.type === "signal" && (code === "yes" || code === "no" || code === "unknown"))
    return signalCoding(code);
  if (item.type === "flag" && code in flagDisplay)
    return {
      system: optionSystem(url, "flag"),
      code,
      display: flagDisplay[code as keyof typeof flagDisplay],
    };
  if ("options" in item) {
    if (code === "unknown") return signalCoding("unknown");
    const option = item.options.find((candidate) => candidate.code === code);
    if (option) return { system: optionSystem(url, item.id), code, display: option.text };
  }
  return undefined;
}

const weight = (value: number) => [{ url: itemWeightUrl, valueDecimal: value }];

function answerOptions(item: Item, url: string): AnswerOption[] | undefined {
  switch (item.type) {
    case "signal":
      return [
        { valueCoding: signalCoding("yes"), extension: weight(item.weight) },
        { valueCoding: signalCoding("no"), extension: weight(0) },
        { valueCoding: signalCoding("unknown"), extension: weight(0) },
      ];
    case "ordinal":
    case "single":
    case "multiple":
      return [
        ...item.options.map((option) => ({
          valueCoding: { system: optionSystem(url, item.id), code: option.code, display: option.text },
          extension: weight(option.weight ?? 0),
        })),
        ...(item.type === "multiple" ? [] : [{ valueCoding: signalCoding("unknown"), extension: weight(0) }]),
      ];
    case "flag":
      return flagColours.map((flag, index) => ({
        valueCoding: { system: optionSystem(url, "flag"), code: flag, display: flagDisplay[flag] },
        extension: weight(index),
      }));
    default:
      return undefined;
  }
}

function fhirType(item: Item): QuestionnaireItem["type"] {
  switch (item.type) {
    case "number":
      return "decimal";
    case "date":
      return "date";
    case "text":
      return "text";
    default:
      return "choice";
  }
}

function enableWhenOf(condition: Condition, items: Map<string, Item>, url: string): EnableWhen {
  if (condition.operator === "exists")
    return { question: condition.question, operator: "exists", answerBoolean: condition.answer === true };
  const operator = condition.operator === "equals" ? "=" : "!=";
  const source = items.get(condition.question);
  if (source?.type === "number" && typeof condition.answer === "number")
    return { question: condition.question, operator, answerDecimal: condition.answer };
  const coding = source ? codingFor(source, String(condition.answer), url) : undefined;
  if (coding) return { question: condition.question, operator, answerCoding: coding };
  return { question: condition.question, operator, answerString: String(condition.answer) };
}

export function toQuestionnaire(definition: InstrumentDefinition, publicUrl: string): Questionnaire {
  const url = questionnaireUrl(publicUrl, definition.id);
  const items = new Map(definition.domains.flatMap((domain) => domain.items.map((item) => [item.id, item])));
  return {
    resourceType: "Questionnaire",
    id: definition.id,
    url,
    version: definition.version,
    name: definition.id
      .split("-")
      .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
      .join(""),
    title: definition.title,
    status: "active",
    language: "nl",
    subjectType: ["Patient"],
    description: `${definition.intro}\n\n${definition.disclaimer}`,
    purpose: definition.summary,
    item: definition.domains.map((domain) => ({
      linkId: domain.id,
      text: domain.title,
      type: "group",
      item: domain.items.map((item): QuestionnaireItem => {
        const conditions = item.enableWhen?.conditions ?? [];
        return {
          linkId: item.id,
          text: item.text,
          type: fhirType(item),
          ...(definition.kind === "flags" ? { required: true } : {}),
          ...(item.type === "multiple" ? { repeats: true } : {}),
          ...(item.type === "text" ? { maxLength: item.maxLength } : {}),
          ...(conditions.length > 0
            ? { enableWhen: conditions.map((condition) => enableWhenOf(condition, items, url)) }
            : {}),
          ...(conditions.length > 1 ? { enableBehavior: item.enableWhen?.behavior ?? "all" } : {}),
          ...(answerOptions(item, url) ? { answerOption: answerOptions(item, url) } : {}),
          ...(item.type === "signal" && item.redFlag
            ? { extension: [{ url: redFlagUrl(url), valueBoolean: true }] }
            : {}),
        };
      }),
    })),
  };
}

function responseAnswer(item: Item, value: AnswerValue, url: string): QuestionnaireResponseItem["answer"] {
  switch (item.type) {
    case "number":
      return typeof value === "number" ? [{ valueDecimal: value }] : [];
    case "date":
      return typeof value === "string" ? [{ valueDate: value }] : [];
    case "text":
      return typeof value === "string" ? [{ valueString: value }] : [];
    default: {
      const codes = Array.isArray(value) ? value : [String(value)];
      return codes.flatMap((code) => {
        const coding = codingFor(item, code, url);
        return coding ? [{ valueCoding: coding }] : [];
      });
    }
  }
}

/** The answers that apply, as a QuestionnaireResponse; answers to items that do not apply are left out. */
export function toQuestionnaireResponse(
  definition: InstrumentDefinition,
  answers: Answers,
  publicUrl: string,
  authored?: string,
): QuestionnaireResponse {
  const url = questionnaireUrl(publicUrl, definition.id);
  const { answers: effective } = effectiveAnswers(definition, answers);
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `${url}|${definition.version}`,
    status: "completed",
    ...(authored ? { authored } : {}),
    item: definition.domains
      .map((domain) => ({
        linkId: domain.id,
        text: domain.title,
        item: domain.items.flatMap((item): QuestionnaireResponseItem[] => {
          const value = effective[item.id];
          if (value === undefined) return [];
          const answer = responseAnswer(item, value, url);
          return answer && answer.length > 0 ? [{ linkId: item.id, text: item.text, answer }] : [];
        }),
      }))
      .filter((group) => group.item.length > 0),
  };
}

// ------------------------------------------------------------ OperationOutcome

/**
 * The R4 IssueType codes Zicht uses (http://hl7.org/fhir/issue-type; the value
 * set is required for OperationOutcome.issue.code).
 */
export type IssueType =
  "invalid" | "structure" | "required" | "value" | "not-found" | "not-supported" | "exception";

export interface OperationOutcomeIssue {
  severity: "fatal" | "error" | "warning" | "information";
  code: IssueType;
  /** Plain language for the person who reads the answer (Dutch unless the caller chose English). */
  diagnostics: string;
  /** FHIRPath of the element the issue is about, when known. */
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: "OperationOutcome";
  issue: OperationOutcomeIssue[];
}

/** An OperationOutcome with one error issue per entry (R4 needs at least one issue). */
export function operationOutcome(
  issues: ReadonlyArray<{ code: IssueType; diagnostics: string; expression?: string }>,
): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: issues.map(({ code, diagnostics, expression }) => ({
      severity: "error",
      code,
      diagnostics,
      ...(expression ? { expression: [expression] } : {}),
    })),
  };
}

const simpleIdentifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A dotted field path of the request body (`answers.nieuwe-vriend`,
 * `context.age`, `answers.x.0`) as FHIRPath: names that are not plain
 * identifiers are delimited with backticks, numbers become indexes. The
 * whole body (`body` or empty) has no path.
 */
export function fhirPathOf(field: string): string | undefined {
  if (field === "" || field === "body") return undefined;
  let path = "";
  for (const segment of field.split(".")) {
    if (/^\d+$/.test(segment) && path !== "") path += `[${segment}]`;
    else {
      const name = simpleIdentifier.test(segment) ? segment : `\`${segment.replace(/[\\`]/g, "\\$&")}\``;
      path += path === "" ? name : `.${name}`;
    }
  }
  return path;
}

/**
 * Problems with a request body (`{ field, message }`, as the non-FHIR
 * endpoints give them in `details`) as OperationOutcome issues: a missing
 * value is `required`, a wrong shape `structure`, anything else `invalid`.
 */
export function outcomeFromProblems(
  problems: ReadonlyArray<{ field: string; message: string }>,
  kinds: { required: ReadonlySet<string>; structure: ReadonlySet<string> },
): OperationOutcome {
  return operationOutcome(
    problems.map((problem) => ({
      code: kinds.required.has(problem.message)
        ? "required"
        : kinds.structure.has(problem.message) || problem.field === "body"
          ? "structure"
          : "invalid",
      diagnostics: problem.message,
      expression: fhirPathOf(problem.field),
    })),
  );
}
