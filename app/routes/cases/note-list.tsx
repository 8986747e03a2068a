import { useLocale, useTranslate } from "../../i18n/use-translate";
import { formatMoment } from "../../ui/moment";
import { Paragraph } from "../../ui/paragraph";

export interface NoteView {
  /** Absent for step notes, which are listed in the order they were written. */
  id?: string;
  text: string;
  writtenBy: string;
  /** ISO moment. */
  writtenAt: string;
}

/**
 * Notes of a case or a step, as the case page, a step page and the approval
 * view show them: when, who, then the text. Nothing to show: a sentence, not
 * an empty list.
 */
export function NoteList({ notes }: { notes: readonly NoteView[] }) {
  const t = useTranslate();
  const locale = useLocale();
  if (notes.length === 0) return <Paragraph>{t("cases.notes.none")}</Paragraph>;
  return (
    <ul className="zicht-list">
      {notes.map((note, index) => (
        <li key={note.id ?? index}>
          <span className="zicht-note__meta">
            {formatMoment(note.writtenAt, locale)}, {note.writtenBy}:
          </span>{" "}
          {note.text}
        </li>
      ))}
    </ul>
  );
}
