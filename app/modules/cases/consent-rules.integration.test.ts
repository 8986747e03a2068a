import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import type { ConsentRole } from "./consent-rules";
import { consentGate, recordConsent, withdrawConsent, listConsents } from "./consents.server";
import { caseTestConfig, makeOrganisations, openCase } from "./testing";
import { consentPurposes, type ConsentPurpose } from "./tables";
import type { CaseActor } from "./visibility";

/**
 * The consent rules per purpose and age band, through the database: cases of
 * young people of 11, 12, 15, 16, 17, 18 and 19 (the age they reach in
 * 2026), consents of the young person, a parent, or both, and the gate's
 * answer on 2026-12-03. The case knows only the birth year, so someone who
 * reaches 12 or 16 this year may still be 11 or 15: then both are asked.
 */
const config = caseTestConfig();
const on = "2026-12-03";
const t0 = new Date(`${on}T10:00:00Z`);
const ages = [11, 12, 15, 16, 17, 18, 19] as const;

/** Who the gate asks for, per purpose and the age reached this year. */
function expectedRoles(purpose: ConsentPurpose, age: number): ConsentRole[] {
  const boundary = age === 12 || age === 16; // maybe 11 or 15 still
  if (purpose === "comensha_registration") {
    if (age === 16) return ["young_person", "parent"];
    return age < 16 ? ["parent"] : ["young_person"];
  }
  if (boundary) return ["young_person", "parent"];
  if (age < 12) return ["parent"];
  if (age < 16) return ["young_person", "parent"];
  return ["young_person"];
}

const scenarios = {
  "only the young person": ["young_person"],
  "only a parent": ["parent"],
  "the young person and a parent": ["young_person", "parent"],
} as const satisfies Record<string, readonly ConsentRole[]>;

describe(`consent by age, per purpose, on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  const caseOf = new Map<number, string>();

  beforeAll(async () => {
    const db = database.db;
    ({ pro } = await makeOrganisations(db, { pro: ["org-a", "professional", "Pia"] }));
    for (const age of ages) {
      const id = await openCase(db, config, pro, { pseudonym: `Leeftijd-${age}`, birthYear: 2026 - age }, t0);
      caseOf.set(age, id);
      // Per purpose and scenario a consent for its own organisation, so the scenarios do not mix.
      for (const purpose of consentPurposes)
        for (const [scenario, roles] of Object.entries(scenarios))
          for (const role of roles)
            await recordConsent(
              db,
              config,
              pro,
              id,
              {
                purpose,
                target: scenario,
                givenBy: role,
                giverLabel: role === "parent" ? "moeder" : null,
                givenOn: "2026-11-01",
                form: "written",
              },
              t0,
            );
    }
  });

  const table = ages.flatMap((age) =>
    consentPurposes.flatMap((purpose) =>
      Object.keys(scenarios).map((scenario) => [age, purpose, scenario] as const),
    ),
  );
  it.each(table)("aged %i this year, %s, %s", async (age, purpose, scenario) => {
    const given = scenarios[scenario as keyof typeof scenarios] as readonly ConsentRole[];
    const needed = expectedRoles(purpose, age);
    const decision = await consentGate(database.db, pro, caseOf.get(age)!, purpose, scenario, on);
    expect(decision.allowed).toBe(needed.every((role) => given.includes(role)));
    if (!decision.allowed) expect(decision.missing).toEqual(needed.filter((role) => !given.includes(role)));
  });

  it("wants CoMensha consent in writing", async () => {
    const db = database.db;
    const id = await openCase(db, config, pro, { pseudonym: "Mondeling-17", birthYear: 2009 }, t0);
    await recordConsent(
      db,
      config,
      pro,
      id,
      {
        purpose: "comensha_registration",
        target: null,
        givenBy: "young_person",
        givenOn: "2026-11-01",
        form: "spoken",
      },
      t0,
    );
    expect(await consentGate(db, pro, id, "comensha_registration", "CoMensha", on)).toMatchObject({
      allowed: false,
      missing: ["young_person"],
    });
  });

  it("stops when one of the two parents withdraws (aged 14)", async () => {
    const db = database.db;
    const id = await openCase(db, config, pro, { pseudonym: "Twee-ouders-14", birthYear: 2012 }, t0);
    for (const [givenBy, giverLabel] of [
      ["young_person", null],
      ["parent", "moeder"],
      ["parent", "vader"],
    ] as const)
      await recordConsent(
        db,
        config,
        pro,
        id,
        { purpose: "referral", target: null, givenBy, giverLabel, givenOn: "2026-11-01", form: "spoken" },
        t0,
      );
    expect((await consentGate(db, pro, id, "referral", "Fier", on)).allowed).toBe(true);
    const father = (await listConsents(db, pro, id)).find((consent) => consent.giverLabel === "vader")!;
    expect(await withdrawConsent(db, config, pro, id, father.id, "2026-11-20", t0)).toBe(true);
    expect(await consentGate(db, pro, id, "referral", "Fier", on)).toMatchObject({
      allowed: false,
      reason: "withdrawn",
    });
  });
});
