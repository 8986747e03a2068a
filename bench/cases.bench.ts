/**
 * Case benchmark: one organisation with 100,000 cases and 500,000
 * assessments (generated now with a fixed seed, bulk inserts), on PGlite and
 * on the PostgreSQL server. Measures the latency of the dashboard and the
 * case page through the repository functions their routes call, against a
 * baseline of the cheapest query on the same connection (`select 1`).
 * Prints tables; asserts nothing about time (bench/README.md).
 *
 *   npm run bench:cases
 *   BENCH_CASES=20000 BENCH_ENGINES=pglite npm run bench:cases
 *
 * Settings: BENCH_CASES (100000), BENCH_ASSESSMENTS (5 × cases), BENCH_QUERIES (200 per kind),
 * BENCH_ENGINES (pglite,postgres), BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/test),
 * BENCH_EXPLAIN (0; 1 prints EXPLAIN ANALYZE of the dashboard queries).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql, type Kysely } from "kysely";
import { parseConfig, type Config } from "../app/config.server";
import type { Database } from "../app/db/database";
import { migrateToLatest } from "../app/db/migrate.server";
import { runSeeds } from "../app/db/seed/index.server";
import { createTenant } from "../app/modules/accounts/accounts.server";
import { listAssessments } from "../app/modules/cases/assessments.server";
import { listCases } from "../app/modules/cases/case-list.server";
import { listDueTasks, readCase, type CaseActor } from "../app/modules/cases/cases.server";
import { caseKeys } from "../app/modules/cases/case-keys.server";
import { listCaseTasks } from "../app/modules/cases/closing.server";
import { listConsents } from "../app/modules/cases/consents.server";
import { sealNote } from "../app/modules/cases/note-crypto";
import { listReferrals } from "../app/modules/cases/referrals.server";
import { listConsultations, listSteps } from "../app/modules/cases/steps.server";
import { exploitationForms } from "../app/modules/cases/case-form";
import { instruments } from "../app/modules/screening/instruments";
import { openBenchEngine } from "./engines";
import { randomGenerator } from "./generate-directory";
import { fixed, percentile, positiveInteger, runBench, table } from "./support";

const caseCount = positiveInteger("BENCH_CASES", 100_000);
const assessmentCount = positiveInteger("BENCH_ASSESSMENTS", caseCount * 5);
const queryCount = positiveInteger("BENCH_QUERIES", 200);
const engines = (process.env.BENCH_ENGINES ?? "pglite,postgres").split(",").map((engine) => engine.trim());
const serverUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
const explain = process.env.BENCH_EXPLAIN === "1";
const professionals = 50;
const tenant = "bench-org";

type Db = Kysely<Database>;

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, (index + 1) * size),
  );

interface Generated {
  officer: CaseActor;
  professionals: CaseActor[];
  /** Case ids per owner, for picking case pages to open. */
  casesOf: Map<string, string[]>;
}

