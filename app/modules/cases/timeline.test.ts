import { describe, expect, it } from "vitest";
import { sortTimeline, timelineEntries, timelineView, type TimelineRows } from "./timeline";

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));

function rows(over: Partial<TimelineRows> = {}): TimelineRows {
  return {
    caseFile: {
      createdAt: at(0),
      ownerName: "Pia",
      closeRequestedAt: null,
      closeRequestedBy: null,
      closedAt: null,
      closedBy: null,
    },
    assessments: [],
    steps: [],
    consultations: [],
    consents: [],
    overrides: [],
    referralEvents: [],
    reports: [],
    notes: [],
    shares: [],
    ...over,
  };
}

const full = rows({
  caseFile: {
    createdAt: at(0),
    ownerName: "Pia",
    closeRequestedAt: at(12),
    closeRequestedBy: "Pia",
    closedAt: at(13),
    closedBy: "Olga",
  },
  assessments: [{ id: "a1", instrumentId: "signalen-seksuele-uitbuiting", by: "Pia", at: at(1) }],
  steps: [
    { step: 1, status: "done", by: "Pia", at: at(2) },
    { step: 2, status: "open", by: null, at: null },
  ],
  consultations: [{ id: "k1", consulted: "veilig_thuis", by: "Pia", at: at(3) }],
  consents: [{ id: "c1", purpose: "referral", by: "Pia", at: at(4), withdrawnBy: "Cas", withdrawnAt: at(9) }],
  overrides: [{ id: "o1", purpose: "help", by: "Olga", at: at(5) }],
  referralEvents: [{ id: 7, referralId: "r1", service: "Fier", status: "sent", by: "Pia", at: at(6) }],
  reports: [{ id: "m1", kind: "veilig_thuis", by: "Pia", at: at(7) }],
  notes: [{ id: "n1", by: "Cas", at: at(8) }],
  shares: [{ userId: "u2", withName: "Cas", by: "Pia", at: at(10) }],
});

describe("timelineEntries", () => {
  it("maps every kind of event once, with who and a link to its page; a step never saved is left out", () => {
    const entries = timelineEntries("c", full);
    expect(entries.map((entry) => [entry.kind, entry.who, entry.href])).toEqual([
      ["opened", "Pia", "/casussen/c"],
      ["close_requested", "Pia", "/casussen/c/afsluiten"],
      ["closed", "Olga", "/casussen/c"],
      ["assessment", "Pia", "/casussen/c/beoordelingen/a1"],
      ["step", "Pia", "/casussen/c/stappen/1"],
      ["consultation", "Pia", "/casussen/c/stappen/2"],
      ["consent_given", "Pia", "/casussen/c/toestemming"],
      ["consent_withdrawn", "Cas", "/casussen/c/toestemming"],
      ["consent_override", "Olga", "/casussen/c/toestemming"],
      ["referral", "Pia", "/casussen/c/verwijzingen#referral-r1"],
      ["report", "Pia", "/casussen/c/meldingen/veilig-thuis"],
      ["note", "Cas", "/casussen/c#notities"],
      ["shared", "Pia", "/casussen/c#delen"],
    ]);
    expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
  });

  it("a note carries no text; a police report links to step 5, CoMensha to its report page", () => {
    const entries = timelineEntries(
      "c",
      rows({
        notes: [{ id: "n1", by: "Cas", at: at(1) }],
        reports: [
          { id: "p", kind: "police", by: "Pia", at: at(2) },
          { id: "m", kind: "comensha", by: "Pia", at: at(3) },
        ],
      }),
    );
    expect(Object.keys(entries.find((entry) => entry.kind === "note")!).sort()).toEqual([
      "at",
      "href",
      "key",
      "kind",
      "who",
    ]);
    expect(entries.filter((entry) => entry.kind === "report").map((entry) => entry.href)).toEqual([
      "/casussen/c/stappen/5",
      "/casussen/c/meldingen/comensha",
    ]);
  });
});

describe("sortTimeline and timelineView", () => {
  it("puts the newest first", () => {
    const sorted = sortTimeline(timelineEntries("c", full));
    expect(sorted.map((entry) => entry.kind)).toEqual([
      "closed",
      "close_requested",
      "shared",
      "consent_withdrawn",
      "note",
      "report",
      "referral",
      "consent_override",
      "consent_given",
      "consultation",
      "step",
      "assessment",
      "opened",
    ]);
  });

  it("keeps a fixed order for events at the same moment", () => {
    const same = timelineEntries(
      "c",
      rows({
        notes: [
          { id: "n1", by: "A", at: at(5) },
          { id: "n2", by: "B", at: at(5) },
        ],
      }),
    );
    expect(sortTimeline(same).map((entry) => entry.key)).toEqual(["note:n2", "note:n1", "opened"]);
    expect(sortTimeline([...same].reverse()).map((entry) => entry.key)).toEqual([
      "note:n2",
      "note:n1",
      "opened",
    ]);
  });

  it("shows the newest 20 and says how many are hidden; all of them on request", () => {
    const notes = Array.from({ length: 24 }, (_, index) => ({
      id: `n${index}`,
      by: "Pia",
      at: at(index + 1),
    }));
    const entries = timelineEntries("c", rows({ notes }));
    const cut = timelineView(entries, false);
    expect(cut.total).toBe(25);
    expect(cut.items).toHaveLength(20);
    expect(cut.hidden).toBe(5);
    expect(cut.items[0]!.key).toBe("note:n23");
    const all = timelineView(entries, true);
    expect(all.items).toHaveLength(25);
    expect(all.hidden).toBe(0);
    expect(all.items.at(-1)!.kind).toBe("opened");
    expect(timelineView(entries.slice(0, 20), false).hidden).toBe(0);
  });
});
