import type { Kysely } from "kysely";
import { municipalities } from "../../../content/regions";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { writeAudit } from "../accounts/audit.server";
import { consentFor, type ConsentRecord } from "./consent";
import { isRetentionDue, msUntilNextRun, retentionCutoff, statisticsRow } from "./retention";

/**
 * The retention job (`zicht retention run`, and daily in the server): every
 * closed case whose retention period has passed is deleted with everything
 * in it (the child tables cascade), after writing one anonymous statistics
 * row when consent for anonymous statistics holds. Each case in its own
 * transaction; each deletion audited (ids only, by the platform itself).
 */

/** The retention years of an organisation: its own setting, else the platform's. */
export async function retentionYearsFor(
  db: Kysely<Database>,
  config: Config,
  tenantId: string,
): Promise<number> {
  const row = await db
    .selectFrom("case_setting")
    .select("retention_years")
    .where("tenant_id", "=", tenantId)
    .executeTakeFirst();
  return row?.retention_years ?? config.caseRetentionYears;
}

/** True when a closed case has passed its retention period (it is then not shown any more: 404). */
export async function isBeyondRetention(
  db: Kysely<Database>,
  config: Config,
  found: { tenantId: string; status: "open" | "closing" | "closed"; closedAt: Date | null },
  now: Date,
): Promise<boolean> {
  if (found.status !== "closed") return false;
  return isRetentionDue(
    found.status,
    found.closedAt,
    await retentionYearsFor(db, config, found.tenantId),
    now,
  );
}

export interface RetentionResult {
  deleted: number;
  anonymised: number;
}

/** Ids of the cases due on `now`, per organisation's retention period. */
async function dueCases(db: Kysely<Database>, config: Config, now: Date) {
  const settings = await db
    .selectFrom("case_setting")
    .select(["tenant_id", "retention_years"])
    .where("retention_years", "is not", null)
    .execute();
  const explicit = settings.map((row) => row.tenant_id);
  const byYears = new Map<number, string[]>();
  for (const row of settings) {
    const years = row.retention_years ?? config.caseRetentionYears;
    byYears.set(years, [...(byYears.get(years) ?? []), row.tenant_id]);
  }
  const due: Array<{ id: string; tenant_id: string }> = [];
  // Organisations with their own setting.
  for (const [years, tenants] of byYears) {
    due.push(
      ...(await db
        .selectFrom("case_file")
        .select(["id", "tenant_id"])
        .where("status", "=", "closed")
        .where("closed_at", "<=", retentionCutoff(now, years))
        .where("tenant_id", "in", tenants)
        .execute()),
    );
  }
  // Every other organisation: the platform's period.
  let others = db
    .selectFrom("case_file")
    .select(["id", "tenant_id"])
    .where("status", "=", "closed")
    .where("closed_at", "<=", retentionCutoff(now, config.caseRetentionYears));
  if (explicit.length > 0) others = others.where("tenant_id", "not in", explicit);
  due.push(...(await others.execute()));
  return due;
}

