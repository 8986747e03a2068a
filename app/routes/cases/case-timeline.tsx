import { useLocale, useTranslate } from "../../i18n/use-translate";
import { consultedKeys, purposeKeys, stepStatusKeys, stepTitleKeys } from "../../modules/cases/labels";
import { referralStatusKeys } from "../../modules/cases/referral-flow";
import { isStepNumber } from "../../modules/cases/step-plan";
import type { TimelineEvent } from "../../modules/cases/timeline";
import { instruments } from "../../modules/screening/instruments";
import type { MessageKey } from "../../i18n";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";

export type TimelineItem = TimelineEvent & { key: string; at: string; who: string; href: string };

const reportKindKeys = {
  veilig_thuis: "cases.report.kind.veilig_thuis",
  comensha: "cases.report.kind.comensha",
  police: "cases.report.kind.police",
} as const satisfies Record<string, MessageKey>;

/** The case page's "Tijdlijn": every event newest first, each linking to its page; "Toon alles" beyond 20. */
export function CaseTimeline({
  caseId,
  timeline,
}: {
  caseId: string;
  timeline: { items: readonly TimelineItem[]; total: number; hidden: number };
}) {
  const t = useTranslate();
  const locale = useLocale();
  const text = (item: TimelineItem): string => {
    switch (item.kind) {
      case "opened":
        return t("timeline.event.opened");
      case "assessment":
        return t("timeline.event.assessment", {
          title:
            instruments.find((definition) => definition.id === item.instrumentId)?.title ?? item.instrumentId,
        });
      case "step":
        return t("timeline.event.step", {
          step: isStepNumber(item.step) ? t(stepTitleKeys[item.step]) : String(item.step),
          status: t(stepStatusKeys[item.status]),
        });
      case "consultation":
        return t("timeline.event.consultation", { party: t(consultedKeys[item.consulted]) });
      case "consent_given":
        return t("timeline.event.consentGiven", { purpose: t(purposeKeys[item.purpose]) });
      case "consent_withdrawn":
        return t("timeline.event.consentWithdrawn", { purpose: t(purposeKeys[item.purpose]) });
      case "consent_override":
        return t("timeline.event.consentOverride", { purpose: t(purposeKeys[item.purpose]) });
      case "referral":
        return t("timeline.event.referral", {
          service: item.service,
          status: t(referralStatusKeys[item.status]),
        });
      case "report":
        return t("timeline.event.report", { kind: t(reportKindKeys[item.reportKind]) });
      case "note":
        return t("timeline.event.note");
      case "shared":
        return t("timeline.event.shared", { name: item.withName });
      case "close_requested":
        return t("timeline.event.closeRequested");
      case "closed":
        return t("timeline.event.closed");
    }
  };
  return (
    <PageSection headingId="tijdlijn" heading={t("timeline.title")}>
      <Paragraph>{t("timeline.intro")}</Paragraph>
      <ol className="zicht-timeline">
        {timeline.items.map((item) => (
          <li key={item.key} className="zicht-timeline__item">
            <Link to={item.href}>{text(item)}</Link>
            <span className="zicht-note__meta">
              {" "}
              {t("timeline.meta", { when: formatMoment(item.at, locale), who: item.who })}
            </span>
          </li>
        ))}
      </ol>
      {timeline.hidden > 0 ? (
        <Paragraph>
          {t("timeline.showing", { shown: String(timeline.items.length), total: String(timeline.total) })}{" "}
          <Link to={`/casussen/${caseId}?tijdlijn=alles#tijdlijn`}>
            {t("timeline.showAll", { total: String(timeline.total) })}
          </Link>
        </Paragraph>
      ) : null}
    </PageSection>
  );
}
