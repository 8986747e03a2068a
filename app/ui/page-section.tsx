import type { ReactNode } from "react";
import { Heading, type HeadingLevel } from "./heading";

export interface PageSectionProps {
  /** The heading's id; the section is labelled by it (`aria-labelledby`), and links can point to it. */
  headingId: string;
  heading: ReactNode;
  /** The heading element: h2 (default) or h3 for a section inside a section. */
  level?: 2 | 3;
  /** How the heading looks, when that differs from its level. */
  headingAppearance?: HeadingLevel;
  headingClassName?: string;
  className?: string;
  children: ReactNode;
}

/** A titled part of a page: `<section aria-labelledby="…"><h2 id="…">…</h2>…</section>`. */
export function PageSection({
  headingId,
  heading,
  level = 2,
  headingAppearance,
  headingClassName,
  className,
  children,
}: PageSectionProps) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <Heading level={level} appearance={headingAppearance} id={headingId} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
