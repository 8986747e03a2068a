import type { ReactNode } from "react";
import { telHref } from "../modules/advice/helpline";
import { useTranslate } from "../i18n/use-translate";
import { classNames } from "./class-names";

/** A `tel:` link in the NL Design System telephone link style, with any content. */
export function TelLink({
  number,
  className,
  children,
}: {
  number: string;
  /** Extra classes after `utrecht-link utrecht-link--telephone`. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <a className={classNames("utrecht-link utrecht-link--telephone", className)} href={telHref(number)}>
      {children}
    </a>
  );
}

/** A tappable phone number; screen readers hear "Bel 0800-2000". */
export function PhoneLink({ number }: { number: string }) {
  const t = useTranslate();
  return (
    <TelLink number={number} className="zicht-phone">
      <span className="zicht-visually-hidden">{t("contact.callPrefix")} </span>
      {number}
    </TelLink>
  );
}

/** A mailto link showing the address. */
export function EmailLink({ address }: { address: string }) {
  const t = useTranslate();
  return (
    <a className="utrecht-link zicht-email" href={`mailto:${address}`}>
      <span className="zicht-visually-hidden">{t("contact.mailPrefix")} </span>
      {address}
    </a>
  );
}

/**
 * A translated sentence with a `{phone}` placeholder, rendered with the
 * number as a tappable link: "Is iemand nu in gevaar? Bel <a>112</a>."
 */
export function TextWithPhone({ text, number }: { text: string; number: string }) {
  const [before, ...rest] = text.split("{phone}");
  if (rest.length === 0) return <>{text}</>;
  return (
    <>
      {before}
      <TelLink number={number} className="zicht-phone">
        {number}
      </TelLink>
      {rest.join(number)}
    </>
  );
}