export async function runRetention(
  db: Kysely<Database>,
  config: Config,
  now = new Date(),
): Promise<RetentionResult> {
  const result: RetentionResult = { deleted: 0, anonymised: 0 };
  const today = now.toISOString().slice(0, 10);
  for (const due of await dueCases(db, config, now)) {
    const years = await retentionYearsFor(db, config, due.tenant_id);
    const outcome = await db.transaction().execute(async (trx) => {
      // Read again under a lock: a case re-opened or already deleted meanwhile is left alone.
      const found = await trx
        .selectFrom("case_file")
        .selectAll()
        .where("id", "=", due.id)
        .where("tenant_id", "=", due.tenant_id)
        .forUpdate()
        .executeTakeFirst();
      if (!found || !isRetentionDue(found.status, found.closed_at, years, now) || !found.closed_at)
        return null;
      const consents: ConsentRecord[] = (
        await trx
          .selectFrom("case_consent")
          .select(["id", "purpose", "target", "given_by", "giver_label", "given_on", "form", "withdrawn_on"])
          .where("case_id", "=", due.id)
          .where("tenant_id", "=", due.tenant_id)
          .where("purpose", "=", "anonymous_statistics")
          .execute()
      ).map((row) => ({
        id: row.id,
        purpose: row.purpose,
        target: row.target,
        givenBy: row.given_by,
        giverLabel: row.giver_label,
        givenOn: dateText(row.given_on),
        form: row.form,
        withdrawnOn: row.withdrawn_on === null ? null : dateText(row.withdrawn_on),
      }));
      const statistics = consentFor("anonymous_statistics", null, consents, today, found.birth_year).allowed;
      if (statistics) {
        const [referred, reports] = await Promise.all([
          trx
            .selectFrom("case_referral")
            .select("id")
            .where("case_id", "=", due.id)
            .where("status", "in", ["sent", "accepted", "completed"])
            .executeTakeFirst(),
          trx.selectFrom("case_report").select("kind").where("case_id", "=", due.id).execute(),
        ]);
        const provinceCode =
          municipalities.find((municipality) => municipality.code === found.municipality_code)
            ?.provinceCode ?? null;
        await trx
          .insertInto("case_statistic")
          .values({
            tenant_id: due.tenant_id,
            ...statisticsRow({
              birthYear: found.birth_year,
              gender: found.gender,
              lvb: found.lvb,
              provinceCode,
              exploitationForms: found.exploitation_forms,
              outcome: found.outcome,
              closedAt: found.closed_at,
              referred: referred !== undefined,
              reportKinds: reports.map((report) => report.kind),
            }),
          })
          .execute();
      }
      await trx
        .deleteFrom("case_file")
        .where("id", "=", due.id)
        .where("tenant_id", "=", due.tenant_id)
        .execute();
      return statistics ? ("anonymised" as const) : ("deleted" as const);
    });
    if (!outcome) continue;
    result[outcome] += 1;
    await writeAudit(
      db,
      config,
      {
        action: outcome === "anonymised" ? "case.retention_anonymised" : "case.retention_deleted",
        actorUserId: null,
        tenantId: due.tenant_id,
        targetType: "case",
        targetId: due.id,
      },
      now,
    );
  }
  return result;
}

/** A `date` column as YYYY-MM-DD (drivers may hand back a Date or a string). */
function dateText(value: unknown): string {
  if (value instanceof Date) {
    const local = new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
    return local.toISOString().slice(0, 10);
  }
  return String(value).slice(0, 10);
}

/**
 * Runs the retention job every day at 03:00 UTC while the server runs. The
 * clock and timer are injectable, so a test can drive it without waiting.
 */
export function scheduleRetention(options: {
  run: (now: Date) => Promise<unknown>;
  now?: () => Date;
  setTimer?: (callback: () => void, ms: number) => { cancel(): void };
  onError?: (error: unknown) => void;
  hourUtc?: number;
}): { stop(): void } {
  const now = options.now ?? (() => new Date());
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return { cancel: () => clearTimeout(timer) };
    });
  let stopped = false;
  let timer: { cancel(): void } | undefined;
  const plan = () => {
    if (stopped) return;
    timer = setTimer(
      () => {
        void options
          .run(now())
          .catch((error: unknown) => options.onError?.(error))
          .finally(plan);
      },
      msUntilNextRun(now(), options.hourUtc ?? 3),
    );
  };
  plan();
  return {
    stop() {
      stopped = true;
      timer?.cancel();
    },
  };
}

/** The server's daily retention job, logging what it did (counts only). */
export function startRetentionJob(
  db: Kysely<Database>,
  config: Config,
  logger: { info(fields: object, message: string): void; error(fields: object, message: string): void },
  options: Pick<Parameters<typeof scheduleRetention>[0], "now" | "setTimer"> = {},
): { stop(): void } {
  return scheduleRetention({
    ...options,
    run: async (now) => {
      const result = await runRetention(db, config, now);
      logger.info(result, "bewaartermijn van casussen toegepast");
    },
    onError: (error) => logger.error({ err: error }, "de bewaartermijn kon niet worden toegepast"),
  });
}
