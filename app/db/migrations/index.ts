import type { Migration } from "kysely";
import * as platformAndHelplines from "./20261129_0100_platform-and-helplines";
import * as directory from "./20261129_0200_directory";
import * as directorySearchArrays from "./20261129_0300_directory-search-arrays";
import * as knowledgeContent from "./20261129_0400_knowledge-content";
import * as accounts from "./20261129_0500_accounts";
import * as directorySearchTable from "./20261129_0600_directory-search-table";
import * as auditDetails from "./20261129_0700_audit-details";
import * as contentRevisionNote from "./20261129_0750_content-revision-note";
import * as cases from "./20261129_0800_cases";
import * as caseAssessmentNotes from "./20261129_0810_case-assessment-notes";
import * as caseRetentionStatistics from "./20261129_0850_case-retention-statistics";
import * as directoryCommonText from "./20261129_0900_directory-common-text";
import * as rateLimit from "./20261129_1000_rate-limit";
import * as serviceSimilarText from "./20261129_1100_service-similar-text";
import * as consentByAge from "./20261203_0100_consent-by-age";
import * as userPhone from "./20261203_0200_user-phone";
import * as caseTaskKinds from "./20261203_1100_case-task-kinds";
import * as notifications from "./20261203_1300_notifications";
import * as closeRequiresComplete from "./20261203_1310_close-requires-complete";
import * as auditHead from "./20261203_1500_audit-head";

/**
 * Every migration, by its timestamped file name. Kysely runs them in name
 * order. A test checks that each file in this folder is listed here, so the
 * list works the same in the server, the CLI and the bundled tests.
 */
export const migrations: Record<string, Migration> = {
  "20261129_0100_platform-and-helplines": platformAndHelplines,
  "20261129_0200_directory": directory,
  "20261129_0300_directory-search-arrays": directorySearchArrays,
  "20261129_0400_knowledge-content": knowledgeContent,
  "20261129_0500_accounts": accounts,
  "20261129_0600_directory-search-table": directorySearchTable,
  "20261129_0700_audit-details": auditDetails,
  "20261129_0750_content-revision-note": contentRevisionNote,
  "20261129_0800_cases": cases,
  "20261129_0810_case-assessment-notes": caseAssessmentNotes,
  "20261129_0850_case-retention-statistics": caseRetentionStatistics,
  "20261129_0900_directory-common-text": directoryCommonText,
  "20261129_1000_rate-limit": rateLimit,
  "20261129_1100_service-similar-text": serviceSimilarText,
  "20261203_0100_consent-by-age": consentByAge,
  "20261203_0200_user-phone": userPhone,
  "20261203_1100_case-task-kinds": caseTaskKinds,
  "20261203_1300_notifications": notifications,
  "20261203_1310_close-requires-complete": closeRequiresComplete,
  "20261203_1500_audit-head": auditHead,
};
