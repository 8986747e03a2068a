import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { findInstrument } from "../screening/instruments";
import { answeredItems, freeTextNote, storedScoreBody } from "./assessment-answers";

const t = translator("nl");
const sexual = findInstrument("signalen-seksuele-uitbuiting")!;
const criminal = findInstrument("signalen-criminele-uitbuiting")!;
const flags = findInstrument("vlaggen")!;

describe("storedScoreBody", () => {
  it("puts a free-text answer from the note back, also when it runs over more lines", () => {
    const note = freeTextNote([["notitie", "Vriend van 24\nhaalt haar op na school"]]);
    expect(storedScoreBody(sexual, { "onder-druk": "yes" }, [note])).toEqual({
      answers: { "onder-druk": "yes", notitie: "Vriend van 24\nhaalt haar op na school" },
    });
  });

  it("restores a chosen flag with its reason, and keeps the flag out of the answers", () => {
    const note = freeTextNote([], "Ze vertelde meer dan\nde vragen vragen");
    expect(storedScoreBody(flags, { toestemming: "red", "override.flag": "black" }, [note])).toEqual({
      answers: { toestemming: "red" },
      override: { flag: "black", reason: "Ze vertelde meer dan\nde vragen vragen" },
    });
  });

  it("reads a line that names no text item of the instrument as part of the text before it", () => {
    const note = freeTextNote([["notitie", "eerste regel"]]) + "\nonder-druk: geen vraag-id, gewoon tekst";
    expect(storedScoreBody(sexual, {}, [note]).answers).toEqual({
      notitie: "eerste regel\nonder-druk: geen vraag-id, gewoon tekst",
    });
  });

  it("gives only the stored answers when there is no note", () => {
    expect(storedScoreBody(sexual, { verzuim: "no" }, [])).toEqual({ answers: { verzuim: "no" } });
  });
});

describe("answeredItems", () => {
  it("says every answered item in words, per domain in the instrument's order, and skips the unanswered", () => {
    const domains = answeredItems(
      criminal,
      {
        gevonden: ["veel-contant-geld", "wapen"],
        "aantal-telefoons": 3,
        notitie: "Twee telefoons in zijn tas",
      },
      t,
    );
    const answers = domains.flatMap((domain) => domain.answers.map((item) => [item.id, item.answer]));
    expect(answers).toEqual([
      ["gevonden", "Veel contant geld, Een wapen"],
      ["aantal-telefoons", "3"],
      ["notitie", "Twee telefoons in zijn tas"],
    ]);
    expect(domains.every((domain) => domain.title !== "" && domain.answers.length > 0)).toBe(true);
  });

  it("names signal answers, options and flags as the form does", () => {
    const signal = answeredItems(sexual, { "nieuwe-oudere-vriend": "unknown", toezicht: "soms" }, t).flatMap(
      (domain) => domain.answers,
    );
    expect(signal.map((item) => item.answer)).toEqual(["Weet ik niet", "Soms niet"]);
    expect(signal[0]?.question).toContain("nieuwe, oudere vriend");
    const flagged = answeredItems(flags, { toestemming: "red" }, t).flatMap((domain) => domain.answers);
    expect(flagged.map((item) => item.answer)).toEqual([t("screening.flag.red")]);
  });

  it("leaves out empty answers and gives nothing for an empty assessment", () => {
    expect(answeredItems(criminal, { notitie: "", gevonden: [] }, t)).toEqual([]);
  });
});
