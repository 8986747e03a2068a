import type { ReactNode } from "react";
import { Heading } from "./heading";
import { Paragraph } from "./paragraph";

/** A list of entries (organisations, services, library items): `<ul class="zicht-entries">`. */
export function EntryList({ children }: { children: ReactNode }) {
  return <ul className="zicht-entries">{children}</ul>;
}

export interface EntryProps {
  title: ReactNode;
  summary: ReactNode;
  /** What follows the summary, such as a FactList. */
  children?: ReactNode;
}

/** One entry: an h3 title, a summary paragraph, then the details. */
export function Entry({ title, summary, children }: EntryProps) {
  return (
    <li className="zicht-entry">
      <Heading level={3} className="zicht-entry__title">
        {title}
      </Heading>
      <Paragraph>{summary}</Paragraph>
      {children}
    </li>
  );
}
