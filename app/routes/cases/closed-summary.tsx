import { useLocale, useTranslate } from "../../i18n/use-translate";
import { outcomeKeys } from "../../modules/cases/labels";
import type { CaseOutcome } from "../../modules/cases/tables";
import { Paragraph } from "../../ui/paragraph";

export interface ClosedRecord {
  closedAt: string | null;
  closedBy: string | null;
  outcome: CaseOutcome | null;
  requestedAt: string | null;
  requestedBy: string | null;
}

/** A moment's calendar day in the Netherlands, as people read it: "3 december 2026". */
function longDay(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));
}

/** A closed case: "Gesloten op 3 december 2026 door Olga", the outcome, and who asked to close. */
export function ClosedSummary({ record }: { record: ClosedRecord | null }) {
  const t = useTranslate();
  const locale = useLocale();
  if (!record?.closedAt) return null;
  return (
    <div className="zicht-closed-summary">
      <Paragraph>
        <strong>
          {t(record.closedBy ? "cases.closed.onBy" : "cases.closed.on", {
            date: longDay(record.closedAt, locale),
            name: record.closedBy ?? "",
          })}
        </strong>
        {record.outcome ? ` ${t("cases.closed.outcome", { outcome: t(outcomeKeys[record.outcome]) })}` : ""}
        {record.requestedBy && record.requestedAt && record.requestedBy !== record.closedBy
          ? ` ${t("cases.closed.requestedBy", {
              name: record.requestedBy,
              date: longDay(record.requestedAt, locale),
            })}`
          : ""}
      </Paragraph>
    </div>
  );
}

/** The closing record as the page reads it (dates as ISO text). */
export function closingView(record: {
  closedAt: Date | null;
  closedBy: string | null;
  outcome: CaseOutcome | null;
  requestedAt: Date | null;
  requestedBy: string | null;
}): ClosedRecord {
  return {
    closedAt: record.closedAt?.toISOString() ?? null,
    closedBy: record.closedBy,
    outcome: record.outcome,
    requestedAt: record.requestedAt?.toISOString() ?? null,
    requestedBy: record.requestedBy,
  };
}

/** The reason a safeguarding officer gave when sending closing back: the `send_back` note on the task. */
export function sendBackReason(
  notes: ReadonlyArray<{ subjectType: string; subjectId: string; text: string }>,
  taskId: string,
): string | null {
  return notes.find((note) => note.subjectType === "send_back" && note.subjectId === taskId)?.text ?? null;
}
