import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { assessmentExportLines, exportSummary, stepExportLines, type CaseExport } from "./export-document";

const t = translator("nl");

const assessment: CaseExport["assessments"][number] = {
  id: "a1",
  instrumentId: "signalen-seksuele-uitbuiting",
  instrumentVersion: "1.0.0",
  band: "possible",
  flag: null,
  score: 4,
  answers: { "nieuwe-oudere-vriend": "yes", toezicht: "soms" },
  assessedAt: "2026-11-20T10:00:00.000Z",
  assessedBy: "Pia",
};
const step = (
  number: number,
  data: Record<string, unknown>,
  status = "done",
): CaseExport["steps"][number] => ({
  step: number,
  status,
  data,
  updatedAt: "2026-11-21T09:00:00.000Z",
  updatedBy: "Pia",
});
const pairs = (lines: Array<{ label: string; value: string }>) =>
  lines.map((item) => [item.label, item.value]);

describe("stepExportLines", () => {
  it("step 1: title, status, who and when, and each linked assessment in words", () => {
    expect(pairs(stepExportLines(step(1, { assessmentIds: ["a1", "gone"] }), [assessment], t, "nl"))).toEqual(
      [
        ["Stap 1: Signalen in kaart brengen", "Klaar (Pia, 21 november 2026)"],
        ["Gekoppelde signalering", "Signalenlijst seksuele uitbuiting (20 november 2026): Mogelijke zorg"],
        ["Gekoppelde signalering", "gone"],
      ],
    );
  });

  it("step 3: with whom and on which day the talk was", () => {
    expect(
      pairs(
        stepExportLines(
          step(3, { talkedWith: ["young_person", "parents"], talkedOn: "2026-11-22" }),
          [],
          t,
          "nl",
        ),
      ),
    ).toEqual([
      ["Stap 3: Gesprek met de jongere", "Klaar (Pia, 21 november 2026)"],
      ["Met wie heb je gesproken?", "Met de jongere, Met de ouders of verzorgers"],
      ["Datum van het gesprek", "22 november 2026"],
    ]);
  });

  it("step 4: the five questions with their answers and the consequence the law gives", () => {
    const lines = pairs(stepExportLines(step(4, { suspicion: "yes", unsafety: "yes" }), [], t, "nl"));
    expect(lines).toEqual([
      ["Stap 4: Wegen met het afwegingskader", "Klaar (Pia, 21 november 2026)"],
      [t("cases.framework.suspicion"), "Ja"],
      [t("cases.framework.unsafety"), "Ja"],
      [t("cases.framework.canHelp"), "Nog niet beantwoord"],
      [t("cases.framework.accepted"), "Nog niet beantwoord"],
      [t("cases.framework.inTime"), "Nog niet beantwoord"],
      ["Wat volgt hieruit", t("cases.consequence.reportUnsafety")],
    ]);
  });

  it("step 5: the decision, where and when it was reported and the reference", () => {
    const data = {
      help: true,
      report: true,
      reportKind: "veilig_thuis",
      reportedOn: "2026-11-23",
      reference: "VT-81",
    };
    expect(pairs(stepExportLines(step(5, data), [], t, "nl"))).toEqual([
      ["Stap 5: Beslissen: hulp en/of melden", "Klaar (Pia, 21 november 2026)"],
      ["Wat besluit je?", "Ik organiseer hulp, Ik heb gemeld"],
      ["Waar heb je gemeld?", "Veilig Thuis"],
      ["Datum van de melding", "23 november 2026"],
      ["Kenmerk van de melding", "VT-81"],
    ]);
  });

  it("an unsaved step is only its title and status; an unknown key is shown as stored", () => {
    const open = { ...step(2, {}, "open"), updatedAt: null, updatedBy: null };
    expect(pairs(stepExportLines(open, [], t, "nl"))).toEqual([["Stap 2: Overleggen", "Nog te doen"]]);
    expect(pairs(stepExportLines(step(2, { extra: { a: 1 } }), [], t, "nl")).at(-1)).toEqual([
      "extra",
      '{"a":1}',
    ]);
  });
});

describe("assessmentExportLines", () => {
  it("names the instrument, version, date, outcome and score, then every answer in words", () => {
    expect(pairs(assessmentExportLines([assessment], t, "nl"))).toEqual([
      ["Signalenlijst seksuele uitbuiting, versie 1.0.0 (20 november 2026, Pia)", "Mogelijke zorg (Score 4)"],
      [expect.stringContaining("nieuwe, oudere vriend"), "Ja"],
      ["Hoe goed weten ouders of begeleiders waar de jongere is en met wie?", "Soms niet"],
    ]);
  });

  it("names a flag the professional chose instead of the proposed one", () => {
    const flagged = {
      ...assessment,
      instrumentId: "vlaggen",
      band: null,
      flag: "red",
      score: null,
      answers: { toestemming: "yellow", "override.flag": "red" },
    };
    expect(pairs(assessmentExportLines([flagged], t, "nl"))).toEqual([
      [
        "Seksueel gedrag beoordelen met vlaggen, versie 1.0.0 (20 november 2026, Pia)",
        t("screening.flag.red"),
      ],
      [expect.stringContaining("Toestemming"), t("screening.flag.yellow")],
      ["Kies je zelf een andere vlag?", t("screening.flag.red")],
    ]);
  });

  it("shows the stored answers as they are when the instrument version has changed", () => {
    expect(
      pairs(assessmentExportLines([{ ...assessment, instrumentVersion: "0.9.0" }], t, "nl")).slice(1),
    ).toEqual([
      ["nieuwe-oudere-vriend", "yes"],
      ["toezicht", "soms"],
    ]);
  });
});

describe("exportSummary", () => {
  it("has no raw JSON in the step plan section of the PDF", () => {
    const summary = exportSummary(
      {
        exportedAt: "2026-11-29T08:00:00.000Z",
        case: {
          id: "c1",
          pseudonym: "Vos-12",
          birthYear: 2011,
          gender: "female",
          lvb: "yes",
          municipalityCode: "GM0518",
          exploitationForms: [],
          status: "open",
          outcome: null,
          owner: "Pia",
          createdAt: "2026-11-01T08:00:00.000Z",
          closedAt: null,
        },
        sharedWith: [],
        assessments: [assessment],
        steps: [step(1, { assessmentIds: ["a1"] }), step(4, { suspicion: "no" })],
        consultations: [],
        consents: [],
        overrides: [],
        tasks: [],
        referrals: [],
        reports: [],
        notes: [],
      },
      t,
      "nl",
    );
    const steps = summary.sections.find((section) => section.heading === "Stappenplan")!;
    expect(steps.lines.map((item) => item.value).join(" ")).not.toMatch(/[{}[\]]/);
    expect(pairs(steps.lines)).toContainEqual(["Wat volgt hieruit", t("cases.consequence.close")]);
  });
});
