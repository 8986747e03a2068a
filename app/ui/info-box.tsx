import type { ReactNode } from "react";
import { classNames } from "./class-names";
import type { HeadingLevel } from "./heading";
import { PageSection } from "./page-section";
import { Paragraph } from "./paragraph";

function boxClassName(urgent: boolean): string {
  return classNames("zicht-box", urgent && "zicht-box--urgent");
}

export interface InfoBoxProps {
  headingId: string;
  heading: ReactNode;
  /** How the heading (an h2) looks, when it should look smaller than a section heading. */
  headingAppearance?: HeadingLevel;
  /** Red accent, for what to do in danger. */
  urgent?: boolean;
  children: ReactNode;
}

/** A titled section that stands out in a box (a side note, or what to do now). */
export function InfoBox({ headingId, heading, headingAppearance, urgent = false, children }: InfoBoxProps) {
  return (
    <PageSection
      headingId={headingId}
      heading={heading}
      headingAppearance={headingAppearance}
      className={boxClassName(urgent)}
    >
      {children}
    </PageSection>
  );
}

/** A single paragraph in a box; `urgent` boxes it in red and sets the text in the urgent style. */
export function InfoNote({ urgent = false, children }: { urgent?: boolean; children: ReactNode }) {
  return (
    <Paragraph urgent={urgent} className={boxClassName(urgent)}>
      {children}
    </Paragraph>
  );
}
