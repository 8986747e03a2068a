import fs from "node:fs";
import type { Kysely } from "kysely";
import type { Config } from "../../config.server";
import type { Database } from "../../db/database";
import { appendAudit } from "../accounts/audit.server";
import { forgetKeyFiles, oldSecretKeyFile, readKeyFile, secretKey } from "../accounts/secrets.server";
import { caseKeys } from "./case-keys.server";
import { derivedCaseKey, openNote, sealNote, type CaseKey } from "./note-crypto";

/**
 * Moving keys out of the data directory (decision 016). Versions before the
 * key folder kept the secret key in `<data dir>/secret.key` and, without
 * ZICHT_CASE_KEYS, encrypted notes with a key derived from it (id `local`).
 * A copy of the data directory alone could then decrypt every note and
 * re-chain the audit log. Runs at start-up and with `zicht db migrate`,
 * after the migrations and before anything else writes:
 *
 * 1. the secret key: `secretKey()` copies the old file's key into the key
 *    folder when that has none yet (written completely before the old file
 *    is touched); a different key there or in ZICHT_SECRET_KEY is refused;
 * 2. every note under the derived key is re-encrypted with the current case
 *    key, in one transaction with one audit row (`keys.moved`);
 * 3. only then is the old file deleted.
 *
 * A crash between the steps is safe: each step can run again, and notes
 * already under the current key are left alone.
 */

/** The old key and the key folder (or ZICHT_SECRET_KEY) disagree; nothing was changed. */
export class KeyMoveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyMoveError";
  }
}

export interface KeyMoveReport {
  /** True when an old `<data dir>/secret.key` was found (and is now deleted). */
  oldKeyRemoved: boolean;
  /** Notes re-encrypted from the derived key to the current case key. */
  notesReencrypted: number;
  /** Notes under the derived key that no known key opens (left as they are). */
  notesUnreadable: number;
}

/** The id every note encrypted with the derived development key carries. */
const derivedKeyId = derivedCaseKey("").id;

export async function moveKeysOutOfDataDir(db: Kysely<Database>, config: Config): Promise<KeyMoveReport> {
  const oldFile = oldSecretKeyFile(config);
  const oldSecret = readKeyFile(oldFile);
  if (oldSecret !== undefined) {
    forgetKeyFiles();
    const current = secretKey(config);
    if (current !== oldSecret) {
      throw new KeyMoveError(
        config.secretKey
          ? `${oldFile} bevat een andere sleutel dan ZICHT_SECRET_KEY; zet ZICHT_SECRET_KEY op de sleutel uit dat bestand, of verplaats het bestand zelf naar een veilige plek buiten de datamap.`
          : `${oldFile} en de sleutelmap ${config.keyDir} bevatten verschillende sleutels; bewaar de juiste in de sleutelmap en haal de andere weg.`,
      );
    }
  }

  const report = await reencryptDerivedNotes(db, config, oldSecret);

  if (oldSecret !== undefined) fs.rmSync(oldFile, { force: true });
  return { ...report, oldKeyRemoved: oldSecret !== undefined };
}

/**
 * Re-encrypts, in one transaction, every note under the derived key with the
 * current case key, and records it in the audit log. Idempotent.
 */
async function reencryptDerivedNotes(
  db: Kysely<Database>,
  config: Config,
  oldSecret: string | undefined,
): Promise<Omit<KeyMoveReport, "oldKeyRemoved">> {
  const waiting = await db
    .selectFrom("case_note")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("key_id", "=", derivedKeyId)
    .executeTakeFirstOrThrow();
  if (Number(waiting.count) === 0 && oldSecret === undefined)
    return { notesReencrypted: 0, notesUnreadable: 0 };

  const keys = caseKeys(config);
  if (keys[0]?.id === derivedKeyId) return { notesReencrypted: 0, notesUnreadable: 0 };
  // The derived key came from the old file, or from ZICHT_SECRET_KEY when that was set
  // (or from the key folder's secret key, when someone removed the old file by hand).
  const secrets = new Set([oldSecret, config.secretKey, secretKey(config)]);
  const candidates: CaseKey[] = [...secrets]
    .filter((secret): secret is string => secret !== undefined)
    .map((secret) => derivedCaseKey(secret));

  return db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom("case_note")
      .select(["id", "case_id", "subject_type", "subject_id", "key_id", "iv", "auth_tag", "ciphertext"])
      .where("key_id", "=", derivedKeyId)
      .orderBy("id")
      .forUpdate()
      .execute();
    let reencrypted = 0;
    let unreadable = 0;
    for (const row of rows) {
      const binding = { caseId: row.case_id, subjectType: row.subject_type, subjectId: row.subject_id };
      const text = openWithAny(candidates, binding, row);
      if (text === undefined) {
        unreadable += 1;
        continue;
      }
      await trx
        .updateTable("case_note")
        .set(sealNote(keys, binding, text))
        .where("id", "=", row.id)
        .execute();
      reencrypted += 1;
    }
    // Nothing moved (only notes no key opens): no audit row, so a second run changes nothing.
    if (reencrypted === 0 && oldSecret === undefined)
      return { notesReencrypted: 0, notesUnreadable: unreadable };
    await appendAudit(trx, config, {
      action: "keys.moved",
      actorUserId: null,
      tenantId: null,
      details: {
        secret_key: oldSecret === undefined ? "niet in de datamap" : "uit de datamap gehaald",
        notes_reencrypted: String(reencrypted),
        notes_unreadable: String(unreadable),
        case_key: keys[0]?.id ?? "",
      },
    });
    return { notesReencrypted: reencrypted, notesUnreadable: unreadable };
  });
}

function openWithAny(
  candidates: readonly CaseKey[],
  binding: Parameters<typeof openNote>[1],
  sealed: Parameters<typeof openNote>[2],
): string | undefined {
  for (const candidate of candidates) {
    try {
      return openNote([candidate], binding, sealed);
    } catch {
      // Not this key: try the next.
    }
  }
  return undefined;
}
