import type { ReactNode } from "react";
import { TelLink } from "./contact-links";
import { Heading } from "./heading";
import { Link } from "./link";

export interface SearchResultView {
  key: string;
  title: string;
  href: string | null;
  /** Snippet pieces; `hit` pieces are the words that matched. */
  snippet: ReadonlyArray<{ text: string; hit: boolean }>;
  /** A line under the title ("Rapport · 2022"). */
  meta?: string;
  phone?: { number: string; label: string };
  lang?: string;
}

/** A highlighted snippet: matching words in <mark>, everything as text (never as HTML). */
export function Snippet({ segments }: { segments: SearchResultView["snippet"] }) {
  return (
    <p className="utrecht-paragraph zicht-search-hit__snippet">
      {segments.map((segment, index) =>
        segment.hit ? (
          <mark key={index} className="zicht-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}

/** One group of search results (one type), as a titled list. */
export function SearchResultGroup({
  headingId,
  heading,
  results,
}: {
  headingId: string;
  heading: ReactNode;
  results: readonly SearchResultView[];
}) {
  return (
    <section aria-labelledby={headingId} className="zicht-search-group">
      <Heading level={3} id={headingId}>
        {heading}
      </Heading>
      <ul className="zicht-search-hits">
        {results.map((result) => (
          <li key={result.key} className="zicht-search-hit" lang={result.lang}>
            <p className="zicht-search-hit__title">
              {result.href ? <Link to={result.href}>{result.title}</Link> : result.title}
            </p>
            {result.meta ? <p className="zicht-search-hit__meta">{result.meta}</p> : null}
            <Snippet segments={result.snippet} />
            {result.phone ? (
              <p className="zicht-search-hit__phone">
                <TelLink number={result.phone.number}>{result.phone.label}</TelLink>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