/** Generates and inserts the organisation's cases with multi-row inserts (fixed seed). */
async function bulkLoad(db: Db, config: Config): Promise<Generated> {
  const random = randomGenerator(20261129);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  await createTenant(db, { id: tenant, name: "Benchmark-organisatie" });
  const user = (role: "professional" | "safeguarding_officer", index: number) => ({
    id: crypto.randomUUID(),
    tenant_id: tenant,
    email: `${role}-${index}@bench.nl`,
    name: `${role === "professional" ? "Professional" : "Aandachtsfunctionaris"} ${index}`,
    role,
    password_hash: null,
    totp_secret: null,
    totp_enabled_at: null,
    totp_last_step: null,
    locked_until: null,
    disabled_at: null,
  });
  const users = [
    user("safeguarding_officer", 1),
    ...Array.from({ length: professionals }, (_, index) => user("professional", index + 1)),
  ];
  await db.insertInto("user_account").values(users).execute();
  const actor = (row: (typeof users)[number]): CaseActor => ({
    userId: row.id,
    tenantId: tenant,
    role: row.role,
  });
  const generated: Generated = {
    officer: actor(users[0]!),
    professionals: users.slice(1).map(actor),
    casesOf: new Map(),
  };
  const keys = caseKeys(config);
  const municipalities = ["GM0363", "GM0518", "GM0599", "GM0344", "GM0080", "GM0014", "GM0855", "GM0796"];
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 10, 1) - start;
  const cases = Array.from({ length: caseCount }, (_, index) => {
    const owner = generated.professionals[index % professionals]!;
    const created = new Date(start + Math.floor(random() * span));
    const closed = random() < 0.3;
    const id = crypto.randomUUID();
    generated.casesOf.set(owner.userId, [...(generated.casesOf.get(owner.userId) ?? []), id]);
    return {
      id,
      tenant_id: tenant,
      owner_user_id: owner.userId,
      pseudonym: `casus-${index + 1}`,
      birth_year: 2004 + Math.floor(random() * 12),
      gender: pick(["female", "male", "other", "unknown"] as const),
      lvb: pick(["yes", "suspected", "no", "unknown"] as const),
      municipality_code: pick(municipalities),
      exploitation_forms: [pick(exploitationForms)],
      status: closed ? ("closed" as const) : ("open" as const),
      outcome: closed ? ("help_organised" as const) : null,
      close_requested_by: null,
      close_requested_at: null,
      closed_by: closed ? owner.userId : null,
      closed_at: closed ? new Date(created.getTime() + 90 * 86_400_000) : null,
      created_at: created,
      updated_at: new Date(created.getTime() + Math.floor(random() * 60) * 86_400_000),
    };
  });
  const instrumentIds = instruments.map((instrument) => [instrument.id, instrument.version] as const);
  await db.transaction().execute(async (trx) => {
    for (const part of chunk(cases, 1000)) {
      await trx.insertInto("case_file").values(part).execute();
      await trx
        .insertInto("case_step")
        .values(
          part.flatMap((item) =>
            [1, 2, 3, 4, 5].map((step) => ({
              case_id: item.id,
              tenant_id: tenant,
              step,
              status: step <= 2 ? ("done" as const) : ("open" as const),
              data: "{}",
              updated_by: step <= 2 ? item.owner_user_id : null,
              updated_at: step <= 2 ? item.created_at : null,
            })),
          ),
        )
        .execute();
      // One note per case (encrypted as the app does), a task per open case, a consent on every third.
      await trx
        .insertInto("case_note")
        .values(
          part.map((item) => ({
            id: crypto.randomUUID(),
            case_id: item.id,
            tenant_id: tenant,
            subject_type: "step" as const,
            subject_id: "1",
            ...sealNote(
              keys,
              { caseId: item.id, subjectType: "step", subjectId: "1" },
              `Signalen van ${item.pseudonym}`,
            ),
            written_by: item.owner_user_id,
            written_at: item.created_at,
          })),
        )
        .execute();
      const open = part.filter((item) => item.status === "open");
      if (open.length > 0) {
        await trx
          .insertInto("case_task")
          .values(
            open.map((item) => ({
              id: crypto.randomUUID(),
              case_id: item.id,
              tenant_id: tenant,
              kind: "reassess" as const,
              instrument_id: null,
              detail: null,
              due_on: new Date(item.updated_at.getTime() + 90 * 86_400_000).toISOString().slice(0, 10),
              assigned_to: item.owner_user_id,
              created_by: item.owner_user_id,
              created_at: item.created_at,
              done_by: null,
              done_at: null,
            })),
          )
          .execute();
      }
      const consenting = part.filter((_, index) => index % 3 === 0);
      if (consenting.length > 0) {
        await trx
          .insertInto("case_consent")
          .values(
            consenting.map((item) => ({
              id: crypto.randomUUID(),
              case_id: item.id,
              tenant_id: tenant,
              purpose: "referral" as const,
              target: null,
              given_by: "parent" as const,
              giver_label: "moeder",
              given_on: item.created_at.toISOString().slice(0, 10),
              form: "written" as const,
              recorded_by: item.owner_user_id,
              recorded_at: item.created_at,
              withdrawn_on: null,
              withdrawn_recorded_by: null,
              withdrawn_recorded_at: null,
            })),
          )
          .execute();
      }
      // 5 % shared with the next professional.
      const shared = part.filter(() => random() < 0.05);
      if (shared.length > 0) {
        await trx
          .insertInto("case_share")
          .values(
            shared.map((item) => {
              const owner = generated.professionals.findIndex(
                (candidate) => candidate.userId === item.owner_user_id,
              );
              return {
                case_id: item.id,
                tenant_id: tenant,
                user_id: generated.professionals[(owner + 1) % professionals]!.userId,
                shared_by: item.owner_user_id,
                shared_at: item.updated_at,
              };
            }),
          )
          .execute();
      }
    }
    const assessments = Array.from({ length: assessmentCount }, (_, index) => {
      const item = cases[index % caseCount]!;
      const [instrumentId, version] = pick(instrumentIds);
      return {
        id: crypto.randomUUID(),
        case_id: item.id,
        tenant_id: tenant,
        instrument_id: instrumentId,
        instrument_version: version,
        answers: "{}",
        band: pick(["none", "possible", "clear"] as const),
        flag: null,
        score: Math.floor(random() * 20),
        assessed_by: item.owner_user_id,
        assessed_at: new Date(item.created_at.getTime() + Math.floor(random() * 200) * 86_400_000),
      };
    });
    for (const part of chunk(assessments, 2000))
      await trx.insertInto("case_assessment").values(part).execute();
  });
  // The steady state autovacuum reaches on a live server: statistics and the visibility map.
  await sql`vacuum analyze`.execute(db);
  return generated;
}

