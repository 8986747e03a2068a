import { useTranslate } from "../../i18n/use-translate";
import type { FrameworkConsequence } from "../../modules/cases/decision-framework";
import { InfoBox } from "../../ui/info-box";
import { Link } from "../../ui/link";
import { Paragraph } from "../../ui/paragraph";

/**
 * The warning on the case page while step 4's outcome is "report to Veilig
 * Thuis" (Meldcode route) and the report is not recorded yet: the open task
 * `report_veilig_thuis` says so (saving step 4 makes it, recording the report
 * closes it). Links straight to the Veilig Thuis summary and its form.
 */
export function VeiligThuisWarning({
  caseId,
  consequence,
  tasks,
}: {
  caseId: string;
  consequence: FrameworkConsequence;
  tasks: ReadonlyArray<{ kind: string }>;
}) {
  const t = useTranslate();
  if (consequence.kind !== "report" || !tasks.some((task) => task.kind === "report_veilig_thuis"))
    return null;
  return (
    <InfoBox headingId="melden-veilig-thuis" heading={t("cases.vtWarning.title")} urgent>
      <Paragraph>{t("cases.vtWarning.body")}</Paragraph>
      <Paragraph>
        <Link to={`/casussen/${caseId}/meldingen/veilig-thuis`}>{t("cases.vtWarning.link")}</Link>
      </Paragraph>
    </InfoBox>
  );
}
