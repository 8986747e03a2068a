import { useTranslate } from "../i18n/use-translate";
import type { SourceView } from "../modules/knowledge/sources";

/**
 * One source in a sentence: the title as a link, then publisher and year, and
 * when we last checked it. Used in the source list and under key figures.
 */
export function SourceCitation({ source }: { source: SourceView }) {
  const t = useTranslate();
  return (
    <>
      <a className="utrecht-link" href={source.url} lang="nl">
        {source.title}
      </a>
      , {source.publisher}, {source.year}{" "}
      <span className="zicht-source__checked">({t("sources.checkedOn", { date: source.checkedOn })})</span>
    </>
  );
}

/**
 * The sources of a page (or a case file) as a list: title with link,
 * publisher, year and the date we checked it. With `withSupports`, each
 * source also says what it supports in Zicht.
 */
export function SourceList({
  sources,
  withSupports = false,
}: {
  sources: readonly SourceView[];
  withSupports?: boolean;
}) {
  if (sources.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list zicht-sources">
      {sources.map((source) => (
        <li key={source.id} className="utrecht-unordered-list__item zicht-source">
          <SourceCitation source={source} />
          {withSupports ? <span className="zicht-source__supports">{source.supports}</span> : null}
        </li>
      ))}
    </ul>
  );
}