// ------------------------------------------------------------------ measuring

type Kind =
  | "baseline: select 1"
  | "dashboard, professional"
  | "dashboard, safeguarding officer"
  | "due tasks, professional"
  | "case page, professional"
  | "case page, safeguarding officer";

/** What the dashboard route loads: open cases (page 1 of 20) and the person's due tasks. */
async function dashboard(db: Db, config: Config, actor: CaseActor) {
  await Promise.all([
    listCases(db, config, actor, { tab: "open", sort: "changed", page: 1 }, { pageSize: 20 }),
    listDueTasks(db, actor, { page: 1, pageSize: 20 }),
  ]);
}

/** What the case page loads: the case (audited) and everything shown on it. */
async function casePage(db: Db, config: Config, actor: CaseActor, caseId: string) {
  const found = await readCase(db, config, actor, caseId);
  if (!found) throw new Error(`case ${caseId} not found for ${actor.role}`);
  await Promise.all([
    listSteps(db, config, actor, caseId),
    listAssessments(db, actor, caseId),
    listConsultations(db, config, actor, caseId),
    listConsents(db, actor, caseId),
    listCaseTasks(db, actor, caseId),
    listReferrals(db, config, actor, caseId),
  ]);
}

async function measure(db: Db, config: Config, generated: Generated): Promise<Map<Kind, number[]>> {
  const random = randomGenerator(7);
  const pro = (index: number) => generated.professionals[index % professionals]!;
  const someCase = (actor: CaseActor) => {
    const own = generated.casesOf.get(actor.userId) ?? [];
    return own[Math.floor(random() * own.length)]!;
  };
  const runs: Array<[Kind, (index: number) => Promise<unknown>]> = [
    ["baseline: select 1", () => sql`select 1`.execute(db)],
    ["dashboard, professional", (index) => dashboard(db, config, pro(index))],
    ["dashboard, safeguarding officer", () => dashboard(db, config, generated.officer)],
    ["due tasks, professional", (index) => listDueTasks(db, pro(index), { page: 1, pageSize: 20 })],
    ["case page, professional", (index) => casePage(db, config, pro(index), someCase(pro(index)))],
    [
      "case page, safeguarding officer",
      (index) => casePage(db, config, generated.officer, someCase(pro(index))),
    ],
  ];
  const timings = new Map<Kind, number[]>();
  for (const [kind, run] of runs) {
    for (let index = 0; index < 20; index++) await run(index); // warm-up
    const ms: number[] = [];
    for (let index = 0; index < queryCount; index++) {
      const started = performance.now();
      await run(index);
      ms.push(performance.now() - started);
    }
    timings.set(kind, ms);
  }
  return timings;
}

