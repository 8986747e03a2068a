import type { ReactNode } from "react";
import { Form } from "react-router";
import { useTranslate } from "../../i18n/use-translate";
import { allItems, type InstrumentDefinition } from "../../modules/screening/definition";
import type { ScreeningResult } from "../../modules/screening/evaluate";
import { requestToFormEntries } from "../../modules/screening/form-fields";
import { bandKeys, flagLabelKeys, urgencyKeys } from "../../modules/screening/labels";
import type { ScoreRequest } from "../../modules/screening/score-request";
import { BulletList } from "../../ui/bullet-list";
import { Button } from "../../ui/button";
import { EmailLink, TelLink } from "../../ui/contact-links";
import { DutchContent } from "../../ui/content-language";
import { DataTable } from "../../ui/data-table";
import { Heading } from "../../ui/heading";
import { InfoNote } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { StatusBadge } from "../../ui/status-badge";
import { useHydrated } from "../../ui/use-hydrated";
import { bandTones, flagTones } from "./tones";

/**
 * The result page: the band or flag in words, colour and shape; what to do
 * now (with tappable numbers and the services that fit); why; the overview
 * per domain; the disclaimer; PDF download and print. A page that shows a
 * stored result (the case's assessment page) adds its own `intro` under the
 * heading and its own `actions` instead of PDF, print and "fill in again".
 */
