import crypto from "node:crypto";
import path from "node:path";
import { caseKeysPattern, ConfigError, parseCaseKeys, type Config } from "../../config.server";
import { keyFileContents, keyFiles } from "../accounts/secrets.server";
import type { CaseKey } from "./note-crypto";

/**
 * The keys for case notes, newest first: `ZICHT_CASE_KEYS`, or — when unset —
 * the list in `<key dir>/case.keys` (same format), made on first use with one
 * fresh random key. Its id is random too (`k-<8 hex>`), so notes opened with
 * another key folder fail as "key missing", never as a wrong key.
 */
export function caseKeys(config: Config): CaseKey[] {
  if (config.caseKeys) return config.caseKeys;
  const list = keyFileContents(config.keyDir, keyFiles.caseKeys, newCaseKeyEntry)
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(",");
  const source = `Ongeldig sleutelbestand ${path.join(config.keyDir, keyFiles.caseKeys)}`;
  if (!caseKeysPattern.test(list)) {
    throw new ConfigError(`${source}: gebruik een lijst als sleutel-2:<32 bytes base64>,sleutel-1:<…>.`);
  }
  return parseCaseKeys(list, source);
}

/** One new case key as a list entry: `k-<8 hex>:<32 random bytes base64>`. */
export function newCaseKeyEntry(): string {
  return `k-${crypto.randomBytes(4).toString("hex")}:${crypto.randomBytes(32).toString("base64")}`;
}
