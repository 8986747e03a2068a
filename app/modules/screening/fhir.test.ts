import { describe, expect, it } from "vitest";
import type { InstrumentDefinition } from "./definition";
import {
  fhirPathOf,
  itemWeightUrl,
  operationOutcome,
  outcomeFromProblems,
  questionnaireUrl,
  toQuestionnaire,
  toQuestionnaireResponse,
  type Questionnaire,
  type QuestionnaireItem,
  type QuestionnaireResponse,
} from "./fhir";
import { findInstrument, instruments } from "./instruments";

const origin = "https://zicht.example";

/** R4 value sets and invariants (https://hl7.org/fhir/R4/questionnaire.html) that apply to what we export. */
const itemTypes = new Set([
  "group",
  "display",
  "question",
  "boolean",
  "decimal",
  "integer",
  "date",
  "dateTime",
  "time",
  "string",
  "text",
  "url",
  "choice",
  "open-choice",
  "attachment",
  "reference",
  "quantity",
]);
const statuses = new Set(["draft", "active", "retired", "unknown"]);
const operators = new Set(["exists", "=", "!=", ">", "<", ">=", "<="]);
const answerKeys = [
  "answerBoolean",
  "answerDecimal",
  "answerInteger",
  "answerDate",
  "answerDateTime",
  "answerTime",
  "answerString",
  "answerCoding",
  "answerQuantity",
  "answerReference",
];

/** Problems with a Questionnaire against the R4 structure; empty when it conforms. */
function checkQuestionnaire(questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  if (questionnaire.resourceType !== "Questionnaire") problems.push("resourceType");
  if (!statuses.has(questionnaire.status)) problems.push("status");
  if (!/^[A-Z]([A-Za-z0-9_]){0,254}$/.test(questionnaire.name)) problems.push("inv-0 name");
  if (!/^https?:\/\//.test(questionnaire.url)) problems.push("url is not absolute");
  const linkIds = new Map<string, QuestionnaireItem>();
  const order: string[] = [];
  const walk = (items: readonly QuestionnaireItem[]) => {
    for (const item of items) {
      if (!item.linkId) problems.push("item without linkId");
      if (linkIds.has(item.linkId)) problems.push(`que-2: linkId ${item.linkId} twice`);
      linkIds.set(item.linkId, item);
      order.push(item.linkId);
      if (!itemTypes.has(item.type)) problems.push(`${item.linkId}: type ${item.type}`);
      if (item.type === "group" && !(item.item && item.item.length > 0))
        problems.push(`que-1: group ${item.linkId} without items`);
      if (item.type === "display" && (item.required !== undefined || item.repeats !== undefined))
        problems.push(`que-6: display ${item.linkId}`);
      if (item.answerOption && !["choice", "open-choice"].includes(item.type))
        problems.push(`que-5: answerOption on ${item.type} ${item.linkId}`);
      if (item.maxLength !== undefined && ["group", "display", "choice", "boolean"].includes(item.type))
        problems.push(`que-10: maxLength on ${item.linkId}`);
      if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior)
        problems.push(`que-12: enableBehavior missing on ${item.linkId}`);
      for (const option of item.answerOption ?? []) {
        const coding = option.valueCoding;
        if (!coding.system || !coding.code) problems.push(`${item.linkId}: coding without system or code`);
        for (const extension of option.extension ?? []) {
          if (extension.url !== itemWeightUrl || typeof extension.valueDecimal !== "number")
            problems.push(`${item.linkId}: bad itemWeight`);
        }
      }
      for (const condition of item.enableWhen ?? []) {
        if (!operators.has(condition.operator))
          problems.push(`${item.linkId}: operator ${condition.operator}`);
        const present = answerKeys.filter((key) => key in condition);
        if (present.length !== 1) problems.push(`${item.linkId}: enableWhen needs exactly one answer[x]`);
        if (condition.operator === "exists" && !("answerBoolean" in condition)) problems.push("que-7");
        const source = linkIds.get(condition.question);
        if (!source)
          problems.push(`${item.linkId}: enableWhen question ${condition.question} is not an earlier item`);
        else if (source.type === "choice" && condition.operator !== "exists") {
          const codes = (source.answerOption ?? []).map((option) => option.valueCoding.code);
          if (!condition.answerCoding || !codes.includes(condition.answerCoding.code))
            problems.push(`${item.linkId}: enableWhen answer is not an option of ${source.linkId}`);
        }
      }
      if (item.item) walk(item.item);
    }
  };
  walk(questionnaire.item);
  return problems;
}

