import type { AccountsTables } from "../modules/accounts/tables";
import type { CasesTables } from "../modules/cases/tables";
import type { CaseStatisticsTables } from "../modules/cases/statistics-tables";
import type { AdviceTables } from "../modules/advice/tables";
import type { DirectoryTables } from "../modules/directory/tables";
import type { KnowledgeTables } from "../modules/knowledge/tables";
import type { NotificationsTables } from "../modules/notifications/tables";
import type { PlatformTables } from "./platform-tables";

/**
 * The whole database as Kysely sees it: the union of the tables each module
 * owns. A module reads and writes only its own tables (docs/architecture.md, "Modules").
 */
export interface Database
  extends
    PlatformTables,
    AdviceTables,
    DirectoryTables,
    KnowledgeTables,
    AccountsTables,
    CasesTables,
    CaseStatisticsTables,
    NotificationsTables {}
