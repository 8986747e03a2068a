import { useLocale, useTranslate } from "../../i18n/use-translate";
import type { AdviceItem } from "../../modules/screening/advice-rules";
import type { Band, FlagColour } from "../../modules/screening/definition";
import { Link } from "../../ui/link";
import { formatMoment } from "../../ui/moment";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { AdviceList } from "../screening/result-view";
import { AssessmentOutcome } from "./assessment-outcome";

export interface LatestResult {
  id: string;
  instrumentId: string;
  title: string;
  assessedAt: string;
  band: Band | null;
  flag: FlagColour | null;
  score: number | null;
  /** Null when the instrument changed since: the outcome page says why. */
  advice: AdviceItem[] | null;
}

/**
 * The case page's latest outcome per instrument, newest first: band or flag,
 * score and the advice (the same advice list as the result page), with a
 * link to the whole outcome. Nothing when no instrument was filled in.
 */
export function CaseLatestResults({ caseId, results }: { caseId: string; results: readonly LatestResult[] }) {
  const t = useTranslate();
  const locale = useLocale();
  if (results.length === 0) return null;
  return (
    <PageSection headingId="laatste-uitkomst" heading={t("cases.latest.title")}>
      {results.map((result) => {
        const date = formatMoment(result.assessedAt, locale);
        return (
          <div key={result.id} className="zicht-latest-result">
            <Paragraph>
              <strong>{t("cases.latest.heading", { title: result.title, date })}</strong>{" "}
              <AssessmentOutcome band={result.band} flag={result.flag} />
              {result.score === null ? null : (
                <> {t("cases.latest.score", { score: String(result.score) })}</>
              )}
            </Paragraph>
            {result.advice === null ? (
              <Paragraph>{t("cases.latest.otherVersion")}</Paragraph>
            ) : result.advice.length === 0 ? (
              <Paragraph>{t("cases.latest.noAdvice")}</Paragraph>
            ) : (
              <AdviceList advice={result.advice} idPrefix={`${result.instrumentId}-`} />
            )}
            <Paragraph>
              <Link
                to={`/casussen/${caseId}/beoordelingen/${result.id}`}
                aria-label={t("cases.latest.viewLabel", { title: result.title, date })}
              >
                {t("cases.latest.view")}
              </Link>
            </Paragraph>
          </div>
        );
      })}
    </PageSection>
  );
}
