import type { MessageKey } from "../i18n";
import { useLocale, useTranslate } from "../i18n/use-translate";
import type { PageSection } from "../modules/knowledge/page";
import { classNames } from "./class-names";
import { FormMessage } from "./form-message";
import { Link } from "./link";
import { formatMoment } from "./moment";

/** Who the pages of a section are for, as the editors' lists name them. */
export const sectionAudience: Record<PageSection, MessageKey> = {
  kennisbank: "admin.content.audience.kennisbank",
  jongeren: "admin.content.audience.jongeren",
  ouders: "admin.content.audience.ouders",
};

/** A content field's error: the message, then (for content rules) what exactly is wrong. */
export function fieldErrorText(
  t: (key: MessageKey) => string,
  error: { message: MessageKey; details?: string[] } | undefined,
): string | undefined {
  if (!error) return undefined;
  return error.details && error.details.length > 0
    ? `${t(error.message)} ${error.details.join("; ")}`
    : t(error.message);
}

export interface DiffViewLine {
  kind: "same" | "added" | "removed";
  text: string;
}

/**
 * A line diff as a list: removed lines marked with −, added lines with +,
 * and each change also said in words for screen readers (colour is not the
 * only sign).
 */
export function DiffView({
  lines,
  labels,
}: {
  lines: readonly DiffViewLine[];
  labels: { added: string; removed: string; caption: string };
}) {
  return (
    <ol className="zicht-diff" aria-label={labels.caption}>
      {lines.map((line, index) => (
        <li key={index} className={classNames("zicht-diff__line", `zicht-diff__line--${line.kind}`)}>
          {line.kind === "added" ? (
            <>
              <span aria-hidden="true">+ </span>
              <span className="zicht-visually-hidden">{labels.added}: </span>
            </>
          ) : line.kind === "removed" ? (
            <>
              <span aria-hidden="true">− </span>
              <span className="zicht-visually-hidden">{labels.removed}: </span>
            </>
          ) : (
            <span aria-hidden="true">{"  "}</span>
          )}
          {line.text}
        </li>
      ))}
    </ol>
  );
}

/** Who saved the newer revision that a stale form ran into, for the 409 answer. */
export interface Conflict {
  revision: number;
  author: string | null;
  /** ISO time of that save. */
  at: string;
}

export function conflictOf(current: { revision: number; author: string | null; createdAt: Date }): Conflict {
  return { revision: current.revision, author: current.author, at: current.createdAt.toISOString() };
}

/** "Niet opgeslagen: … heeft dit al opgeslagen": nothing was overwritten; a link to the newest version. */
export function ConflictMessage({ conflict, reload }: { conflict: Conflict; reload?: string }) {
  const t = useTranslate();
  const locale = useLocale();
  return (
    <FormMessage kind="error">
      {t("admin.content.conflict", {
        author: conflict.author ?? t("admin.content.unknownAuthor"),
        moment: formatMoment(conflict.at, locale),
        revision: String(conflict.revision),
      })}
      {reload ? (
        <>
          {" "}
          <Link to={reload}>{t("admin.content.conflictReload")}</Link>
        </>
      ) : null}
    </FormMessage>
  );
}
