import type { Config } from "../../config.server";
import { secretKey } from "../accounts/secrets.server";
import { derivedCaseKey, type CaseKey } from "./note-crypto";

/**
 * The keys for case notes: `ZICHT_CASE_KEYS` (newest first), or — when unset,
 * as in development — one key derived from the platform secret key.
 */
export function caseKeys(config: Config): CaseKey[] {
  return config.caseKeys ?? [derivedCaseKey(secretKey(config))];
}
