import fs from "node:fs";
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { isInsideDir } from "./db/backup";

/**
 * A number from the environment. An empty value (`PORT=`) is refused rather
 * than read as 0 (`Number("")` is 0, which would quietly mean "any port").
 */
const numberFromEnv = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? Number.NaN : value), schema);

/**
 * Every setting Zicht reads from the environment. The README's configuration
 * table documents each of them; `configSchema` is the single source of truth.
 */
const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    error: "gebruik true of false",
  })
  .transform((value) => value === "true" || value === "1" || value === "yes");

/** Express's names for address ranges, allowed in TRUST_PROXY next to addresses and CIDR ranges. */
const proxyRangeNames = ["loopback", "linklocal", "uniquelocal"];

function isProxyAddress(entry: string): boolean {
  if (proxyRangeNames.includes(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix >= 0 && prefix <= (version === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: which proxies in front of Zicht may tell the client's address
 * and protocol (X-Forwarded-For, X-Forwarded-Proto). `false`/`off`/empty:
 * none; a number: that many hops; else a list of addresses, CIDR ranges or
 * loopback/linklocal/uniquelocal.
 */
const trustProxyFromEnv = z
  .string()
  .transform((value) => value.trim())
  .refine(
    (value) =>
      ["", "false", "off", "0", "no"].includes(value) ||
      /^[1-9]$/.test(value) ||
      value.split(",").every((entry) => isProxyAddress(entry.trim())),
    {
      error:
        "gebruik false, een aantal tussenstappen (1–9) of een lijst van adressen, zoals 10.0.0.1,10.0.0.0/8 of loopback",
    },
  )
  .transform((value): false | number | string[] => {
    if (["", "false", "off", "0", "no"].includes(value)) return false;
    if (/^[1-9]$/.test(value)) return Number(value);
    return value.split(",").map((entry) => entry.trim());
  });

/** A list of case keys, newest first: `k2:<32 bytes base64>,k1:<32 bytes base64>`. */
export const caseKeysPattern =
  /^[a-z0-9-]{1,20}:[A-Za-z0-9+/_-]{43}=?(,[a-z0-9-]{1,20}:[A-Za-z0-9+/_-]{43}=?)*$/;

const configSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      error: "gebruik development, production of test",
    })
    .default("production"),
  HOST: z.string().min(1, "mag niet leeg zijn").default("0.0.0.0"),
  PORT: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(0, "moet tussen 0 en 65535 liggen")
      .max(65535, "moet tussen 0 en 65535 liggen"),
  ).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, "moet beginnen met postgres:// of postgresql://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_MAX: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(200, "mag hoogstens 200 zijn"),
  ).default(10),
  ZICHT_DATA_DIR: z.string().min(1, "mag niet leeg zijn").default("./data"),
  ZICHT_KEY_DIR: z
    .string()
    .min(1)
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZICHT_DEMO_DATA: booleanFromEnv.default(true),
  TRUST_PROXY: trustProxyFromEnv.optional(),
  ZICHT_TEST_ROUTES: booleanFromEnv.default(false),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "gebruik fatal, error, warn, info, debug, trace of silent",
    })
    .default("info"),
  LOG_FORMAT: z.enum(["json", "pretty"], { error: "gebruik json of pretty" }).optional(),
  SHUTDOWN_TIMEOUT_MS: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(0, "mag niet negatief zijn")
      .max(120_000, "mag hoogstens 120000 zijn"),
  ).default(10_000),
  SESSION_IDLE_MINUTES: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(1440, "mag hoogstens 1440 zijn"),
  ).default(30),
  SESSION_ABSOLUTE_HOURS: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(168, "mag hoogstens 168 zijn"),
  ).default(12),
  ZICHT_SECRET_KEY: z
    .string()
    .min(32, "moet minstens 32 tekens lang zijn")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZICHT_CASE_KEYS: z
    .string()
    .regex(
      caseKeysPattern,
      "moet een lijst zijn als sleutel-2:<32 bytes base64>,sleutel-1:<32 bytes base64> (de eerste versleutelt)",
    )
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZICHT_CASE_RETENTION_YEARS: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(30, "mag hoogstens 30 zijn"),
  ).default(5),
  ZICHT_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, "moet een adres zijn zoals https://zicht.example.nl (zonder / aan het eind)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, "moet beginnen met smtp:// of smtps://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3, "mag niet leeg zijn").default("Zicht <noreply@zicht.localhost>"),
  ZICHT_BACKUP_DIR: z
    .string()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  ZICHT_BACKUP_INTERVAL_HOURS: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(720, "mag hoogstens 720 zijn"),
  ).default(24),
  ZICHT_BACKUP_KEEP: numberFromEnv(
    z.coerce
      .number({ error: "moet een getal zijn" })
      .int("moet een heel getal zijn")
      .min(1, "moet minstens 1 zijn")
      .max(1000, "mag hoogstens 1000 zijn"),
  ).default(7),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  env: RawConfig["NODE_ENV"];
  isProduction: boolean;
  host: string;
  port: number;
  /** Proxies trusted for the client's address and protocol (Express `trust proxy`): none, hops, or addresses. */
  trustProxy: false | number | string[];
  database: { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; poolMax: number };
  dataDir: string;
  /**
   * The key folder, outside the data directory (absolute): `secret.key` and
   * `case.keys` when the environment does not give the keys. A copy of the
   * data directory alone therefore decrypts nothing.
   */
  keyDir: string;
  demoData: boolean;
  testRoutes: boolean;
  log: { level: RawConfig["LOG_LEVEL"]; format: "json" | "pretty" };
  shutdownTimeoutMs: number;
  sessions: { idleMinutes: number; absoluteHours: number };
  /** Key for session-independent hashes (audit log, client addresses); from `<key dir>/secret.key` when unset. */
  secretKey: string | undefined;
  /**
   * Keys for case notes (AES-256-GCM), newest first: the first encrypts, all
   * decrypt. Unset: the keys in `<key dir>/case.keys` (made on first use).
   */
  caseKeys: { id: string; key: Buffer }[] | undefined;
  /** Years a closed case is kept (organisations without their own setting); then deleted or anonymised. */
  caseRetentionYears: number;
  /** Address the outside world reaches Zicht at, for links in e-mails. */
  publicUrl: string;
  mail: { smtpUrl: string | undefined; from: string };
  /** Scheduled back-ups of the embedded database (decision 018): off when `dir` is undefined. */
  backup: { dir: string | undefined; intervalHours: number; keep: number };
}

