import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import {
  ageRange,
  comenshaSummary,
  placeOf,
  referralLetter,
  veiligThuisSummary,
  yesSignalTexts,
  type CaseFacts,
  type ReportInput,
} from "./case-summaries";
import { checkReport } from "./report-form";
import { allItems } from "../screening/definition";
import { findInstrument } from "../screening/instruments";
import { allNo } from "../screening/testing";

const t = translator("nl");
const facts: CaseFacts = {
  pseudonym: "Merel",
  birthYear: 2009,
  gender: "female",
  lvb: "yes",
  municipalityCode: "GM0518",
  exploitationForms: ["seksueel", "crimineel"],
  openedOn: "2026-10-01",
};
const assessment = {
  instrumentTitle: "Signalen",
  band: "clear" as const,
  flag: null,
  assessedOn: "2026-10-02",
};
const lines = (summary: { sections: Array<{ lines: Array<{ label: string; value: string }> }> }) =>
  summary.sections.flatMap((section) => section.lines);

describe("case summaries", () => {
  it("knows the age only as one of two years, and the municipality with its province", () => {
    expect(ageRange(2009, "2026-11-29")).toEqual({ min: 16, max: 17 });
    expect(placeOf("GM0518")).toEqual({ municipality: "'s-Gravenhage", province: "Zuid-Holland" });
    expect(placeOf("GM9999")).toBeNull();
    expect(placeOf(null)).toBeNull();
  });

  it("puts assessments in the letter only when sharing with the organisation is allowed", () => {
    const input = {
      facts,
      service: { name: "Advies", organisation: "Fier" },
      question: "Kunnen jullie helpen?",
      basis: {
        kind: "consent" as const,
        givers: [
          {
            givenBy: "young_person" as const,
            giverLabel: null,
            givenOn: "2026-11-01",
            form: "spoken" as const,
          },
          {
            givenBy: "parent" as const,
            giverLabel: "moeder",
            givenOn: "2026-11-02",
            form: "written" as const,
          },
        ],
      },
      writtenOn: "2026-11-29",
    };
    const without = referralLetter({ ...input, sharedAssessments: null }, t, "nl");
    expect(without.sections.map((section) => section.heading)).toEqual([
      t("cases.letter.about"),
      t("cases.letter.question"),
    ]);
    expect(without.basis).toBe(
      "Gedeeld met toestemming van: De jongere zelf, op 1 november 2026 (mondeling); Ouder met gezag (moeder), op 2 november 2026 (schriftelijk).",
    );
    const shared = referralLetter({ ...input, sharedAssessments: [assessment] }, t, "nl");
    expect(lines(shared)).toContainEqual({
      label: "Signalen (2 oktober 2026)",
      value: t("screening.band.clear"),
    });
  });

  const report: ReportInput = {
    facts,
    assessments: [assessment],
    framework: { suspicion: "yes", unsafety: "yes" },
    consultations: [{ consulted: "koraal", consultedOn: "2026-10-05" }],
    talkedWithYoungPerson: true,
    reports: [{ kind: "veilig_thuis", reportedOn: "2026-10-06", reference: "VT-1" }],
    today: "2026-11-29",
  };

  it("gives Veilig Thuis every assessment, newest first, with score, band and the signals answered yes", () => {
    const definition = findInstrument("signalen-seksuele-uitbuiting")!;
    const items = allItems(definition);
    const answers = { ...allNo(definition), "nieuwe-oudere-vriend": "yes", "onder-druk": "yes" };
    const yes = yesSignalTexts(items, answers);
    expect(yes).toEqual(
      items
        .filter((item) => item.id === "nieuwe-oudere-vriend" || item.id === "onder-druk")
        .map((item) => item.text),
    );
    // A protective factor answered yes is not a signal of concern.
    const protective = items.find((item) => item.type === "signal" && item.weight < 0);
    if (protective) expect(yesSignalTexts(items, { [protective.id]: "yes" })).toEqual([]);
    const summary = veiligThuisSummary(
      {
        ...report,
        history: [
          { ...assessment, band: "possible", score: 4, assessedOn: "2026-10-02", yesSignals: yes },
          { ...assessment, band: "clear", score: 9, assessedOn: "2026-11-20", yesSignals: [] },
        ],
      },
      t,
      "nl",
    );
    const section = summary.sections.find((item) => item.heading === t("cases.report.assessments"))!;
    expect(section.lines).toEqual([
      {
        label: "20 november 2026, Signalen",
        value: `${t("screening.band.clear")}, score 9. ${t("cases.report.noYesSignals")}`,
      },
      {
        label: "2 oktober 2026, Signalen",
        value: `${t("screening.band.possible")}, score 4. Signalen met ja: ${yes.join("; ")}`,
      },
    ]);
  });

  it("gives Veilig Thuis the framework's consequence", () => {
    expect(lines(veiligThuisSummary(report, t, "nl"))).toContainEqual({
      label: t("cases.report.consequence"),
      value: t("cases.consequence.reportUnsafety"),
    });
    expect(lines(veiligThuisSummary(report, t, "nl"))).toContainEqual({
      label: "5 oktober 2026",
      value: t("cases.consulted.koraal"),
    });
  });

  it("gives CoMensha its fields: forms in its categories, age, minor, gender, region, and the reports made", () => {
    const summary = comenshaSummary(
      { ...report, basis: { kind: "override", decidedOn: "2026-11-02" } },
      t,
      "nl",
    );
    expect(lines(summary)).toEqual(
      expect.arrayContaining([
        { label: t("cases.comensha.form"), value: "Seksuele uitbuiting, Criminele uitbuiting" },
        { label: t("cases.facts.age"), value: "16 of 17 jaar (geboren in 2009)" },
        { label: t("cases.comensha.minor"), value: "Ja" },
        { label: t("cases.comensha.region"), value: "'s-Gravenhage (Zuid-Holland)" },
        { label: t("cases.report.kind.veilig_thuis"), value: "6 oktober 2026 (VT-1)" },
        { label: t("cases.comensha.firstSignal"), value: "1 oktober 2026" },
      ]),
    );
    expect(summary.basis).toBe(t("cases.facts.basis.override", { date: "2 november 2026" }));
    const adult = comenshaSummary(
      {
        ...report,
        facts: { ...facts, birthYear: 2008 },
        basis: { kind: "override", decidedOn: "2026-11-02" },
      },
      t,
      "nl",
    );
    expect(lines(adult)).toContainEqual({
      label: t("cases.comensha.minor"),
      value: t("cases.comensha.minorAround"),
    });
  });

  it("writes the dates in English for an English reader", () => {
    const en = translator("en");
    const summary = comenshaSummary(
      { ...report, basis: { kind: "override", decidedOn: "2026-11-02" } },
      en,
      "en",
    );
    expect(lines(summary)).toContainEqual({
      label: en("cases.comensha.firstSignal"),
      value: "1 October 2026",
    });
    expect(summary.basis).toBe(en("cases.facts.basis.override", { date: "2 November 2026" }));
  });

  it.each([
    [{ reportedOn: "2026-11-31", reference: "" }, [{ field: "reportedOn", message: "cases.error.date" }]],
    [
      { reportedOn: "2026-11-30", reference: "" },
      [{ field: "reportedOn", message: "cases.error.dateFuture" }],
    ],
    [
      { reportedOn: "2008-01-01", reference: "" },
      [{ field: "reportedOn", message: "cases.consent.error.beforeBirth" }],
    ],
    [
      { reportedOn: "2026-11-29", reference: "x".repeat(81) },
      [{ field: "reference", message: "cases.step5.error.reference" }],
    ],
    [{ reportedOn: "2026-11-29", reference: "VT-2026-1" }, []],
  ])("checks a recorded report %o", (input, problems) => {
    expect(checkReport(input, 2009, "2026-11-29")).toEqual(problems);
  });
});
