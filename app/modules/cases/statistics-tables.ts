import type { Generated } from "kysely";
import type { AgeBand } from "./retention";
import type { CaseOutcome, Gender, Lvb } from "./tables";

/** Anonymous rows left by the retention job (migration 20261129_0850_case-retention-statistics). */
export interface CaseStatisticTable {
  id: Generated<number>;
  tenant_id: string;
  closed_year: number;
  age_band: AgeBand;
  gender: Gender;
  lvb: Lvb;
  province_code: string | null;
  exploitation_forms: string[];
  outcome: CaseOutcome | null;
  referred: boolean;
  report_kinds: string[];
}

export interface CaseStatisticsTables {
  case_statistic: CaseStatisticTable;
}
