import type { ReactNode } from "react";
import { Paragraph } from "./paragraph";

/** The introduction right under a page's h1: a lead paragraph in the page's intro size. */
export function PageIntro({ children }: { children: ReactNode }) {
  return (
    <Paragraph lead className="zicht-lead">
      {children}
    </Paragraph>
  );
}
