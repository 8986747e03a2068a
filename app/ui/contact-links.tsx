import { telHref } from "../modules/advice/helpline";
import { useTranslate } from "../i18n/use-translate";

/** A tappable phone number; screen readers hear "Bel 0800-2000". */
export function PhoneLink({ number, className }: { number: string; className?: string }) {
  const t = useTranslate();
  return (
    <a className={className ?? "utrecht-link utrecht-link--telephone zicht-phone"} href={telHref(number)}>
      <span className="zicht-visually-hidden">{t("contact.callPrefix")} </span>
      {number}
    </a>
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
      <a className="utrecht-link utrecht-link--telephone zicht-phone" href={telHref(number)}>
        {number}
      </a>
      {rest.join(number)}
    </>
  );
}
