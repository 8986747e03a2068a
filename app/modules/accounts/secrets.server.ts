import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, type Config } from "../../config.server";

/** A random secret for a cookie or a link: 32 bytes, URL-safe. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** How secrets are stored: the database holds only this hash. */
export function sha256(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}

/** Hashes of client addresses and of audit rows are keyed, so nobody can recompute them without the key. */
export function keyedHash(key: string, value: string): string {
  return crypto.createHmac("sha256", key).update(value).digest("hex");
}

export function equalSecrets(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

const cache = new Map<string, string>();

/** Names of the files in the key folder. */
export const keyFiles = { secret: "secret.key", caseKeys: "case.keys" } as const;

/**
 * The contents of a file in the key folder, made once with `make()` when it
 * does not exist yet (folder 0700, file 0600). Two processes starting at the
 * same time end up with the same key: the new file is written completely
 * under a temporary name (`flag: "wx"`) and then linked into place, which
 * fails when the other process was first; then their file is read.
 */
export function keyFileContents(keyDir: string, name: string, make: () => string): string {
  const file = path.join(keyDir, name);
  const known = cache.get(file);
  if (known) return known;
  let value = readKeyFile(file);
  if (value === undefined) {
    fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const temporary = path.join(keyDir, `.${name}.${process.pid}.${crypto.randomBytes(6).toString("hex")}`);
    const made = make();
    fs.writeFileSync(temporary, `${made}\n`, { mode: 0o600, flag: "wx" });
    try {
      fs.linkSync(temporary, file);
      value = made;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Another process made it first: use theirs.
      value = readKeyFile(file);
      if (value === undefined) {
        throw new ConfigError(
          `Het sleutelbestand ${file} is leeg; haal het weg of zet de juiste sleutel erin.`,
        );
      }
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  cache.set(file, value);
  return value;
}

/** The trimmed contents of a key file, or undefined when there is none (or it is empty). */
export function readKeyFile(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Forgets what was read from the key folder (after a key file was moved or written by `moveKeysOutOfDataDir`). */
export function forgetKeyFiles(): void {
  cache.clear();
}

/** A fresh platform secret key: 32 random bytes, base64url. */
export function newSecretKey(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** Where versions before the key folder kept the secret key: inside the data directory. */
export function oldSecretKeyFile(config: Config): string {
  return path.join(config.dataDir, keyFiles.secret);
}

/**
 * The platform's secret key: `ZICHT_SECRET_KEY`, or the key in
 * `<key dir>/secret.key` (readable by the owner only), outside the data
 * directory. When that file does not exist yet it is made: with the key of
 * an old `<data dir>/secret.key` when there is one (so the audit chain stays
 * valid; `moveKeysOutOfDataDir` deletes the old file later), else a new
 * random key.
 */
export function secretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  return keyFileContents(
    config.keyDir,
    keyFiles.secret,
    () => readKeyFile(oldSecretKeyFile(config)) ?? newSecretKey(),
  );
}
