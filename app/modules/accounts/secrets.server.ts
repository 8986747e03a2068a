import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Config } from "../../config.server";

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

/**
 * The platform's secret key: `ZICHT_SECRET_KEY`, or a random key made once
 * and kept in `<data dir>/secret.key` (readable by the owner only).
 */
export function secretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  const file = path.join(config.dataDir, "secret.key");
  const known = cache.get(file);
  if (known) return known;
  let key: string;
  try {
    key = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(config.dataDir, { recursive: true });
    key = crypto.randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process made it first: use theirs.
      key = fs.readFileSync(file, "utf8").trim();
    }
  }
  cache.set(file, key);
  return key;
}
