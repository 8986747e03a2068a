import { useRouteLoaderData } from "react-router";
import type { Helpline } from "../modules/advice/helpline";
import { useTranslate } from "../i18n/use-translate";
import { TelLink } from "./contact-links";

/** Helplines as cards with a large, tappable phone number. */
export function HelplineList({
  helplines,
  headingLevel = 3,
}: {
  helplines: readonly Helpline[];
  headingLevel?: 2 | 3;
}) {
  const t = useTranslate();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="zicht-helplines">
      {helplines.map((helpline) => (
        <li
          key={helpline.id}
          className={helpline.urgent ? "zicht-helpline zicht-helpline--urgent" : "zicht-helpline"}
        >
          <Heading className="zicht-helpline__name">{helpline.name}</Heading>
          <p className="zicht-helpline__phone">
            <TelLink number={helpline.phone}>
              <span className="zicht-visually-hidden">{t("helplines.call", { phone: "" })}</span>
              {helpline.phone}
            </TelLink>
          </p>
          <p className="zicht-helpline__purpose">{helpline.purpose}</p>
          {helpline.availability ? (
            <p className="zicht-helpline__availability">{helpline.availability}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** All helplines in the reader's language, as the root loader loaded them for every page. */
export function useHelplines(): readonly Helpline[] {
  const root = useRouteLoaderData("root") as { helplines?: Helpline[] } | undefined;
  return root?.helplines ?? [];
}
