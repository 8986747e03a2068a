import type { ReactNode } from "react";
import { classNames } from "./class-names";

export interface ParagraphProps {
  /** The larger introduction style (NL Design System lead paragraph). */
  lead?: boolean;
  /** Bold, urgent-coloured text for "in danger? call 112" sentences. */
  urgent?: boolean;
  className?: string;
  /** The language of this paragraph, when it is not the page's. */
  lang?: string;
  children: ReactNode;
}

/** NL Design System paragraph: `<p class="utrecht-paragraph">`. */
export function Paragraph({ lead = false, urgent = false, className, lang, children }: ParagraphProps) {
  return (
    <p
      lang={lang}
      className={classNames(
        "utrecht-paragraph",
        lead && "utrecht-paragraph--lead",
        className,
        urgent && "zicht-urgent-line",
      )}
    >
      {children}
    </p>
  );
}
