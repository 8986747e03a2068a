import { describe, expect, it } from "vitest";
import { evaluateAdvice, type AdviceInput, type FittingService } from "./advice-rules";
import type { Audience, Band, FlagColour } from "./definition";
import { adviceRules } from "./instruments";

const service: FittingService = {
  id: "veilig-thuis",
  name: "Veilig Thuis",
  organisation: "Veilig Thuis",
  phone: "0800-2000",
  url: "/wegwijzer/diensten/veilig-thuis",
};

function advise(
  instrument: string,
  audience: Audience,
  outcome: { band?: Band; flag?: FlagColour },
  context: AdviceInput["context"] = {},
) {
  return evaluateAdvice(adviceRules, {
    instrument,
    audience,
    ...outcome,
    context,
    fittingServices: [service],
  });
}

const phones = (advice: ReturnType<typeof advise>) =>
  advice.flatMap((item) => item.contacts.map((c) => c.phone));
const ids = (advice: ReturnType<typeof advise>) => advice.map((item) => item.id);

const cases: Array<[string, Audience, { band?: Band; flag?: FlagColour }]> = [
  ["signalen-seksuele-uitbuiting", "professional", { band: "none" }],
  ["signalen-seksuele-uitbuiting", "professional", { band: "clear" }],
  ["signalen-criminele-uitbuiting", "professional", { band: "insufficient" }],
  ["quickscan-ouders", "parent", { band: "possible" }],
  ["vlaggen", "professional", { flag: "green" }],
  ["vlaggen", "professional", { flag: "black" }],
];

describe("advice rules (content/instruments/advice-rules.json)", () => {
  it.each(cases)("%s %s %o: acute danger puts 112 first", (instrument, audience, outcome) => {
    const advice = advise(instrument, audience, outcome, { acuteDanger: true, recentSexualViolence: true });
    expect(advice[0]).toMatchObject({ id: "acuut-gevaar", urgency: "now" });
    expect(advice[0]?.contacts[0]?.phone).toBe("112");
    expect(advice[1]).toMatchObject({ id: "seksueel-geweld-recent", urgency: "now" });
    expect(advice[1]?.contacts[0]?.phone).toBe("0800-0188");
  });

  it.each(cases)("%s %s %o: without danger there is no 112", (instrument, audience, outcome) => {
    const advice = advise(instrument, audience, outcome);
    expect(phones(advice)).not.toContain("112");
    // Every band has advice; a flag always has its suggested response (added by evaluateInstrument).
    if (outcome.band) expect(advice.length).toBeGreaterThan(0);
  });

  it("clear concern for a professional: aandachtsfunctionaris today, Veilig Thuis, Koraal or police, CoMensha", () => {
    const advice = advise("signalen-seksuele-uitbuiting", "professional", { band: "clear" }, { age: 15 });
    expect(ids(advice)).toEqual([
      "duidelijk-aandachtsfunctionaris",
      "duidelijk-veilig-thuis",
      "duidelijk-overleg-seksueel",
      "duidelijk-comensha",
      "hulp-die-past",
    ]);
    expect(phones(advice)).toEqual(["0800-2000", "088-5057410", "0900-8844", "033-4481186"]);
    expect(advice.find((item) => item.id === "duidelijk-overleg-seksueel")?.text).toContain("AVIM");
    expect(advice.find((item) => item.id === "duidelijk-comensha")?.text).toContain("toestemming");
    expect(advice.find((item) => item.id === "hulp-die-past")?.services).toEqual([service]);
  });

  it("criminal exploitation: the police (AVIM), not the sexual-exploitation consultation line", () => {
    const advice = advise("signalen-criminele-uitbuiting", "professional", { band: "clear" });
    expect(ids(advice)).toContain("duidelijk-overleg-crimineel");
    expect(ids(advice)).not.toContain("duidelijk-overleg-seksueel");
  });

  it("an adult (18+) with clear concern also gets the adult route: police (AVIM), CoMensha, the municipality", () => {
    const advice = advise("signalen-criminele-uitbuiting", "professional", { band: "clear" }, { age: 19 });
    const adult = advice.find((item) => item.id === "duidelijk-volwassene");
    expect(adult).toMatchObject({ urgency: "today" });
    expect(adult?.contacts.map((c) => c.phone)).toEqual(["0900-8844", "033-4481186"]);
    expect(adult?.text).toContain("gemeente");
    // Not for a minor, and not when the age is unknown.
    expect(
      ids(advise("signalen-criminele-uitbuiting", "professional", { band: "clear" }, { age: 17 })),
    ).not.toContain("duidelijk-volwassene");
    expect(ids(advise("signalen-criminele-uitbuiting", "professional", { band: "clear" }))).not.toContain(
      "duidelijk-volwassene",
    );
  });

  it("no rule sends contact with the police (AVIM) through the safeguarding officer", () => {
    // Only the vice police's list of contact persons goes through the aandachtsfunctionaris (source page).
    for (const rule of adviceRules) {
      const sentences = rule.text.split(/(?<=[.?!])\s+/);
      sentences.forEach((sentence, index) => {
        if (!/via (je|de) aandachtsfunctionaris/i.test(sentence) || /niet via/i.test(sentence)) return;
        const context = `${sentences[index - 1] ?? ""} ${sentence}`;
        expect(context, `${rule.id}: ${sentence}`).toMatch(/zedenpolitie/i);
        expect(context, `${rule.id}: ${sentence}`).not.toMatch(/AVIM/);
      });
    }
  });

  it("possible concern: step plan, consult, re-assess within weeks, services", () => {
    const advice = advise("signalen-criminele-uitbuiting", "professional", { band: "possible" });
    expect(ids(advice)).toEqual([
      "mogelijk-stappenplan",
      "mogelijk-overleg",
      "hulp-die-past",
      "mogelijk-opnieuw",
    ]);
    expect(advice.at(-1)?.text).toContain("vier weken");
  });

  it("a parent with clear concern is told whom to call today", () => {
    const advice = advise("quickscan-ouders", "parent", { band: "clear" });
    expect(advice[0]).toMatchObject({ id: "ouder-duidelijk-bellen", urgency: "today" });
    expect(phones(advice)).toEqual(["0800-2000", "0900-8844"]);
    expect(ids(advice)).not.toContain("duidelijk-aandachtsfunctionaris");
  });

  it("services only come with the rules that ask for them", () => {
    const advice = advise("signalen-seksuele-uitbuiting", "professional", { band: "none" });
    expect(advice.every((item) => item.services.length === 0)).toBe(true);
  });

  it("a black flag: Meldcode, Veilig Thuis and the police", () => {
    const advice = advise("vlaggen", "professional", { flag: "black" });
    expect(ids(advice)).toEqual(["vlag-rood-zwart-meldcode", "vlag-zwart-politie", "vlag-hulp-die-past"]);
  });
});
