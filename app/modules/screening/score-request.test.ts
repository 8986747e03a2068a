import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { findInstrument } from "./instruments";
import { formToRequestBody } from "./form-fields";
import { parseScoreRequest } from "./score-request";

const t = translator("nl");
const sexual = findInstrument("signalen-seksuele-uitbuiting")!;
const criminal = findInstrument("signalen-criminele-uitbuiting")!;
const flags = findInstrument("vlaggen")!;
const allGreen = Object.fromEntries(flags.domains[0]!.items.map((item) => [item.id, "green"]));

const fields = (result: ReturnType<typeof parseScoreRequest>) =>
  result.ok ? [] : result.details.map((detail) => detail.field);

describe("parseScoreRequest", () => {
  it("accepts every kind of answer and the situation", () => {
    const result = parseScoreRequest(
      criminal,
      {
        answers: {
          "drugs-gevonden": "yes",
          oproepbaar: "unknown",
          "nachten-weg": "vaker",
          gevonden: ["wapen"],
          "aantal-telefoons": 3,
          notitie: "Vaak weg na school.",
        },
        context: { age: 15, gender: "male", municipality: " Rotterdam ", acuteDanger: false },
      },
      t,
    );
    expect(result).toEqual({
      ok: true,
      request: {
        answers: {
          "drugs-gevonden": "yes",
          oproepbaar: "unknown",
          "nachten-weg": "vaker",
          gevonden: ["wapen"],
          "aantal-telefoons": 3,
          notitie: "Vaak weg na school.",
        },
        context: { age: 15, gender: "male", municipality: "Rotterdam", acuteDanger: false },
      },
    });
  });

  it.each<[string, unknown, string[]]>([
    ["an unknown item id", { answers: { "bestaat-niet": "yes" } }, ["answers.bestaat-niet"]],
    [
      "a signal answered with a number",
      { answers: { "nieuwe-oudere-vriend": 1 } },
      ["answers.nieuwe-oudere-vriend"],
    ],
    ["a signal answered 'misschien'", { answers: { cadeaus: "misschien" } }, ["answers.cadeaus"]],
    ["an option that does not exist", { answers: { toezicht: "altijd" } }, ["answers.toezicht"]],
    ["a date that does not exist", { answers: { "sinds-wanneer": "2026-02-30" } }, ["answers.sinds-wanneer"]],
    ["text that is too long", { answers: { notitie: "x".repeat(1001) } }, ["answers.notitie"]],
    ["an age that is not a whole number", { context: { age: 15.5 } }, ["context.age"]],
    ["an unknown gender", { context: { gender: "v" } }, ["context.gender"]],
    ["acute danger as text", { context: { acuteDanger: "ja" } }, ["context.acuteDanger"]],
    ["an unknown top-level field", { antwoorden: {} }, [""]],
    ["answers that are not an object", { answers: ["yes"] }, ["answers"]],
    ["an override outside the flags instrument", { override: { flag: "red", reason: "x" } }, ["override"]],
  ])("refuses %s, naming the field", (_label, body, expected) => {
    const result = parseScoreRequest(sexual, body, t);
    expect(result.ok).toBe(false);
    expect(fields(result)).toEqual(expected.map((field) => field || "body"));
    if (!result.ok) for (const detail of result.details) expect(detail.message).not.toBe("");
  });

  it("checks number ranges and multiple choices", () => {
    expect(fields(parseScoreRequest(criminal, { answers: { "aantal-telefoons": 51 } }, t))).toEqual([
      "answers.aantal-telefoons",
    ]);
    expect(fields(parseScoreRequest(criminal, { answers: { gevonden: ["wapen", "wapen"] } }, t))).toEqual([
      "answers.gevonden",
    ]);
  });

  it("vlaggen: every criterion needs a flag", () => {
    const { toestemming: _left, ...fiveGreen } = allGreen;
    expect(fields(parseScoreRequest(flags, { answers: fiveGreen }, t))).toEqual(["answers.toestemming"]);
  });

  it("vlaggen: another flag needs a reason", () => {
    expect(
      fields(parseScoreRequest(flags, { answers: allGreen, override: { flag: "red", reason: "  " } }, t)),
    ).toEqual(["override.reason"]);
    expect(
      fields(parseScoreRequest(flags, { answers: allGreen, override: { flag: "paars", reason: "x" } }, t)),
    ).toEqual(["override.flag"]);
    const ok = parseScoreRequest(
      flags,
      { answers: allGreen, override: { flag: "red", reason: " Overleg " } },
      t,
    );
    expect(ok.ok && ok.request.override).toEqual({ flag: "red", reason: "Overleg" });
  });
});

describe("formToRequestBody", () => {
  it("turns posted fields into the API shape; empty fields are unanswered", () => {
    const form = new FormData();
    form.set("q-drugs-gevonden", "yes");
    form.set("q-oproepbaar", "");
    form.append("q-gevonden", "wapen");
    form.append("q-gevonden", "veel-contant-geld");
    form.set("q-aantal-telefoons", "2");
    form.set("leeftijd", "16");
    form.set("gender", "female");
    form.set("gemeente", "Utrecht");
    form.set("acuut", "nee");
    form.set("recent", "ja");
    expect(formToRequestBody(criminal, form)).toEqual({
      answers: { "drugs-gevonden": "yes", gevonden: ["wapen", "veel-contant-geld"], "aantal-telefoons": 2 },
      context: {
        age: 16,
        gender: "female",
        municipality: "Utrecht",
        acuteDanger: false,
        recentSexualViolence: true,
      },
    });
  });

  it("keeps a bad number as text, so the check can name it", () => {
    const form = new FormData();
    form.set("q-aantal-telefoons", "veel");
    form.set("leeftijd", "vijftien");
    const result = parseScoreRequest(criminal, formToRequestBody(criminal, form), t);
    expect(fields(result)).toEqual(["answers.aantal-telefoons", "context.age"]);
  });

  it("carries a chosen flag and its reason", () => {
    const form = new FormData();
    form.set("vlag-anders", "yellow");
    form.set("vlag-reden", "Besproken");
    expect(formToRequestBody(flags, form)).toMatchObject({
      override: { flag: "yellow", reason: "Besproken" },
    });
  });
});
