import type { ColumnType } from "kysely";

/**
 * The notifications table (migration 20261203_1300_notifications). Owned by
 * the notifications module. Ids only: what happened and on which case,
 * never case content.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export const notificationKinds = [
  /** A professional asked to close a case: to every safeguarding officer. */
  "approval_requested",
  /** A case was closed: to the owner and the safeguarding officers. */
  "case_closed",
  /** A safeguarding officer sent a closing request back: to the owner. */
  "sent_back",
  /** Step 4's outcome says report to Veilig Thuis: to the safeguarding officers. */
  "report_outcome",
  /** The daily digest of a person's overdue tasks (no case). */
  "task_overdue",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export interface NotificationTable {
  id: string;
  tenant_id: string;
  user_id: string;
  kind: NotificationKind;
  case_id: string | null;
  /** The day of a `task_overdue` digest (written as YYYY-MM-DD, read as a Date); one per person per day. */
  digest_day: ColumnType<Date | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  read_at: Timestamp | null;
  emailed_at: Timestamp | null;
}

export interface NotificationsTables {
  notification: NotificationTable;
}