export function ResultView({
  definition,
  result,
  request,
  intro,
  actions,
}: {
  definition: InstrumentDefinition;
  result: ScreeningResult;
  request: ScoreRequest;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useTranslate();
  const hydrated = useHydrated();
  const domainTitles = new Map(definition.domains.map((domain) => [domain.id, domain.title]));
  const itemTexts = new Map(allItems(definition).map((item) => [item.id, item.text]));

  return (
    <div className="zicht-result">
      <Heading level={1}>{t("screening.result.title", { title: definition.title })}</Heading>
      {intro}

      <PageSection
        headingId="uitkomst-heading"
        heading={t("screening.result.outcome")}
        className="zicht-result__outcome"
      >
        {result.kind === "signals" ? (
          <>
            <p className="zicht-result__badge">
              <StatusBadge tone={bandTones[result.band]} large>
                {t(bandKeys[result.band].label)}
              </StatusBadge>
            </p>
            <Paragraph lead>{t(bandKeys[result.band].text)}</Paragraph>
            <Paragraph>
              {t("screening.result.total", {
                total: result.total,
                max: result.max,
                percentage: Math.round(result.completeness * 100),
              })}
            </Paragraph>
          </>
        ) : definition.kind === "flags" ? (
          <>
            <p className="zicht-result__badge">
              <StatusBadge tone={flagTones[result.flag]} large>
                {definition.flags[result.flag].label}
              </StatusBadge>
            </p>
            <Paragraph lead>{definition.flags[result.flag].meaning}</Paragraph>
            {result.override ? (
              <>
                <Paragraph>
                  {t("screening.result.proposed", { flag: definition.flags[result.proposedFlag].label })}
                </Paragraph>
                <Paragraph>{t("screening.result.chosen", { reason: result.override.reason })}</Paragraph>
              </>
            ) : null}
          </>
        ) : null}
      </PageSection>

      <PageSection headingId="advies-heading" heading={t("screening.result.advice")}>
        <AdviceList advice={result.advice} />
      </PageSection>

      <PageSection headingId="waarom-heading" heading={t("screening.result.why")}>
        <BulletList items={result.explanation} />
      </PageSection>

      {result.kind === "signals" ? (
        <PageSection headingId="overzicht-heading" heading={t("screening.result.domains")}>
          <DataTable
            rowHeaders
            caption={t("screening.result.domainsCaption")}
            headers={[
              t("screening.result.domain"),
              t("screening.result.score"),
              t("screening.result.answered"),
              t("screening.result.unknownCount"),
            ]}
            rows={result.domains
              .filter((domain) => domain.max > 0 || domain.answered + domain.unknown > 0)
              .map((domain) => [
                <DutchContent key={domain.id}>{domainTitles.get(domain.id) ?? domain.id}</DutchContent>,
                t("screening.result.scoreOf", { score: domain.score, max: domain.max }),
                domain.answered,
                domain.unknown,
              ])}
          />
        </PageSection>
      ) : (
        <PageSection headingId="overzicht-heading" heading={t("screening.result.criteria")}>
          <DataTable
            rowHeaders
            caption={t("screening.result.criteriaCaption")}
            headers={[t("screening.result.criterion"), t("screening.result.flag")]}
            rows={result.criteria.map((criterion) => [
              <DutchContent key={criterion.id}>{itemTexts.get(criterion.id) ?? criterion.id}</DutchContent>,
              <StatusBadge key={criterion.id} tone={flagTones[criterion.flag]}>
                {t(flagLabelKeys[criterion.flag])}
              </StatusBadge>,
            ])}
          />
        </PageSection>
      )}

      <InfoNote>
        <DutchContent>{definition.disclaimer}</DutchContent>
      </InfoNote>

      {actions ?? (
        <div className="zicht-result__actions zicht-no-print">
          <Form method="post" action={`/signaleren/${definition.id}/pdf`} reloadDocument>
            {requestToFormEntries(request).map(([name, value], index) => (
              <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
            ))}
            <Button appearance="primary-action">{t("screening.result.pdf")}</Button>
          </Form>
          {hydrated ? (
            <Button type="button" appearance="subtle" onClick={() => window.print()}>
              {t("screening.result.print")}
            </Button>
          ) : null}
          <Link to={`/signaleren/${definition.id}`} reloadDocument>
            {t("screening.result.again")}
          </Link>
          <Link to="/signaleren">{t("screening.result.toList")}</Link>
        </div>
      )}
    </div>
  );
}

/**
 * The advice of a result, most urgent first, with tappable numbers and the
 * services that fit: the result page, a case's assessment page and the case
 * page's latest results all show advice with this one list. `idPrefix`
 * keeps ids unique when a page shows the advice of several results.
 */
export function AdviceList({
  advice: items,
  idPrefix = "",
}: {
  advice: ScreeningResult["advice"];
  idPrefix?: string;
}) {
  const t = useTranslate();
  return (
    <ol className="zicht-advice-list">
      {items.map((advice) => (
        <li key={advice.id} className={`zicht-advice zicht-advice--${advice.urgency}`}>
          <p className="zicht-advice__urgency">{t(urgencyKeys[advice.urgency])}</p>
          <Heading level={3} className="zicht-advice__title">
            <DutchContent>{advice.title}</DutchContent>
          </Heading>
          <Paragraph>
            <DutchContent>{advice.text}</DutchContent>
          </Paragraph>
          {advice.contacts.length > 0 ? (
            <BulletList
              compact
              items={advice.contacts.map((contact) => (
                <>
                  {contact.name}:{" "}
                  <TelLink number={contact.phone} className="zicht-phone">
                    {contact.phone}
                  </TelLink>
                  {contact.note ? ` (${contact.note})` : null}
                </>
              ))}
            />
          ) : null}
          {advice.services.length > 0 ? (
            <PageSection
              headingId={`${idPrefix}${advice.id}-diensten`}
              heading={t("screening.result.services")}
              level={3}
              headingAppearance={3}
            >
              <BulletList
                compact
                items={advice.services.map((service) => (
                  <>
                    <Link to={service.url}>{service.name}</Link>
                    {service.organisation !== service.name ? ` (${service.organisation})` : null}
                    {service.phone ? (
                      <>
                        {" "}
                        <TelLink number={service.phone} className="zicht-phone">
                          {service.phone}
                        </TelLink>
                      </>
                    ) : null}
                    {service.email && !service.phone ? (
                      <>
                        {" "}
                        <EmailLink address={service.email} />
                      </>
                    ) : null}
                  </>
                ))}
              />
            </PageSection>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