function checkResponse(response: QuestionnaireResponse, questionnaire: Questionnaire): string[] {
  const problems: string[] = [];
  if (response.resourceType !== "QuestionnaireResponse") problems.push("resourceType");
  if (response.questionnaire !== `${questionnaire.url}|${questionnaire.version}`)
    problems.push("questionnaire");
  const options = new Map<string, QuestionnaireItem>();
  const collect = (items: readonly QuestionnaireItem[]) =>
    items.forEach((item) => {
      options.set(item.linkId, item);
      if (item.item) collect(item.item);
    });
  collect(questionnaire.item);
  const walk = (items: QuestionnaireResponse["item"]) => {
    for (const item of items) {
      const definition = options.get(item.linkId);
      if (!definition) problems.push(`unknown linkId ${item.linkId}`);
      if (item.answer && item.item) problems.push(`qrs-1 ${item.linkId}`);
      for (const answer of item.answer ?? []) {
        if (Object.keys(answer).length !== 1) problems.push(`${item.linkId}: one value[x] per answer`);
        if (answer.valueCoding && definition?.answerOption) {
          const ok = definition.answerOption.some(
            (option) =>
              option.valueCoding.code === answer.valueCoding?.code &&
              option.valueCoding.system === answer.valueCoding?.system,
          );
          if (!ok) problems.push(`${item.linkId}: coding is not one of the options`);
        }
      }
      if (item.item) walk(item.item);
    }
  };
  walk(response.item);
  return problems;
}

describe.each(instruments.map((definition) => [definition.id, definition] as const))(
  "FHIR export of %s",
  (_id, definition: InstrumentDefinition) => {
    const questionnaire = toQuestionnaire(definition, origin);

    it("is an R4 Questionnaire with a group per domain", () => {
      expect(checkQuestionnaire(questionnaire)).toEqual([]);
      expect(questionnaire.item.map((group) => [group.linkId, group.type])).toEqual(
        definition.domains.map((domain) => [domain.id, "group"]),
      );
      expect(questionnaire).toMatchObject({
        id: definition.id,
        version: definition.version,
        status: "active",
      });
      expect(questionnaire.description).toContain("gevalideerde");
    });

    it("gives every scored choice its weights through itemWeight", () => {
      const choices = questionnaire.item
        .flatMap((group) => group.item ?? [])
        .filter((item) => item.type === "choice");
      expect(choices.length).toBeGreaterThan(0);
      for (const item of choices)
        for (const option of item.answerOption ?? []) expect(option.extension?.[0]?.url).toBe(itemWeightUrl);
    });

    it("turns answers into a QuestionnaireResponse that fits the Questionnaire", () => {
      const answers = Object.fromEntries(
        definition.domains.flatMap((domain) =>
          domain.items.map((item) => {
            switch (item.type) {
              case "signal":
                return [item.id, "yes"];
              case "flag":
                return [item.id, "red"];
              case "multiple":
                return [item.id, [item.options[0]!.code]];
              case "ordinal":
              case "single":
                return [item.id, item.options[1]!.code];
              case "number":
                return [item.id, 2];
              case "date":
                return [item.id, "2026-01-15"];
              default:
                return [item.id, "notitie"];
            }
          }),
        ),
      );
      const response = toQuestionnaireResponse(definition, answers, origin);
      expect(checkResponse(response, questionnaire)).toEqual([]);
      expect(response.item.flatMap((group) => group.item ?? []).length).toBe(Object.keys(answers).length);
    });
  },
);

describe("FHIR details", () => {
  const sexual = findInstrument("signalen-seksuele-uitbuiting")!;
  const questionnaire = toQuestionnaire(sexual, origin);
  const item = (id: string) =>
    questionnaire.item.flatMap((group) => group.item ?? []).find((candidate) => candidate.linkId === id)!;

  it("codes yes/no with HL7 v2-0136 and unknown as asked-unknown, with the weight on yes", () => {
    expect(item("nieuwe-oudere-vriend").answerOption).toEqual([
      expect.objectContaining({
        valueCoding: expect.objectContaining({ code: "Y" }),
        extension: [{ url: itemWeightUrl, valueDecimal: 2 }],
      }),
      expect.objectContaining({ valueCoding: expect.objectContaining({ code: "N" }) }),
      expect.objectContaining({ valueCoding: expect.objectContaining({ code: "asked-unknown" }) }),
    ]);
  });

  it("exports enableWhen as an answerCoding condition on the earlier item", () => {
    expect(item("terug-met-spullen").enableWhen).toEqual([
      { question: "weggelopen", operator: "=", answerCoding: expect.objectContaining({ code: "Y" }) },
    ]);
  });

  it("leaves out answers to items that do not apply", () => {
    const response = toQuestionnaireResponse(
      sexual,
      { weggelopen: "no", "terug-met-spullen": "yes" },
      origin,
    );
    expect(response.item.flatMap((group) => group.item ?? []).map((answer) => answer.linkId)).toEqual([
      "weggelopen",
    ]);
  });
});

