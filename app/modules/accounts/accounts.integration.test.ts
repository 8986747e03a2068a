import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../config.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { changeRole, createTenant, disableUser, getUserInTenant, listUsers } from "./accounts.server";
import { listAudit, verifyAudit, writeAudit } from "./audit.server";
import {
  checkPasswordSignIn,
  checkSecondFactor,
  createToken,
  ensurePendingTotpSecret,
  findValidToken,
  hashPassword,
  lockout,
  replaceRecoveryCodes,
  redeemToken,
} from "./authentication.server";
import { inviteUser } from "./invitations.server";
import { readOutbox } from "./mail.server";
import { createSession, deleteUserSessions, findSession, listUserSessions } from "./sessions.server";
import { totpCode, totpPeriodSeconds } from "./totp";

const config = parseConfig({
  NODE_ENV: "test",
  LOG_LEVEL: "silent",
  ZICHT_SECRET_KEY: "integration-test-key-integration-test-key",
  ZICHT_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "zicht-accounts-")),
});
const password = "paard-batterij-nietje-kompas";
const t0 = new Date(Date.UTC(2026, 10, 29, 9, 0, 0));
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe(`accounts on ${testEngineLabel}`, () => {
  const database = useTestDatabase();
  let alice = ""; // org admin of A
  let bob = ""; // professional of B
  let secret = "";

  beforeAll(async () => {
    const db = database.db;
    await createTenant(db, { id: "org-a", name: "Organisatie A" });
    await createTenant(db, { id: "org-b", name: "Organisatie B" });
    alice = (
      await inviteUser(
        db,
        config,
        { tenantId: "org-a", email: "Alice@A.nl", role: "org_admin" },
        { userId: null },
        t0,
      )
    ).userId;
    bob = (
      await inviteUser(
        db,
        config,
        { tenantId: "org-b", email: "bob@b.nl", role: "professional" },
        { userId: null },
        t0,
      )
    ).userId;
  });

  it("invites by e-mail with a single-use link that sets the password and enrols the second factor", async () => {
    const mails = await readOutbox(config);
    const mail = mails.find((item) => item.to === "alice@a.nl");
    const token = /\/uitnodiging\/([\w-]+)/.exec(mail?.text ?? "")?.[1] ?? "";
    expect(await findValidToken(database.db, token, "invitation", t0)).toMatchObject({ id: alice });
    expect(await findValidToken(database.db, token, "invitation", minutes(72 * 60 + 1))).toBeUndefined();
    secret = await ensurePendingTotpSecret(database.db, config, alice);
    expect(await ensurePendingTotpSecret(database.db, config, alice)).toBe(secret);
    const step = Math.floor(t0.getTime() / 1000 / totpPeriodSeconds);
    expect(
      await redeemToken(
        database.db,
        token,
        "invitation",
        { passwordHash: await hashPassword(password), totpStep: step },
        t0,
      ),
    ).toBe(alice);
    // Used once: refused the second time.
    expect(await redeemToken(database.db, token, "invitation", { passwordHash: "x" }, t0)).toBeNull();
    expect(await findValidToken(database.db, token, "invitation", t0)).toBeUndefined();
  });

  it("signs in with password, then a code that works only once, or a recovery code once", async () => {
    expect(await checkPasswordSignIn(database.db, "ALICE@a.nl ", password, minutes(1))).toMatchObject({
      ok: true,
      userId: alice,
    });
    const code = totpCode(secret, minutes(1).getTime());
    expect(await checkSecondFactor(database.db, config, alice, code, minutes(1))).toBe("totp");
    // The same right code again: refused, and said to be used (wait for the next one).
    expect(await checkSecondFactor(database.db, config, alice, code, minutes(1))).toBe("used");
    const [recovery] = await replaceRecoveryCodes(database.db, alice);
    expect(await checkSecondFactor(database.db, config, alice, recovery!.toUpperCase(), minutes(2))).toBe(
      "recovery",
    );
    expect(await checkSecondFactor(database.db, config, alice, recovery!, minutes(2))).toBeNull();
  });

  it("lets only one of two requests racing with the same code through", async () => {
    const moment = minutes(4);
    const code = totpCode(secret, moment.getTime());
    const results = await Promise.all([
      checkSecondFactor(database.db, config, alice, code, moment),
      checkSecondFactor(database.db, config, alice, code, moment),
    ]);
    expect(results.sort()).toEqual(["totp", "used"]);
  });

  it("gives unknown address, wrong password and locked account the same outward result, and locks after repeated failures", async () => {
    expect(await checkPasswordSignIn(database.db, "niemand@a.nl", password, minutes(3))).toMatchObject({
      ok: false,
    });
    for (let attempt = 1; attempt < lockout.maxFailures; attempt++) {
      expect(
        await checkPasswordSignIn(database.db, "alice@a.nl", "fout-fout-fout", minutes(3)),
      ).toMatchObject({ ok: false, reason: "wrong" });
    }
    expect(await checkPasswordSignIn(database.db, "alice@a.nl", "fout-fout-fout", minutes(3))).toMatchObject({
      ok: false,
      reason: "locked",
    });
    // Even the right password does not open a locked account.
    expect(await checkPasswordSignIn(database.db, "alice@a.nl", password, minutes(4))).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(
      await checkPasswordSignIn(database.db, "alice@a.nl", password, minutes(4 + lockout.minutes)),
    ).toMatchObject({ ok: true });
  });

  it("counts wrong passwords sent at the same moment each, so a burst locks the account", async () => {
    const moment = minutes(30);
    const results = await Promise.all(
      Array.from({ length: lockout.maxFailures + 4 }, () =>
        checkPasswordSignIn(database.db, "alice@a.nl", "fout-fout-fout", moment),
      ),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    expect(results.filter((result) => !result.ok && result.reason === "locked").length).toBeGreaterThan(0);
    // Locked: even the right password does not open it now.
    expect(await checkPasswordSignIn(database.db, "alice@a.nl", password, minutes(31))).toMatchObject({
      ok: false,
      reason: "locked",
    });
  });

  it("keeps sessions server-side with idle and absolute timeouts, lists them and signs out everywhere", async () => {
    const settings = { idleMinutes: 30, absoluteHours: 12 };
    const first = await createSession(database.db, alice, {
      secondFactorDone: true,
      userAgent: "A",
      now: t0,
    });
    const second = await createSession(database.db, alice, {
      secondFactorDone: true,
      userAgent: "B",
      now: t0,
    });
    expect(first.token).not.toBe(second.token);
    const stored = await database.db.selectFrom("user_session").select("id_hash").execute();
    expect(stored.map((row) => row.id_hash)).not.toContain(first.token);
    expect(await findSession(database.db, first.token, settings, minutes(29))).toMatchObject({
      user_id: alice,
      tenant_id: "org-a",
    });
    // Kept alive every 29 minutes, it still ends after 12 hours.
    for (let at = 58; at < 12 * 60; at += 29)
      expect(await findSession(database.db, first.token, settings, minutes(at))).not.toBeNull();
    expect(await findSession(database.db, first.token, settings, minutes(12 * 60 + 1))).toBeNull();
    // Idle for 31 minutes: ended.
    expect(await findSession(database.db, second.token, settings, minutes(31))).toBeNull();
    const a = await createSession(database.db, alice, { secondFactorDone: true, userAgent: "A", now: t0 });
    const b = await createSession(database.db, alice, { secondFactorDone: true, userAgent: "B", now: t0 });
    expect(await listUserSessions(database.db, alice, a.token)).toHaveLength(2);
    expect(await deleteUserSessions(database.db, alice, a.token)).toBe(1);
    expect(await findSession(database.db, b.token, settings, minutes(1))).toBeNull();
    expect(await findSession(database.db, a.token, settings, minutes(1))).not.toBeNull();
  });

  it("scopes users by organisation: org A cannot see, change or disable a user of org B", async () => {
    expect((await listUsers(database.db, "org-a")).map((user) => user.email)).toEqual(["alice@a.nl"]);
    expect(await getUserInTenant(database.db, "org-a", bob)).toBeUndefined();
    expect(await changeRole(database.db, "org-a", bob, "org_admin")).toBe(false);
    expect(await disableUser(database.db, "org-a", bob, t0)).toBe(false);
    expect(await getUserInTenant(database.db, "org-b", bob)).toMatchObject({
      role: "professional",
      disabled_at: null,
    });
  });

  it("ends a user's sessions on a role change and on deactivation", async () => {
    const settings = { idleMinutes: 30, absoluteHours: 12 };
    const session = await createSession(database.db, alice, {
      secondFactorDone: true,
      userAgent: "A",
      now: t0,
    });
    expect(await changeRole(database.db, "org-a", alice, "org_admin")).toBe(true);
    expect(await findSession(database.db, session.token, settings, minutes(1))).toBeNull();
  });

  it("refuses a reset link that expired or was used", async () => {
    const token = await createToken(database.db, alice, "reset", t0);
    expect(await redeemToken(database.db, token, "reset", { passwordHash: "x" }, minutes(3 * 60))).toBeNull();
    expect(await redeemToken(database.db, token, "invitation", { passwordHash: "x" }, minutes(1))).toBeNull();
    expect(
      await redeemToken(
        database.db,
        token,
        "reset",
        { passwordHash: await hashPassword(password) },
        minutes(1),
      ),
    ).toBe(alice);
    expect(await redeemToken(database.db, token, "reset", { passwordHash: "x" }, minutes(1))).toBeNull();
  });

  it("keeps an audit chain that verifies, scopes it by organisation, and detects a modified row", async () => {
    await writeAudit(database.db, config, {
      action: "sign_in.success",
      actorUserId: alice,
      tenantId: "org-a",
      clientAddress: "192.0.2.1",
    });
    await writeAudit(database.db, config, {
      action: "sign_in.failure",
      actorUserId: null,
      tenantId: "org-b",
    });
    const result = await verifyAudit(database.db, config);
    expect(result.brokenAt).toBeNull();
    expect(result.rows).toBeGreaterThanOrEqual(4);
    expect((await listAudit(database.db, "org-a")).every((row) => row.tenant_id === "org-a")).toBe(true);
    const rows = await database.db.selectFrom("audit_log").select(["id", "ip_hash"]).orderBy("id").execute();
    expect(JSON.stringify(rows)).not.toContain("192.0.2.1");
    const target = rows[rows.length - 2]!;
    await sql`update audit_log set action = 'sign_in.failure' where id = ${target.id}`.execute(database.db);
    expect(await verifyAudit(database.db, config)).toMatchObject({ brokenAt: Number(target.id) });
  });
});
