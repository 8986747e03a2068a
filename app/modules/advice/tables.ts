import type { Generated } from "kysely";

/**
 * Helplines: the numbers every piece of advice can start with (112, Centrum
 * Seksueel Geweld, police/AVIM, Veilig Thuis …). Owned by the advice module.
 */
export interface HelplineTable {
  id: string;
  name: string;
  phone: string;
  /** What the line is for, in plain Dutch (B1). */
  purpose_nl: string;
  purpose_en: string;
  /** When the line can be reached, e.g. "Dag en nacht"; null when the source does not say. */
  availability_nl: string | null;
  availability_en: string | null;
  /** Urgent lines are shown first and prominently on the home page. */
  urgent: boolean;
  sort_order: number;
  updated_at: Generated<Date>;
}

export interface AdviceTables {
  helpline: HelplineTable;
}
