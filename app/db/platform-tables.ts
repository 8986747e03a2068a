import type { Generated } from "kysely";

/** Bookkeeping tables of the platform itself. */
export interface PlatformTables {
  seed_run: {
    name: string;
    version: number;
    applied_at: Generated<Date>;
  };
}
