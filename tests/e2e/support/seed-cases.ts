/**
 * Puts two cases in a data directory for the case end-to-end tests, before
 * the app starts (the embedded database allows one process at a time):
 * run as `tsx tests/e2e/support/seed-cases.ts <owner e-mail>` with
 * ZICHT_DATA_DIR set. "Merel" has consent for referral and for CoMensha
 * registration and one encrypted note; "Noor" has no consent at all.
 * Prints the case ids as JSON. (Opening cases through the case pages is
 * tested with those pages.)
 */
import pino from "pino";
import { parseConfig } from "../../../app/config.server";
import { createCase } from "../../../app/modules/cases/cases.server";
import { writeNote } from "../../../app/modules/cases/notes.server";
import { recordConsent } from "../../../app/modules/cases/consents.server";
import { openDatabaseForProcess, prepareDatabase } from "../../../server/runtime";

const email = process.argv[2] ?? "";
const config = parseConfig(process.env);
const logger = pino({ level: "silent" });
const opened = await openDatabaseForProcess(config, logger);
try {
  const db = opened.handle.db;
  await prepareDatabase(opened.handle, config, logger);
  const user = await db
    .selectFrom("user_account")
    .select(["id", "tenant_id", "role"])
    .where("email", "=", email)
    .executeTakeFirstOrThrow();
  const owner = { userId: user.id, tenantId: user.tenant_id, role: user.role };
  const fields = {
    birthYear: 2011,
    gender: "female" as const,
    lvb: "yes" as const,
    municipalityCode: "GM0080",
    exploitationForms: ["seksueel"],
  };
  const merel = await createCase(db, config, owner, { pseudonym: "Merel", ...fields });
  const noor = await createCase(db, config, owner, { pseudonym: "Noor", ...fields });
  await db.transaction().execute((trx) =>
    writeNote(trx, config, owner, {
      caseId: merel,
      subjectType: "case",
      subjectId: merel,
      text: "GEHEIM: woont bij oom",
    }),
  );
  // Merel (born 2011) is 14 or 15: the young person and a parent consent, in writing (CoMensha).
  for (const purpose of ["referral", "comensha_registration"] as const) {
    for (const givenBy of ["young_person", "parent"] as const) {
      await recordConsent(db, config, owner, merel, {
        purpose,
        target: null,
        givenBy,
        givenOn: "2026-11-01",
        form: "written",
      });
    }
  }
  process.stdout.write(`${JSON.stringify({ merel, noor })}\n`);
} finally {
  await opened.close();
}
