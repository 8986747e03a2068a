import { useLocale, useTranslate } from "../../i18n/use-translate";
import { giverKeys, purposeKeys } from "../../modules/cases/labels";
import type { ConsentGiver, ConsentPurpose } from "../../modules/cases/tables";
import { formatDay } from "../../ui/moment";
import { Paragraph } from "../../ui/paragraph";

export interface ConsentLine {
  id: string;
  purpose: ConsentPurpose;
  target: string | null;
  givenBy: ConsentGiver;
  giverLabel: string | null;
  givenOn: string;
  withdrawnOn: string | null;
}

/** A case's consents in words: purpose, who, given or withdrawn on (case page and approval view). */
export function ConsentList({ consents }: { consents: readonly ConsentLine[] }) {
  const t = useTranslate();
  const locale = useLocale();
  if (consents.length === 0) return <Paragraph>{t("cases.consent.none")}</Paragraph>;
  return (
    <ul className="zicht-list">
      {consents.map((consent) => (
        <li key={consent.id}>
          {t(purposeKeys[consent.purpose])}
          {consent.target ? ` (${consent.target})` : ""}: {t(giverKeys[consent.givenBy])}
          {consent.giverLabel ? ` (${consent.giverLabel})` : ""},{" "}
          {consent.withdrawnOn
            ? t("cases.consent.withdrawnOn", { date: formatDay(consent.withdrawnOn, locale) })
            : t("cases.consent.givenOn", { date: formatDay(consent.givenOn, locale) })}
        </li>
      ))}
    </ul>
  );
}