describe("canonical URL", () => {
  it("is the public address with the instrument path, whatever trailing slashes it had", () => {
    expect(questionnaireUrl("https://zicht.example", "vlaggen")).toBe(
      "https://zicht.example/api/instruments/vlaggen/fhir",
    );
    expect(questionnaireUrl("https://zicht.example//", "vlaggen")).toBe(
      "https://zicht.example/api/instruments/vlaggen/fhir",
    );
  });
});

/** R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html): the parts we send. */
const issueSeverities = new Set(["fatal", "error", "warning", "information"]);
const issueTypes = new Set([
  "invalid",
  "structure",
  "required",
  "value",
  "invariant",
  "security",
  "login",
  "unknown",
  "expired",
  "forbidden",
  "suppressed",
  "processing",
  "not-supported",
  "duplicate",
  "multiple-matches",
  "not-found",
  "deleted",
  "too-long",
  "code-invalid",
  "extension",
  "too-costly",
  "business-rule",
  "conflict",
  "transient",
  "lock-error",
  "no-store",
  "exception",
  "timeout",
  "incomplete",
  "throttled",
  "informational",
]);

describe("OperationOutcome", () => {
  it("has at least one issue, each with an R4 severity and IssueType code, and no empty expression", () => {
    const outcome = operationOutcome([
      { code: "not-found", diagnostics: "Dit instrument bestaat niet: x." },
      { code: "invalid", diagnostics: "Fout.", expression: "answers.x" },
    ]);
    expect(outcome).toEqual({
      resourceType: "OperationOutcome",
      issue: [
        { severity: "error", code: "not-found", diagnostics: "Dit instrument bestaat niet: x." },
        { severity: "error", code: "invalid", diagnostics: "Fout.", expression: ["answers.x"] },
      ],
    });
    for (const issue of outcome.issue) {
      expect(issueSeverities.has(issue.severity)).toBe(true);
      expect(issueTypes.has(issue.code)).toBe(true);
    }
  });

  it.each<[string, string | undefined]>([
    ["answers.verteld", "answers.verteld"],
    ["answers.nieuwe-vriend", "answers.`nieuwe-vriend`"],
    ["answers.nieuwe-vriend.0", "answers.`nieuwe-vriend`[0]"],
    ["context.age", "context.age"],
    ["answers.a`b", "answers.`a\\`b`"],
    ["answers.3d", "answers.`3d`"],
    ["body", undefined],
    ["", undefined],
  ])("writes the field %s as the FHIRPath %s", (field, path) => {
    expect(fhirPathOf(field)).toBe(path);
  });

  it("turns request problems into issues: required, structure or invalid, with their FHIRPath", () => {
    const outcome = outcomeFromProblems(
      [
        { field: "answers.vrijwilligheid", message: "Kies een vlag." },
        { field: "answers", message: "Verkeerde vorm." },
        { field: "body", message: "Onbekend veld: antwoorden." },
        { field: "context.age", message: "Leeftijd klopt niet." },
      ],
      { required: new Set(["Kies een vlag."]), structure: new Set(["Verkeerde vorm."]) },
    );
    expect(outcome.issue).toEqual([
      {
        severity: "error",
        code: "required",
        diagnostics: "Kies een vlag.",
        expression: ["answers.vrijwilligheid"],
      },
      { severity: "error", code: "structure", diagnostics: "Verkeerde vorm.", expression: ["answers"] },
      { severity: "error", code: "structure", diagnostics: "Onbekend veld: antwoorden." },
      {
        severity: "error",
        code: "invalid",
        diagnostics: "Leeftijd klopt niet.",
        expression: ["context.age"],
      },
    ]);
  });
});
