import { useEffect, useState } from "react";
import { useTranslate } from "../../i18n/use-translate";
import {
  frameworkAnswersFrom,
  frameworkConsequence,
  type FrameworkAnswers,
} from "../../modules/cases/decision-framework";
import { consequenceKey } from "../../modules/cases/labels";
import { Paragraph } from "../../ui/paragraph";
import { useHydrated } from "../../ui/use-hydrated";

/**
 * The outcome of the afwegingskader on step 4. Without JavaScript it is the
 * outcome of the saved answers (the page after saving shows the new one);
 * with JavaScript it follows the answers in the form as they change, read
 * with the same rules as the server (frameworkAnswersFrom). A polite live
 * region says the new outcome.
 */
export function LiveFrameworkOutcome({ formId, saved }: { formId: string; saved: FrameworkAnswers }) {
  const t = useTranslate();
  const hydrated = useHydrated();
  const [answers, setAnswers] = useState<FrameworkAnswers>(saved);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const update = () => {
      const data = new FormData(form);
      setAnswers(frameworkAnswersFrom((name) => data.get(name)));
    };
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, [formId]);
  return (
    <div aria-live="polite" id="uitkomst-afwegingskader">
      <Paragraph>
        <strong>{t("cases.steps.consequence")}</strong> {t(consequenceKey(frameworkConsequence(answers)))}
      </Paragraph>
      {hydrated ? <Paragraph>{t("cases.steps.consequenceLive")}</Paragraph> : null}
    </div>
  );
}