function latencyTable(timings: Map<Kind, number[]>): string {
  const baseline = percentile(timings.get("baseline: select 1") ?? [], 50);
  const rows = [...timings].map(([kind, ms]) => [
    kind,
    String(ms.length),
    fixed(percentile(ms, 50)),
    fixed(percentile(ms, 95)),
    fixed(percentile(ms, 99)),
    fixed(Math.max(...ms)),
    kind.startsWith("baseline") ? "1" : fixed(percentile(ms, 50) / baseline, 0),
  ]);
  return table([["", "runs", "p50 (ms)", "p95 (ms)", "p99 (ms)", "max (ms)", "p50 / baseline"], ...rows]);
}

/** EXPLAIN ANALYZE of the dashboard's list and count, in the shape of the repository's visibility clause. */
async function explainDashboard(db: Db, generated: Generated): Promise<void> {
  const me = generated.professionals[0]!.userId;
  for (const [label, scope] of [
    ["officer", sql`true`],
    [
      "professional",
      sql`c.id in (select own_case.id from case_file own_case
        where own_case.tenant_id = ${tenant} and own_case.owner_user_id = ${me}
        union all select s.case_id from case_share s where s.user_id = ${me} and s.tenant_id = ${tenant})`,
    ],
  ] as const) {
    for (const [what, query] of [
      [
        "page",
        sql`select c.id, c.pseudonym from case_file c
        where c.tenant_id = ${tenant} and ${scope} and c.status <> 'closed'
        order by c.updated_at desc, c.id limit 20`,
      ],
      [
        "count",
        sql`select count(*) from case_file c where c.tenant_id = ${tenant} and ${scope} and c.status <> 'closed'`,
      ],
    ] as const) {
      const plan = await sql<{ "QUERY PLAN": string }>`explain analyze ${query}`.execute(db);
      console.log(
        `\nEXPLAIN ANALYZE dashboard ${what} (${label}):\n${plan.rows.map((row) => row["QUERY PLAN"]).join("\n")}`,
      );
    }
  }
}

// ------------------------------------------------------------------ main

async function main(): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "zicht-bench-cases-"));
  const config = parseConfig({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    ZICHT_SECRET_KEY: "bench-secret-key-bench-secret-key-bench",
    ZICHT_CASE_KEYS: `bench:${crypto.createHash("sha256").update("bench").digest("base64")}`,
    ZICHT_DATA_DIR: workDir,
  });
  console.log(`Zicht case benchmark (${os.cpus().length} CPU's, Node ${process.version})`);
  console.log(
    `${caseCount} cases and ${assessmentCount} assessments in one organisation (${professionals} professionals, 1 safeguarding officer); ${queryCount} runs per kind; engines: ${engines.join(", ")}`,
  );
  try {
    for (const engine of engines) {
      const opened = await openBenchEngine(engine, workDir, serverUrl);
      if (!opened) continue;
      const db = opened.handle.db;
      try {
        await migrateToLatest(db);
        await runSeeds(db, { includeDemo: false });
        const started = performance.now();
        const generated = await bulkLoad(db, config);
        const { rows } = await sql<{ cases: number; assessments: number }>`
          select (select count(*)::int from case_file) as cases, (select count(*)::int from case_assessment) as assessments`.execute(
          db,
        );
        console.log(
          `\n${engine}: generated and loaded in ${fixed((performance.now() - started) / 1000)} s (${rows[0]?.cases} cases, ${rows[0]?.assessments} assessments)`,
        );
        const timings = await measure(db, config, generated);
        console.log(
          `\nlatency (${engine}; every dashboard and case page read also writes its audit entry):\n`,
        );
        console.log(latencyTable(timings));
        if (explain) await explainDashboard(db, generated);
      } finally {
        await opened.handle.close();
        await opened.cleanUp();
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

runBench(main);
