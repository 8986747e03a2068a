import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { translator } from "../../i18n";
import { findInstrument } from "../screening/instruments";
import { scoreInstrumentRequest } from "../screening/score.server";
import { allNo } from "../screening/testing";
import { addAssessment, getAssessment, listAssessments } from "./assessments.server";
import { findCase, listDueTasks } from "./cases.server";
import { caseSettings, closeCase, setCloseRequiresApproval } from "./closing.server";
import {
  consentGate,
  listConsents,
  overrideConsent,
  recordConsent,
  withdrawConsent,
} from "./consents.server";
import { addConsultation, listSteps, saveStep, StepConflictError } from "./steps.server";
import { caseTestConfig, countRows, makeOrganisations, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const t = translator("nl");
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe(`case work (assessments, steps, consent, closing) on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let other: CaseActor;
  let officer: CaseActor;
  let outsider: CaseActor;
  let caseId = "";

  beforeAll(async () => {
    const db = database.db;
    ({ pro, other, officer, outsider } = await makeOrganisations(db, {
      pro: ["org-a", "professional", "Pia"],
      other: ["org-a", "professional", "Cas"],
      officer: ["org-a", "safeguarding_officer", "Olga"],
      outsider: ["org-b", "safeguarding_officer", "Bea"],
    }));
    caseId = await openCase(db, config, pro, {}, t0);
  });

  it("stores an instrument filled in inside the case with version, band and score, and plans a re-assessment", async () => {
    const db = database.db;
    const definition = findInstrument("signalen-seksuele-uitbuiting")!;
    const answers = {
      ...allNo(definition),
      "nieuwe-oudere-vriend": "yes",
      "onder-druk": "yes",
      notitie: "Vriend van 24 haalt haar op",
    };
    const scored = await scoreInstrumentRequest(db, definition, { answers, context: {} }, t);
    expect(scored.ok).toBe(true);
    if (!scored.ok) return;
    expect(await addAssessment(db, config, outsider, caseId, { definition, ...scored }, t0)).toBeUndefined();
    expect(await addAssessment(db, config, other, caseId, { definition, ...scored }, t0)).toBeUndefined();
    const id = await addAssessment(db, config, pro, caseId, { definition, ...scored }, t0);
    const history = await listAssessments(db, pro, caseId);
    expect(history).toMatchObject([
      { id, instrumentId: definition.id, instrumentVersion: definition.version, band: "possible", score: 4 },
    ]);
    // The answers come back as stored (the case page looks for red flags in them), without the free text.
    expect(history[0]!.answers).toMatchObject({ "nieuwe-oudere-vriend": "yes", "onder-druk": "yes" });
    expect(history[0]!.answers).not.toHaveProperty("notitie");
    // The free text is a note, encrypted; the answers hold no text.
    const row = await db
      .selectFrom("case_assessment")
      .select(sql<string>`answers::text`.as("answers"))
      .executeTakeFirstOrThrow();
    expect(row.answers).not.toContain("Vriend van 24");
    expect((await getAssessment(db, config, pro, caseId, id!))?.freeText).toEqual([
      "notitie: Vriend van 24 haalt haar op",
    ]);
    // possible concern → re-assess in six weeks, on the owner's dashboard.
    expect((await listDueTasks(db, pro, { page: 1, pageSize: 10 })).items).toMatchObject([
      { caseId, kind: "reassess", instrumentId: definition.id, dueOn: "2027-01-10" },
    ]);
    expect(await listAssessments(db, outsider, caseId)).toEqual([]);
  });

  it("saves a step over its own version and refuses a save over a newer one (409), overwriting nothing", async () => {
    const db = database.db;
    const before = await countRows(db, "case_note");
    await saveStep(
      db,
      config,
      pro,
      caseId,
      4,
      { status: "open", data: { suspicion: "yes" }, note: "eerste", version: 0 },
      t0,
    );
    await expect(
      saveStep(
        db,
        config,
        officer,
        caseId,
        4,
        { status: "done", data: { suspicion: "no" }, note: "tweede", version: 0 },
        later(1),
      ),
    ).rejects.toBeInstanceOf(StepConflictError);
    const step4 = (await listSteps(db, config, pro, caseId))?.find((step) => step.step === 4);
    expect(step4).toMatchObject({
      status: "open",
      data: { suspicion: "yes" },
      version: 1,
      notes: [{ text: "eerste" }],
    });
    expect(await countRows(db, "case_note")).toBe(before + 1);
  });

  it("refuses step saves and consultations from outside the case", async () => {
    const db = database.db;
    expect(
      await saveStep(
        db,
        config,
        outsider,
        caseId,
        1,
        { status: "done", data: {}, note: "x", version: 0 },
        t0,
      ),
    ).toBe(false);
    expect(
      await saveStep(db, config, other, caseId, 1, { status: "done", data: {}, note: "x", version: 0 }, t0),
    ).toBe(false);
    expect(
      await addConsultation(
        db,
        config,
        outsider,
        caseId,
        { consulted: "koraal", consultedOn: "2026-11-20", advice: "x" },
        t0,
      ),
    ).toBe(false);
    expect(
      await addConsultation(
        db,
        config,
        pro,
        caseId,
        { consulted: "veilig_thuis", consultedOn: "2026-11-20", advice: "Melden" },
        t0,
      ),
    ).toBe(true);
    const step1 = (await listSteps(db, config, pro, caseId))?.find((step) => step.step === 1);
    expect(step1).toMatchObject({ status: "open", version: 0 });
  });

  it("records a report decided in step 5 with date and reference", async () => {
    const db = database.db;
    await saveStep(
      db,
      config,
      pro,
      caseId,
      5,
      {
        status: "done",
        data: {
          help: true,
          report: true,
          reportKind: "veilig_thuis",
          reportedOn: "2026-11-28",
          reference: "VT-77",
        },
        note: "",
        version: 0,
      },
      t0,
    );
    const reports = await db
      .selectFrom("case_report")
      .select(["kind", sql<string>`reported_on::text`.as("on"), "reference"])
      .execute();
    expect(reports).toEqual([{ kind: "veilig_thuis", on: "2026-11-28", reference: "VT-77" }]);
  });

  it("gates on unwithdrawn consent and lets only a safeguarding officer override, with a reason", async () => {
    const db = database.db;
    expect(await consentGate(db, pro, caseId, "referral", "Fier", "2026-11-29")).toMatchObject({
      allowed: false,
      reason: "none",
    });
    // The case's young person (born 2011) is 14 or 15: a parent's consent alone is not enough.
    const record = (givenBy: "parent" | "young_person") =>
      recordConsent(
        db,
        config,
        pro,
        caseId,
        {
          purpose: "referral",
          target: "Fier",
          givenBy,
          giverLabel: givenBy === "parent" ? "moeder" : null,
          givenOn: "2026-11-01",
          form: "written",
        },
        t0,
      );
    await record("parent");
    expect(await consentGate(db, pro, caseId, "referral", "fier", "2026-11-29")).toMatchObject({
      allowed: false,
      reason: "incomplete",
      missing: ["young_person"],
    });
    await record("young_person");
    expect(await consentGate(db, pro, caseId, "referral", "fier", "2026-11-29")).toMatchObject({
      allowed: true,
    });
    const [consent] = await listConsents(db, pro, caseId);
    expect(await withdrawConsent(db, config, outsider, caseId, consent!.id, "2026-11-20", t0)).toBe(false);
    expect(await withdrawConsent(db, config, pro, caseId, consent!.id, "2026-11-20", t0)).toBe(true);
    expect(await withdrawConsent(db, config, pro, caseId, consent!.id, "2026-11-21", t0)).toBe(false);
    // One of the two withdraws: the consent no longer holds.
    expect(await consentGate(db, pro, caseId, "referral", "Fier", "2026-11-29")).toMatchObject({
      allowed: false,
      reason: "withdrawn",
    });
    expect(
      await overrideConsent(
        db,
        config,
        pro,
        caseId,
        { purpose: "referral", target: "Fier", reason: "Acuut gevaar" },
        t0,
      ),
    ).toBeUndefined();
    expect(
      await overrideConsent(
        db,
        config,
        officer,
        caseId,
        { purpose: "referral", target: "Fier", reason: " " },
        t0,
      ),
    ).toBeUndefined();
    expect(
      await overrideConsent(
        db,
        config,
        outsider,
        caseId,
        { purpose: "referral", target: "Fier", reason: "x" },
        t0,
      ),
    ).toBeUndefined();
    const id = await overrideConsent(
      db,
      config,
      officer,
      caseId,
      { purpose: "referral", target: "Fier", reason: "Acuut gevaar" },
      t0,
    );
    expect(await consentGate(db, pro, caseId, "referral", "Fier", "2026-11-29")).toEqual({
      allowed: true,
      overrideId: id,
    });
    const audit = await db
      .selectFrom("audit_log")
      .select(["actor_user_id", "target_id"])
      .where("action", "=", "case.consent_overridden")
      .execute();
    expect(audit).toEqual([{ actor_user_id: officer.userId, target_id: caseId }]);
  });

  it("closes after approval by the safeguarding officer when the organisation requires it", async () => {
    const db = database.db;
    await setCloseRequiresApproval(db, "org-a", true);
    expect(await caseSettings(db, "org-a")).toEqual({
      closeRequiresApproval: true,
      closeRequiresComplete: false,
      retentionYears: 5,
    });
    expect(
      await closeCase(db, config, outsider, caseId, { outcome: "reported", note: "", confirmed: true }, t0),
    ).toBeUndefined();
    expect(
      await closeCase(
        db,
        config,
        pro,
        caseId,
        { outcome: "reported", note: "Melding gedaan", confirmed: true },
        t0,
      ),
    ).toBe("awaiting_approval");
    expect((await findCase(db, pro, caseId))?.status).toBe("closing");
    expect(
      (await listDueTasks(db, officer, { page: 1, pageSize: 10 })).items.map((task) => task.kind),
    ).toEqual(["approve_closing"]);
    expect(
      await closeCase(db, config, pro, caseId, { outcome: "reported", note: "", confirmed: true }, t0),
    ).toBe("not_allowed");
    expect(
      await closeCase(db, config, officer, caseId, { outcome: "other", note: "", confirmed: true }, later(5)),
    ).toBe("closed");
    expect(await findCase(db, pro, caseId)).toMatchObject({ status: "closed", outcome: "reported" });
    expect((await listDueTasks(db, officer, { page: 1, pageSize: 10 })).total).toBe(0);
    // A closed case takes no more work.
    expect(
      await saveStep(db, config, pro, caseId, 1, { status: "done", data: {}, note: "x", version: 0 }, t0),
    ).toBe(false);
    expect(
      await recordConsent(
        db,
        config,
        pro,
        caseId,
        {
          purpose: "anonymous_statistics",
          target: null,
          givenBy: "parent",
          givenOn: "2026-11-01",
          form: "spoken",
        },
        t0,
      ),
    ).toBe(false);
  });
});
