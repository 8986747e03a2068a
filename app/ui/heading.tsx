import type { ReactNode } from "react";
import { classNames } from "./class-names";

export type HeadingLevel = 1 | 2 | 3;

export interface HeadingProps {
  /** The element: h1, h2 or h3. */
  level: HeadingLevel;
  /** How it looks, when that differs from its level (NL Design System "appearance"); defaults to `level`. */
  appearance?: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}

/** NL Design System heading: `<hN class="utrecht-heading-N">`. */
export function Heading({ level, appearance = level, id, className, children }: HeadingProps) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={classNames(`utrecht-heading-${appearance}`, className)}>
      {children}
    </Tag>
  );
}
