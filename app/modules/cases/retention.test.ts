import { describe, expect, it } from "vitest";
import { ageBandAt, isRetentionDue, msUntilNextRun, retentionCutoff, statisticsRow } from "./retention";

const at = (iso: string) => new Date(iso);

describe("retention", () => {
  const now = at("2031-11-29T03:00:00Z");

  it.each([
    ["closed exactly five years ago", "closed", "2026-11-29T03:00:00Z", true],
    ["closed a minute less than five years ago", "closed", "2026-11-29T03:01:00Z", false],
    ["closed long ago", "closed", "2020-01-01T00:00:00Z", true],
    ["closed yesterday", "closed", "2031-11-28T03:00:00Z", false],
  ] as const)("%s → due %s", (_label, status, closedAt, due) => {
    expect(isRetentionDue(status, at(closedAt), 5, now)).toBe(due);
  });

  it("never finds an open or closing case due, whatever its dates", () => {
    expect(isRetentionDue("open", null, 5, now)).toBe(false);
    expect(isRetentionDue("closing", at("2001-01-01T00:00:00Z"), 5, now)).toBe(false);
  });

  it("counts calendar years (29 February becomes 1 March)", () => {
    expect(retentionCutoff(at("2030-03-01T12:00:00Z"), 2).toISOString()).toBe("2028-03-01T12:00:00.000Z");
    expect(retentionCutoff(at("2032-02-29T12:00:00Z"), 1).toISOString()).toBe("2031-03-01T12:00:00.000Z");
  });

  it.each([
    [null, 2030, "unknown"],
    [2020, 2030, "under_12"],
    [2017, 2030, "12_15"],
    [2013, 2030, "16_17"],
    [2012, 2030, "16_17"],
    [2011, 2030, "18_23"],
    [2000, 2030, "24_plus"],
  ] as const)("birth year %s, closed %s → age band %s", (birthYear, year, band) => {
    expect(ageBandAt(birthYear, year)).toBe(band);
  });

  it("keeps no id, pseudonym, municipality or exact date in the statistics row", () => {
    const row = statisticsRow({
      birthYear: 2011,
      gender: "female",
      lvb: "yes",
      provinceCode: "PV28",
      exploitationForms: ["seksueel", "crimineel"],
      outcome: "reported",
      closedAt: at("2026-06-15T10:00:00Z"),
      referred: true,
      reportKinds: ["veilig_thuis", "comensha", "veilig_thuis"],
    });
    expect(row).toEqual({
      closed_year: 2026,
      age_band: "12_15",
      gender: "female",
      lvb: "yes",
      province_code: "PV28",
      exploitation_forms: ["crimineel", "seksueel"],
      outcome: "reported",
      referred: true,
      report_kinds: ["comensha", "veilig_thuis"],
    });
  });

  it("plans the daily run at the next 03:00 UTC", () => {
    expect(msUntilNextRun(at("2026-11-29T02:00:00Z"), 3)).toBe(3_600_000);
    expect(msUntilNextRun(at("2026-11-29T03:00:00Z"), 3)).toBe(24 * 3_600_000);
    expect(msUntilNextRun(at("2026-11-29T04:00:00Z"), 3)).toBe(23 * 3_600_000);
  });
});
