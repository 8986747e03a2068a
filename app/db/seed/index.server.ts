import type { Kysely } from "kysely";
import { helplines } from "../../../content/helplines";
import { organisations, programs, services } from "../../../content/organisations";
import { namedRegions } from "../../../content/regions";
import { taxonomies } from "../../../content/taxonomies";
import { saveDirectory, updateSeededDescriptions } from "../../modules/directory/directory.server";
import { upsertHelplines } from "../../modules/advice/helpline.server";
import { readContent } from "../../modules/knowledge/content-files.server";
import { saveContent } from "../../modules/knowledge/knowledge.server";
import type { Database } from "../database";

/**
 * One named set of platform content. Each module adds its own seeder here.
 * Raise `version` when the content changes: the seeder then runs again
 * (seeders upsert, so running again is safe).
 */
export interface Seeder {
  name: string;
  version: number;
  /**
   * `content`: platform content every installation needs (helplines,
   * knowledge, directory). `demo`: made-up example data for trying Zicht out,
   * loaded only when ZICHT_DEMO_DATA is on.
   */
  kind: "content" | "demo";
  /** Writes the content; returns how many records it wrote. */
  run(db: Kysely<Database>): Promise<number>;
}

export const seeders: readonly Seeder[] = [
  {
    name: "advice/helplines",
    version: 2,
    kind: "content",
    run: (db) => upsertHelplines(db, helplines),
  },
  {
    name: "directory/wegwijzer",
    version: 2,
    kind: "content",
    async run(db) {
      const result = await saveDirectory(
        db,
        { taxonomies, namedRegions, organisations, programs, services },
        "seed",
      );
      if (!result.ok) throw new Error(`Wegwijzer-inhoud klopt niet:\n${result.problems.join("\n")}`);
      return result.records;
    },
  },
  {
    // Corrected descriptions from content/organisations.ts, only for records
    // that no editor or import has changed (decision 010). Raise the version
    // to ship changed descriptions without writing the whole Wegwijzer again.
    name: "directory/wegwijzer-descriptions",
    version: 1,
    kind: "content",
    run: (db) => updateSeededDescriptions(db, { organisations, services }, "seed"),
  },
  {
    // Knowledge, youth and parent pages, the library and key figures from content/.
    // Only what differs from the latest revision is written (as a new revision).
    name: "knowledge/content",
    // 2: figures cite a source of content/sources.ts and always have a year; pages list their sources;
    //    reporting is worded as the meldnorm; texts in our own words.
    version: 2,
    kind: "content",
    run: (db) => saveContent(db, readContent(), "seed"),
  },
];

export interface SeedReport {
  name: string;
  records: number;
}

/**
 * Runs every seeder whose version has not been applied yet, each in its own
 * transaction together with its bookkeeping row: a failing seeder leaves
 * nothing half-written.
 */
export async function runSeeds(
  db: Kysely<Database>,
  options: { force?: boolean; includeDemo?: boolean; only?: readonly Seeder[] } = {},
): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  const selected = (options.only ?? seeders).filter(
    (seeder) => seeder.kind === "content" || options.includeDemo !== false,
  );
  for (const seeder of selected) {
    const report = await db.transaction().execute(async (trx) => {
      const applied = await trx
        .selectFrom("seed_run")
        .select("version")
        .where("name", "=", seeder.name)
        .executeTakeFirst();
      if (!options.force && applied && applied.version >= seeder.version) return undefined;
      const records = await seeder.run(trx);
      await trx
        .insertInto("seed_run")
        .values({ name: seeder.name, version: seeder.version })
        .onConflict((oc) =>
          oc.column("name").doUpdateSet({ version: seeder.version, applied_at: new Date() }),
        )
        .execute();
      return { name: seeder.name, records };
    });
    if (report) reports.push(report);
  }
  return reports;
}
