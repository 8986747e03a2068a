import type { ConsentPurpose, ConsultedParty, ReferralStatus, ReportKind, StepStatus } from "./tables";

/**
 * One timeline of a case (pure): everything that happened, newest first,
 * each with who, when and the page that shows it. The repository
 * (timeline.server.ts) reads the rows; this file turns them into events,
 * sorts them and cuts the list. A note shows only that it was written: its
 * text stays where the case page shows notes.
 */
export type TimelineEvent =
  | { kind: "opened" }
  | { kind: "assessment"; instrumentId: string }
  | { kind: "step"; step: number; status: StepStatus }
  | { kind: "consultation"; consulted: ConsultedParty }
  | { kind: "consent_given"; purpose: ConsentPurpose }
  | { kind: "consent_withdrawn"; purpose: ConsentPurpose }
  | { kind: "consent_override"; purpose: ConsentPurpose }
  | { kind: "referral"; service: string; status: ReferralStatus }
  | { kind: "report"; reportKind: ReportKind }
  | { kind: "note" }
  | { kind: "shared"; withName: string }
  | { kind: "close_requested" }
  | { kind: "closed" };

export type TimelineEntry = TimelineEvent & {
  /** Unique within the case's timeline. */
  key: string;
  at: Date;
  who: string;
  href: string;
};

/** The rows the repository reads, one list per table. Names are already resolved (name or e-mail). */
export interface TimelineRows {
  caseFile: {
    createdAt: Date;
    ownerName: string;
    closeRequestedAt: Date | null;
    closeRequestedBy: string | null;
    closedAt: Date | null;
    closedBy: string | null;
  };
  assessments: ReadonlyArray<{ id: string; instrumentId: string; by: string; at: Date }>;
  steps: ReadonlyArray<{ step: number; status: StepStatus; by: string | null; at: Date | null }>;
  consultations: ReadonlyArray<{ id: string; consulted: ConsultedParty; by: string; at: Date }>;
  consents: ReadonlyArray<{
    id: string;
    purpose: ConsentPurpose;
    by: string;
    at: Date;
    withdrawnBy: string | null;
    withdrawnAt: Date | null;
  }>;
  overrides: ReadonlyArray<{ id: string; purpose: ConsentPurpose; by: string; at: Date }>;
  referralEvents: ReadonlyArray<{
    id: number;
    referralId: string;
    service: string;
    status: ReferralStatus;
    by: string;
    at: Date;
  }>;
  reports: ReadonlyArray<{ id: string; kind: ReportKind; by: string; at: Date }>;
  notes: ReadonlyArray<{ id: string; by: string; at: Date }>;
  shares: ReadonlyArray<{ userId: string; withName: string; by: string; at: Date }>;
}

export const timelineLimit = 20;

const reportPaths: Record<ReportKind, string> = {
  veilig_thuis: "meldingen/veilig-thuis",
  comensha: "meldingen/comensha",
  police: "stappen/5",
};

/** Every event of the case, unsorted. */
export function timelineEntries(caseId: string, rows: TimelineRows): TimelineEntry[] {
  const base = `/casussen/${caseId}`;
  const entries: TimelineEntry[] = [
    { kind: "opened", key: "opened", at: rows.caseFile.createdAt, who: rows.caseFile.ownerName, href: base },
  ];
  const file = rows.caseFile;
  if (file.closeRequestedAt) {
    entries.push({
      kind: "close_requested",
      key: "close_requested",
      at: file.closeRequestedAt,
      who: file.closeRequestedBy ?? "",
      href: `${base}/afsluiten`,
    });
  }
  if (file.closedAt) {
    entries.push({ kind: "closed", key: "closed", at: file.closedAt, who: file.closedBy ?? "", href: base });
  }
  for (const row of rows.assessments) {
    entries.push({
      kind: "assessment",
      instrumentId: row.instrumentId,
      key: `assessment:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/beoordelingen/${row.id}`,
    });
  }
  for (const row of rows.steps) {
    if (!row.at) continue;
    entries.push({
      kind: "step",
      step: row.step,
      status: row.status,
      key: `step:${row.step}`,
      at: row.at,
      who: row.by ?? "",
      href: `${base}/stappen/${row.step}`,
    });
  }
  for (const row of rows.consultations) {
    entries.push({
      kind: "consultation",
      consulted: row.consulted,
      key: `consultation:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/stappen/2`,
    });
  }
  for (const row of rows.consents) {
    entries.push({
      kind: "consent_given",
      purpose: row.purpose,
      key: `consent:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/toestemming`,
    });
    if (row.withdrawnAt) {
      entries.push({
        kind: "consent_withdrawn",
        purpose: row.purpose,
        key: `consent_withdrawn:${row.id}`,
        at: row.withdrawnAt,
        who: row.withdrawnBy ?? "",
        href: `${base}/toestemming`,
      });
    }
  }
  for (const row of rows.overrides) {
    entries.push({
      kind: "consent_override",
      purpose: row.purpose,
      key: `override:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/toestemming`,
    });
  }
  for (const row of rows.referralEvents) {
    entries.push({
      kind: "referral",
      service: row.service,
      status: row.status,
      key: `referral:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/verwijzingen#referral-${row.referralId}`,
    });
  }
  for (const row of rows.reports) {
    entries.push({
      kind: "report",
      reportKind: row.kind,
      key: `report:${row.id}`,
      at: row.at,
      who: row.by,
      href: `${base}/${reportPaths[row.kind]}`,
    });
  }
  for (const row of rows.notes) {
    entries.push({ kind: "note", key: `note:${row.id}`, at: row.at, who: row.by, href: `${base}#notities` });
  }
  for (const row of rows.shares) {
    entries.push({
      kind: "shared",
      withName: row.withName,
      key: `share:${row.userId}`,
      at: row.at,
      who: row.by,
      href: `${base}#delen`,
    });
  }
  return entries;
}

/** Newest first; events at the same moment keep a fixed order (by key, last first). */
export function sortTimeline(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => {
    const byTime = b.at.getTime() - a.at.getTime();
    if (byTime !== 0) return byTime;
    return a.key < b.key ? 1 : a.key > b.key ? -1 : 0;
  });
}

/** The events to show: the newest `limit`, or all of them. */
export function timelineView(entries: readonly TimelineEntry[], showAll: boolean, limit = timelineLimit) {
  const sorted = sortTimeline(entries);
  return {
    items: showAll ? sorted : sorted.slice(0, limit),
    total: sorted.length,
    hidden: showAll ? 0 : Math.max(0, sorted.length - limit),
  };
}