/** A configuration problem, phrased as one line that names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

/**
 * Parses settings from an environment object. Throws `ConfigError` with one
 * clear Dutch line naming the first wrong variable.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === undefined ? undefined : env[key]]),
  );
  const result = configSchema.safeParse(present);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") ?? "onbekend";
    const value = env[name];
    // The value is quoted as JSON so the message stays one line, and a
    // password in a mistyped DATABASE_URL never reaches the logs.
    const shown = value?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^/]*@/i, "$1:***@");
    throw new ConfigError(
      `Ongeldige instelling ${name}${shown === undefined ? "" : `=${JSON.stringify(shown)}`}: ${issue?.message ?? "ongeldige waarde"}.`,
    );
  }
  const raw = result.data;
  const dataDir = path.resolve(raw.ZICHT_DATA_DIR);
  const keyDir = checkKeyDir(dataDir, raw.ZICHT_KEY_DIR);
  requireKeysForServerDatabase(raw);
  const backupDir = raw.ZICHT_BACKUP_DIR === undefined ? undefined : path.resolve(raw.ZICHT_BACKUP_DIR);
  if (backupDir !== undefined) {
    if (raw.DATABASE_URL) {
      throw new ConfigError(
        "Ongeldige instelling ZICHT_BACKUP_DIR: back-ups op schema zijn er alleen voor de ingebouwde database. Gebruik pg_dump bij DATABASE_URL (zie README, Back-ups).",
      );
    }
    if (isInsideDir(realPathOf(backupDir), realPathOf(dataDir))) {
      throw new ConfigError(
        `Ongeldige instelling ZICHT_BACKUP_DIR=${JSON.stringify(raw.ZICHT_BACKUP_DIR)}: de back-upmap mag niet in de datamap liggen.`,
      );
    }
    // A back-up travels; the keys must not travel with it.
    if (
      isInsideDir(realPathOf(backupDir), realPathOf(keyDir)) ||
      isInsideDir(realPathOf(keyDir), realPathOf(backupDir))
    ) {
      throw new ConfigError(
        `Ongeldige instelling ZICHT_BACKUP_DIR=${JSON.stringify(raw.ZICHT_BACKUP_DIR)}: de back-upmap en de sleutelmap (${keyDir}) moeten los van elkaar liggen.`,
      );
    }
  }
  return {
    env: raw.NODE_ENV,
    isProduction: raw.NODE_ENV === "production",
    host: raw.HOST,
    port: raw.PORT,
    trustProxy: raw.TRUST_PROXY ?? false,
    database: raw.DATABASE_URL
      ? { kind: "postgres", url: raw.DATABASE_URL, poolMax: raw.DATABASE_POOL_MAX }
      : { kind: "pglite", dataDir: path.join(dataDir, "pglite") },
    dataDir,
    keyDir,
    demoData: raw.ZICHT_DEMO_DATA,
    testRoutes: raw.ZICHT_TEST_ROUTES,
    log: {
      level: raw.LOG_LEVEL,
      format: raw.LOG_FORMAT ?? (raw.NODE_ENV === "development" ? "pretty" : "json"),
    },
    shutdownTimeoutMs: raw.SHUTDOWN_TIMEOUT_MS,
    sessions: { idleMinutes: raw.SESSION_IDLE_MINUTES, absoluteHours: raw.SESSION_ABSOLUTE_HOURS },
    secretKey: raw.ZICHT_SECRET_KEY,
    caseKeys: raw.ZICHT_CASE_KEYS ? parseCaseKeys(raw.ZICHT_CASE_KEYS) : undefined,
    caseRetentionYears: raw.ZICHT_CASE_RETENTION_YEARS,
    publicUrl: raw.ZICHT_PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    mail: { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM },
    backup: { dir: backupDir, intervalHours: raw.ZICHT_BACKUP_INTERVAL_HOURS, keep: raw.ZICHT_BACKUP_KEEP },
  };
}

/** The default key folder: a sibling of the data directory, `<data dir>-keys`. */
export function defaultKeyDir(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}-keys`;
}

/**
 * The real path of a path that may not exist yet: the real path of its
 * nearest existing ancestor, with the rest appended (so symlinks are seen
 * through wherever they already exist).
 */
function realPathOf(target: string): string {
  const missing: string[] = [];
  let current = path.resolve(target);
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(target);
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** The key folder (absolute); refused when it is the data directory or inside it. */
function checkKeyDir(dataDir: string, setting: string | undefined): string {
  const keyDir = setting === undefined ? defaultKeyDir(dataDir) : path.resolve(setting);
  if (isInsideDir(keyDir, dataDir) || isInsideDir(realPathOf(keyDir), realPathOf(dataDir))) {
    throw new ConfigError(
      `Ongeldige instelling ZICHT_KEY_DIR=${JSON.stringify(keyDir)}: de sleutelmap moet buiten de datamap (${dataDir}) liggen.`,
    );
  }
  return keyDir;
}

/**
 * Production on a PostgreSQL server takes its keys from the environment only:
 * a key folder on one machine would not be shared by every process, and
 * would end up next to the data sooner or later.
 */
function requireKeysForServerDatabase(raw: RawConfig): void {
  if (raw.NODE_ENV !== "production" || !raw.DATABASE_URL) return;
  const missing = [
    raw.ZICHT_SECRET_KEY ? undefined : "ZICHT_SECRET_KEY",
    raw.ZICHT_CASE_KEYS ? undefined : "ZICHT_CASE_KEYS",
  ].filter((name) => name !== undefined);
  if (missing.length === 0) return;
  throw new ConfigError(
    `${missing.join(" en ")} ${missing.length === 1 ? "ontbreekt" : "ontbreken"}: in productie met DATABASE_URL zijn beide verplicht; maak een sleutel met "openssl rand -base64 32" (ZICHT_CASE_KEYS als k1:<sleutel>).`,
  );
}

/**
 * Reads a list of case keys (`id:base64,id:base64`, newest first), as in
 * ZICHT_CASE_KEYS; `source` names where the list came from in the error.
 */
export function parseCaseKeys(
  value: string,
  source = "Ongeldige instelling ZICHT_CASE_KEYS",
): { id: string; key: Buffer }[] {
  const keys = value.split(",").map((entry) => {
    const [id = "", encoded = ""] = entry.split(":");
    return {
      id,
      key: Buffer.from(encoded, encoded.includes("-") || encoded.includes("_") ? "base64url" : "base64"),
    };
  });
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) throw new ConfigError(`${source}: een sleutelnaam staat er twee keer in.`);
  if (keys.some((key) => key.key.length !== 32)) {
    throw new ConfigError(`${source}: elke sleutel moet precies 32 bytes zijn.`);
  }
  return keys;
}

/** Names of all settings, for documentation tests. */
export const configVariableNames = Object.keys(configSchema.shape);
