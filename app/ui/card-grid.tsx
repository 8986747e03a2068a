import type { ReactNode } from "react";
import { Heading } from "./heading";
import { Link } from "./link";
import { Paragraph } from "./paragraph";

/** A grid of cards: `<ul class="zicht-cards">` with LinkCard items. */
export function CardGrid({ children }: { children: ReactNode }) {
  return <ul className="zicht-cards">{children}</ul>;
}

export interface LinkCardProps {
  to: string;
  title: ReactNode;
  text: ReactNode;
  /** The language of title and text, when it is not the page's. */
  lang?: string;
  /** A pictogram (or other decoration) before the title. */
  icon?: ReactNode;
}

/** A card that links to a page; the whole card is the link's click area. */
export function LinkCard({ to, title, text, lang, icon }: LinkCardProps) {
  return (
    <li className={icon ? "zicht-card zicht-card--with-icon" : "zicht-card"} lang={lang}>
      {icon}
      <Heading level={3} className="zicht-card__title">
        <Link className="zicht-card__link" to={to}>
          {title}
        </Link>
      </Heading>
      <Paragraph>{text}</Paragraph>
    </li>
  );
}
