import crypto from "node:crypto";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { createCase, readCase } from "./cases.server";
import { listNotes, rotateNotes, writeNote } from "./notes.server";
import { closeCase } from "./closing.server";
import { recordConsent, withdrawConsent } from "./consents.server";
import { runRetention, startRetentionJob } from "./retention.server";
import { caseTestConfig, makeActor, makeOrganisations, makeTenant, openCase } from "./testing";
import type { CaseActor } from "./visibility";

const config = caseTestConfig();
const now = new Date(Date.UTC(2031, 10, 29, 3, 0, 0));
/** `years` years and `minutes` minutes before `now`. */
const before = (years: number, minutes = 0) => {
  const at = new Date(now.getTime() - minutes * 60_000);
  at.setUTCFullYear(at.getUTCFullYear() - years);
  return at;
};

describe(`retention of closed cases on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let pro: CaseActor;
  let officer: CaseActor;
  let otherOrg: CaseActor;
  const ids: Record<string, string> = {};

  /** A case opened and (optionally) closed at the given moment, with statistics consent if asked. */
  async function makeCase(
    actor: CaseActor,
    name: string,
    closedAt: Date | null,
    statistics: "none" | "given" | "withdrawn" = "none",
  ) {
    const db = database.db;
    const opened = closedAt ?? before(1);
    const id = await createCase(
      db,
      config,
      actor,
      {
        pseudonym: name,
        birthYear: 2010,
        gender: "male",
        lvb: "suspected",
        municipalityCode: "GM0363",
        exploitationForms: ["crimineel"],
      },
      opened,
    );
    await writeNote(
      db,
      config,
      actor,
      { caseId: id, subjectType: "case", subjectId: id, text: `notitie ${name}` },
      opened,
    );
    if (statistics !== "none") {
      const day = opened.toISOString().slice(0, 10);
      await recordConsent(
        db,
        config,
        actor,
        id,
        {
          purpose: "anonymous_statistics",
          target: null,
          givenBy: "young_person",
          givenOn: day,
          form: "written",
        },
        opened,
      );
      if (statistics === "withdrawn") {
        const consent = await db
          .selectFrom("case_consent")
          .select("id")
          .where("case_id", "=", id)
          .executeTakeFirstOrThrow();
        await withdrawConsent(db, config, actor, id, consent.id, day, opened);
      }
    }
    if (closedAt)
      await closeCase(db, config, actor, id, { outcome: "reported", note: "", confirmed: true }, closedAt);
    ids[name] = id;
    return id;
  }

  beforeAll(async () => {
    const db = database.db;
    ({ pro, otherOrg } = await makeOrganisations(db, {
      pro: ["org-a", "safeguarding_officer", "Pia"],
      otherOrg: ["org-b", "safeguarding_officer", "Bea"],
    }));
    officer = pro;
    // org-b keeps closed cases for 2 years (its own setting).
    await db.insertInto("case_setting").values({ tenant_id: "org-b", retention_years: 2 }).execute();
    await makeCase(pro, "Due", before(5));
    await makeCase(pro, "JustNotDue", before(5, -1));
    await makeCase(pro, "LongAgo", before(9));
    await makeCase(pro, "WithStats", before(6), "given");
    await makeCase(pro, "StatsWithdrawn", before(6), "withdrawn");
    await makeCase(pro, "Open", null);
    await makeCase(otherOrg, "OwnSettingDue", before(2));
    await makeCase(otherOrg, "OwnSettingNotDue", before(2, -1));
    // A case awaiting approval is never due, whatever its dates.
    const closing = await makeCase(pro, "Closing", null);
    await db
      .updateTable("case_file")
      .set({ status: "closing", outcome: "other" })
      .where("id", "=", closing)
      .execute();
  }, 120_000);

  it("shows a closed case past its retention period to nobody (404), before the job has run", async () => {
    const db = database.db;
    expect(await readCase(db, config, officer, ids.Due!, now)).toBeUndefined();
    expect(await readCase(db, config, officer, ids.JustNotDue!, now)).toBeDefined();
    expect(await readCase(db, config, otherOrg, ids.OwnSettingDue!, now)).toBeUndefined();
    expect(await readCase(db, config, otherOrg, ids.OwnSettingNotDue!, now)).toBeDefined();
  });

  it("deletes what is due and nothing else; anonymises where statistics consent holds; audits each", async () => {
    const db = database.db;
    const result = await runRetention(db, config, now);
    expect(result).toEqual({ deleted: 4, anonymised: 1 });
    const left = (await db.selectFrom("case_file").select("pseudonym").orderBy("pseudonym").execute()).map(
      (row) => row.pseudonym,
    );
    expect(left).toEqual(["Closing", "JustNotDue", "Open", "OwnSettingNotDue"]);
    // Everything of a deleted case is gone: notes, consents, steps.
    const gone = [ids.Due!, ids.LongAgo!, ids.WithStats!, ids.StatsWithdrawn!, ids.OwnSettingDue!];
    for (const table of ["case_note", "case_consent", "case_step"] as const) {
      const rows = await db.selectFrom(table).select("case_id").where("case_id", "in", gone).execute();
      expect({ table, rows }).toEqual({ table, rows: [] });
    }
    const statistics = await db.selectFrom("case_statistic").selectAll().execute();
    expect(statistics).toEqual([
      {
        id: expect.any(Number),
        tenant_id: "org-a",
        closed_year: 2025,
        age_band: "12_15",
        gender: "male",
        lvb: "suspected",
        province_code: "PV27",
        exploitation_forms: ["crimineel"],
        outcome: "reported",
        referred: false,
        report_kinds: [],
      },
    ]);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "target_id", "actor_user_id"])
      .where("action", "like", "case.retention%")
      .execute();
    expect(audit).toHaveLength(5);
    expect(audit.find((row) => row.target_id === ids.WithStats)?.action).toBe("case.retention_anonymised");
    expect(audit.every((row) => row.actor_user_id === null)).toBe(true);
    // A second run finds nothing more.
    expect(await runRetention(db, config, now)).toEqual({ deleted: 0, anonymised: 0 });
  });

  it("uses ZICHT_CASE_RETENTION_YEARS for organisations without their own setting", async () => {
    const db = database.db;
    const shorter = { ...config, caseRetentionYears: 1 };
    expect(await runRetention(db, shorter, now)).toEqual({ deleted: 1, anonymised: 0 });
    expect(
      (await db.selectFrom("case_file").select("pseudonym").orderBy("pseudonym").execute()).map(
        (r) => r.pseudonym,
      ),
    ).toEqual(["Closing", "Open", "OwnSettingNotDue"]);
  });

  it("runs daily in the server with an injected clock and timer", async () => {
    const db = database.db;
    const late = new Date(Date.UTC(2034, 0, 1, 2, 0, 0));
    const timers: Array<{ callback: () => void; ms: number }> = [];
    const logged: object[] = [];
    const job = startRetentionJob(
      db,
      config,
      { info: (fields) => logged.push(fields), error: (fields) => logged.push(fields) },
      {
        now: () => late,
        setTimer: (callback, ms) => {
          timers.push({ callback, ms });
          return { cancel: () => undefined };
        },
      },
    );
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBe(3_600_000);
    timers[0]!.callback();
    await expect.poll(() => logged.length).toBe(1);
    expect(logged[0]).toEqual({ deleted: 1, anonymised: 0 });
    // The next run is planned after this one.
    await expect.poll(() => timers.length).toBe(2);
    job.stop();
  });
});

describe(`zicht keys rotate (rotateNotes) on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  const key = () => crypto.randomBytes(32).toString("base64");
  const [k1, k2] = [key(), key()];
  const withKeys = (keys: string) =>
    parseConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      ZICHT_SECRET_KEY: "integration-test-key-integration-test-key",
      ZICHT_CASE_KEYS: keys,
      ZICHT_DATA_DIR: config.dataDir,
    });

  it("re-encrypts every note with the newest key; after removing the old key the notes still read; no plaintext in the database", async () => {
    const db = database.db;
    await makeTenant(db, "org-a");
    const pro = await makeActor(db, "org-a", "professional", "Pia");
    const old = withKeys(`old:${k1}`);
    const texts = [
      "Merel zegt dat haar vriend haar ophaalt",
      "Gesprek met moeder op 3 november",
      "Advies Koraal: melden",
    ];
    const caseId = await openCase(db, old, pro, { municipalityCode: null, exploitationForms: [] });
    // Each note a minute apart: the list is ordered by time, so equal times would make the order random.
    const t0 = Date.UTC(2026, 10, 3, 9, 0, 0);
    for (const [index, text] of texts.entries()) {
      await writeNote(
        db,
        old,
        pro,
        { caseId, subjectType: "step", subjectId: String(index + 1), text },
        new Date(t0 + index * 60_000),
      );
    }
    const both = withKeys(`new:${k2},old:${k1}`);
    expect(await rotateNotes(db, both, 2)).toBe(3);
    expect(await rotateNotes(db, both, 2)).toBe(0);
    const fresh = withKeys(`new:${k2}`);
    expect((await listNotes(db, fresh, pro, caseId)).map((note) => note.text)).toEqual(texts);
    await expect(listNotes(db, old, pro, caseId)).rejects.toThrow();
    const raw = await sql<{ row: string }>`select row_to_json(n)::text as row from case_note n`.execute(db);
    expect(raw.rows).toHaveLength(3);
    for (const { row } of raw.rows) {
      expect(row).toContain('"key_id":"new"');
      for (const text of texts) expect(row).not.toContain(text);
    }
  });
});
