import { describe, expect, it } from "vitest";
import { parseConfig, type Config } from "../../config.server";
import { runSeeds } from "../../db/seed/index.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { verifyAudit, writeAudit } from "../accounts/audit.server";
import { readOutbox } from "../accounts/mail.server";
import { listCases } from "./case-list.server";
import { listAssessments } from "./assessments.server";
import { createDemo, demoCases, demoTenantId, type DemoCase } from "./demo.server";
import { listSteps } from "./steps.server";
import { caseTestConfig } from "./testing";

describe(`zicht demo on ${testEngineLabel}`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });
  const config = caseTestConfig();

  /** Everything the demo could have left behind, counted. */
  async function stored(config: Config) {
    const db = database.db;
    const count = async (table: "tenant" | "user_account" | "case_file" | "audit_log", demoOnly: boolean) => {
      let query = db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as("n"));
      if (demoOnly) query = query.where(table === "tenant" ? "id" : "tenant_id", "=", demoTenantId);
      return Number((await query.executeTakeFirstOrThrow()).n);
    };
    return {
      tenants: await count("tenant", true),
      users: await count("user_account", true),
      cases: await count("case_file", true),
      demoAuditRows: await count("audit_log", true),
      auditRows: await count("audit_log", false),
      tokens: Number(
        (
          await db
            .selectFrom("user_token")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      mails: (await readOutbox(config)).filter((mail) => mail.to.endsWith("@demo.example.org")).length,
    };
  }

  const third = demoCases[2]!;
  const failures: Array<[string, DemoCase, RegExp]> = [
    // Refused by the instrument's own check, in JavaScript, after two whole cases.
    ["the third case's score is refused", { ...third, answers: { toestemming: "purple" } }, /^demo: /],
    // Refused by the database itself (a check constraint), which aborts the transaction.
    [
      "the database refuses the third case",
      { ...third, fields: { ...third.fields, municipalityCode: "Amsterdam" } },
      /check constraint/,
    ],
    // The same pseudonym twice: CaseConflictError from createCase.
    [
      "the third case repeats a pseudonym",
      { ...third, fields: { ...third.fields, pseudonym: "Demo-Vos" } },
      /pseudonym already used/,
    ],
  ];

  it.each(failures)(
    "stores nothing when %s half-way, keeps the audit chain valid, and a second run then succeeds",
    async (_, failing, error) => {
      const db = database.db;
      // Its own data directory, so the outbox holds only this test's e-mails.
      const config = caseTestConfig();
      await runSeeds(db);
      // Something in the log before, so the chain has to continue from it.
      await writeAudit(db, config, { action: "organisation.created", actorUserId: null, tenantId: null });
      const before = await stored(config);
      await expect(
        createDemo(db, config, {
          now: new Date("2026-11-29T08:00:00Z"),
          cases: [demoCases[0]!, demoCases[1]!, failing],
        }),
      ).rejects.toThrow(error);
      expect(await stored(config)).toEqual(before);
      expect(before).toMatchObject({ tenants: 0, users: 0, cases: 0, demoAuditRows: 0, mails: 0 });
      expect(await verifyAudit(db, config)).toMatchObject({ rows: before.auditRows, brokenAt: null });

      const again = await createDemo(db, config, { now: new Date("2026-11-29T08:05:00Z") });
      expect(again).toMatchObject({ ok: true, cases: ["Demo-Vos", "Demo-Uil", "Demo-Mees"] });
      const after = await stored(config);
      expect(after).toMatchObject({ tenants: 1, users: 2, cases: 3, mails: 2 });
      // Every row of the demo is audited (the organisation, two invitations, the case work) ...
      expect(after.demoAuditRows).toBeGreaterThanOrEqual(1 + 2 + 3);
      expect(after.auditRows).toBe(before.auditRows + after.demoAuditRows);
      // ... and the chain still holds from the first row to the last.
      expect(await verifyAudit(db, config)).toMatchObject({ rows: after.auditRows, brokenAt: null });
    },
  );

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
    const result = await createDemo(db, config, { now: new Date("2026-11-29T08:00:00Z") });
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
    const listed = await listCases(
      db,
      config,
      actor,
      { tab: "open", sort: "changed", page: 1 },
      { pageSize: 10 },
    );
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
