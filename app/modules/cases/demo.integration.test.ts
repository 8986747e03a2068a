import { describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { listAssessments } from "./assessments.server";
import { listOpenCases } from "./cases.server";
import { createDemo, demoTenantId } from "./demo.server";
import { listSteps } from "./steps.server";
import { caseTestConfig } from "./testing";

describe(`zicht demo on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const config = caseTestConfig();

  it("refuses in production and stores nothing", async () => {
    const production = parseConfig({
      ...process.env,
      NODE_ENV: "production",
      ZICHT_SECRET_KEY: "x".repeat(40),
      ZICHT_DATA_DIR: config.dataDir,
    });
    expect(await createDemo(database.db, production)).toEqual({ ok: false, reason: "production" });
    expect(
      await database.db.selectFrom("tenant").select("id").where("id", "=", demoTenantId).execute(),
    ).toEqual([]);
  });

  it("makes the organisation, two invited people and three pseudonymised cases with an assessment and steps; a second run is refused", async () => {
    const db = database.db;
    await runSeeds(db);
    const result = await createDemo(db, config, new Date("2026-11-29T08:00:00Z"));
    if (!result.ok) throw new Error(result.reason);
    expect(result.cases).toEqual(["Demo-Vos", "Demo-Uil", "Demo-Mees"]);
    expect(result.links.professional).toMatch(/\/uitnodiging\//);
    expect(result.links.safeguardingOfficer).not.toBe(result.links.professional);
    const people = await db
      .selectFrom("user_account")
      .select(["role", "password_hash"])
      .where("tenant_id", "=", demoTenantId)
      .orderBy("role")
      .execute();
    expect(people).toEqual([
      { role: "professional", password_hash: null },
      { role: "safeguarding_officer", password_hash: null },
    ]);
    // The safeguarding officer sees all three; each has its assessment and step 1 done.
    const officer = await db
      .selectFrom("user_account")
      .select("id")
      .where("role", "=", "safeguarding_officer")
      .where("tenant_id", "=", demoTenantId)
      .executeTakeFirstOrThrow();
    const actor = { userId: officer.id, tenantId: demoTenantId, role: "safeguarding_officer" as const };
    const listed = await listOpenCases(db, config, actor, { page: 1, pageSize: 10, mine: false });
    expect(listed.items.map((item) => item.pseudonym).sort()).toEqual(["Demo-Mees", "Demo-Uil", "Demo-Vos"]);
    for (const item of listed.items) {
      const assessments = await listAssessments(db, actor, item.id);
      expect(assessments).toHaveLength(1);
      const steps = await listSteps(db, config, actor, item.id);
      expect(steps?.find((step) => step.step === 1)).toMatchObject({
        status: "done",
        data: { assessmentIds: [assessments[0]!.id] },
      });
    }
    const vos = listed.items.find((item) => item.pseudonym === "Demo-Vos")!;
    const vosSteps = await listSteps(db, config, actor, vos.id);
    expect(vosSteps?.find((step) => step.step === 4)?.data).toEqual({
      suspicion: "yes",
      unsafety: "no",
      canHelp: "yes",
      accepted: "yes",
    });
    expect(await createDemo(db, config)).toEqual({ ok: false, reason: "exists" });
    expect(
      await db.selectFrom("case_file").select("id").where("tenant_id", "=", demoTenantId).execute(),
    ).toHaveLength(3);
  });
});
