import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface PageContentProps {
  /** `wide`: full width for grids and lists (running text keeps its measure); `easy`: easy-language pages. */
  variant?: "wide" | "easy";
  children: ReactNode;
}

/** The content column of a page, inside `<main>`. */
export function PageContent({ variant, children }: PageContentProps) {
  return (
    <div className={classNames("zicht-content", variant && `zicht-content--${variant}`)}>{children}</div>
  );
}
