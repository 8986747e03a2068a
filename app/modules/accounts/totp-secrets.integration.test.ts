import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prepareDatabase } from "../../../server/runtime";
import { parseConfig } from "../../config.server";
import type { DatabaseHandle } from "../../db/connection.server";
import { testEngineLabel } from "../../db/testing/test-database";
import { useTestDatabase } from "../../db/testing/use-test-database";
import { makeOrganisations } from "../cases/testing";
import { verifyAudit } from "./audit.server";
import {
  checkEnrolmentCode,
  checkSecondFactor,
  ensurePendingTotpSecret,
  replaceRecoveryCodes,
} from "./authentication.server";
import { newTotpSecret, totpCode, totpPeriodSeconds } from "./totp";
import { encryptPlainTotpSecrets } from "./totp-secrets.server";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "totp-secrets-"));
const configWith = (secretKey: string) =>
  parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    ZICHT_DEMO_DATA: "false",
    ZICHT_SECRET_KEY: secretKey,
    ZICHT_DATA_DIR: path.join(root, "data"),
  });
const config = configWith("totp-integration-key-totp-integration-key");
const otherConfig = configWith("another-platform-key-another-platform-key");
const silent = pino({ level: "silent" });
const t0 = new Date(Date.UTC(2026, 11, 3, 9, 0, 0));
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);
const stepAt = (moment: Date) => Math.floor(moment.getTime() / 1000 / totpPeriodSeconds);

describe(`second-factor secrets are encrypted at rest (${testEngineLabel})`, () => {
  const database = useTestDatabase({ emptyBeforeEach: true });
  let ids: { a: string; b: string; c: string } = { a: "", b: "", c: "" };

  beforeAll(() => {
    fs.mkdirSync(path.join(root, "data"), { recursive: true });
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  beforeEach(async () => {
    const people = await makeOrganisations(database.db, {
      a: ["org-a", "professional", "Anna"],
      b: ["org-a", "professional", "Bram"],
      c: ["org-b", "org_admin", "Cor"],
    });
    ids = { a: people.a.userId, b: people.b.userId, c: people.c.userId };
  });

  const stored = async (userId: string) =>
    (
      await database.db
        .selectFrom("user_account")
        .select("totp_secret")
        .where("id", "=", userId)
        .executeTakeFirstOrThrow()
    ).totp_secret;

  const enable = (userId: string, moment: Date) =>
    database.db
      .updateTable("user_account")
      .set({ totp_enabled_at: moment, totp_last_step: stepAt(moment) })
      .where("id", "=", userId)
      .execute();

  const totpAudits = () =>
    database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "totp.secrets_encrypted")
      .execute();

  it("enrolment and sign-in work, and the column holds no base32 secret", async () => {
    const secret = await ensurePendingTotpSecret(database.db, config, ids.a);
    expect(secret).toMatch(/^[A-Z2-7]+$/);
    expect(await ensurePendingTotpSecret(database.db, config, ids.a)).toBe(secret);
    const column = await stored(ids.a);
    expect(column).toMatch(/^v1:/);
    expect(column).not.toContain(secret);
    const check = await checkEnrolmentCode(database.db, config, ids.a, totpCode(secret, t0.getTime()), t0);
    expect(check).toEqual({ ok: true, step: stepAt(t0) });
    expect(await checkEnrolmentCode(database.db, config, ids.a, "000000", t0)).toMatchObject({ ok: false });
    await enable(ids.a, t0);
    const later = minutes(5);
    expect(
      await checkSecondFactor(database.db, config, ids.a, totpCode(secret, later.getTime()), later),
    ).toBe("totp");
    expect(
      await checkSecondFactor(database.db, config, ids.a, totpCode(secret, later.getTime()), later),
    ).toBe("used");
  });

  it("a database holding plain secrets: encrypted once at preparation, codes still verify, a second run writes nothing", async () => {
    const plain = { a: newTotpSecret(), b: newTotpSecret() };
    for (const key of ["a", "b"] as const) {
      await database.db
        .updateTable("user_account")
        .set({ totp_secret: plain[key], totp_enabled_at: t0, totp_last_step: stepAt(t0) })
        .where("id", "=", ids[key])
        .execute();
    }
    // Cor has already an encrypted (pending) secret: left alone.
    await ensurePendingTotpSecret(database.db, config, ids.c);
    const corBefore = await stored(ids.c);

    const handle: DatabaseHandle = { db: database.db, engine: database.engine, close: async () => undefined };
    await prepareDatabase(handle, config, silent);

    for (const key of ["a", "b"] as const) {
      const column = await stored(ids[key]);
      expect(column).toMatch(/^v1:/);
      expect(column).not.toContain(plain[key]);
    }
    expect(await stored(ids.c)).toBe(corBefore);
    expect(await totpAudits()).toEqual([{ action: "totp.secrets_encrypted", details: '{"count":"2"}' }]);
    expect(await verifyAudit(database.db, config)).toMatchObject({ brokenAt: null });

    const later = minutes(3);
    for (const key of ["a", "b"] as const) {
      const code = totpCode(plain[key], later.getTime());
      expect(await checkSecondFactor(database.db, config, ids[key], code, later)).toBe("totp");
    }

    const columns = await database.db
      .selectFrom("user_account")
      .select(["id", "totp_secret"])
      .orderBy("id")
      .execute();
    expect(await encryptPlainTotpSecrets(database.db, config)).toEqual({ encrypted: 0, unreadable: 0 });
    expect(
      await database.db.selectFrom("user_account").select(["id", "totp_secret"]).orderBy("id").execute(),
    ).toEqual(columns);
    expect(await totpAudits()).toHaveLength(1);
  }, 180_000);

  it("a copy of the database with another secret key cannot verify codes (refused, no crash)", async () => {
    const secret = await ensurePendingTotpSecret(database.db, config, ids.a);
    await enable(ids.a, t0);
    const [recovery] = await replaceRecoveryCodes(database.db, ids.a);
    const later = minutes(2);
    const code = totpCode(secret, later.getTime());
    expect(await checkSecondFactor(database.db, otherConfig, ids.a, code, later)).toBeNull();
    expect(await encryptPlainTotpSecrets(database.db, otherConfig)).toEqual({ encrypted: 0, unreadable: 1 });
    expect(await totpAudits()).toHaveLength(0);
    // A recovery code still works; the right key still verifies the code.
    expect(await checkSecondFactor(database.db, otherConfig, ids.a, recovery!, later)).toBe("recovery");
    expect(await checkSecondFactor(database.db, config, ids.a, code, later)).toBe("totp");
  });

  it("a stored secret copied to another account does not open there", async () => {
    const secret = await ensurePendingTotpSecret(database.db, config, ids.a);
    await enable(ids.a, t0);
    await database.db
      .updateTable("user_account")
      .set({ totp_secret: await stored(ids.a), totp_enabled_at: t0, totp_last_step: stepAt(t0) })
      .where("id", "=", ids.b)
      .execute();
    const later = minutes(2);
    const code = totpCode(secret, later.getTime());
    expect(await checkSecondFactor(database.db, config, ids.b, code, later)).toBeNull();
    expect(await checkSecondFactor(database.db, config, ids.a, code, later)).toBe("totp");
  });
});
