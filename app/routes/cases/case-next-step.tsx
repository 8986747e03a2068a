import { Link as RouterLink } from "react-router";
import { useLocale, useTranslate } from "../../i18n/use-translate";
import { stepStatusKeys, stepTitleKeys } from "../../modules/cases/labels";
import type { NextStep } from "../../modules/cases/next-step";
import { Heading } from "../../ui/heading";
import { formatDay } from "../../ui/moment";
import { Paragraph } from "../../ui/paragraph";
import { urgentAdviceTitle } from "../../modules/cases/urgent-advice";

/**
 * The panel at the top of the case page: where the case stands in the five
 * steps, what to do now, by when, and the one link that does it. The state
 * of each step and lateness are in words, never in colour alone.
 */
export function CaseNextStep({
  next,
  today,
  canWrite,
}: {
  next: NextStep;
  today: string;
  /** False for someone the case is shared with to read only: they see the step, not a button they cannot use. */
  canWrite: boolean;
}) {
  const t = useTranslate();
  const locale = useLocale();
  const { action } = next;
  // Judging a closing request is the officer's own act, with or without write access to the case.
  const canAct = canWrite || action.kind === "approve_closing";
  const advice = urgentAdviceTitle(action.adviceId);
  const due = action.dueOn
    ? action.overdue
      ? t("nextStep.overdue", { date: formatDay(action.dueOn, locale) })
      : action.dueOn === today
        ? t("nextStep.dueToday")
        : t("nextStep.dueOn", { date: formatDay(action.dueOn, locale) })
    : null;
  return (
    <section aria-labelledby="wat-nu" className="zicht-next-step">
      <Heading level={2} id="wat-nu">
        {t("nextStep.heading")}
      </Heading>
      <Paragraph>{t("nextStep.progress", { done: String(next.stepsDone) })}</Paragraph>
      <ol className="zicht-next-step__steps" aria-label={t("nextStep.stepsLabel")}>
        {next.steps.map((step) => {
          const current = step.step === next.currentStep && action.kind !== "closed";
          return (
            <li
              key={step.step}
              aria-current={current ? "step" : undefined}
              className={`zicht-next-step__step zicht-next-step__step--${current ? "current" : step.status}`}
            >
              <span className="zicht-next-step__title">{t(stepTitleKeys[step.step])}</span>
              <span className="zicht-next-step__state">
                {current ? t("nextStep.current") : t(stepStatusKeys[step.status])}
              </span>
            </li>
          );
        })}
      </ol>
      {action.kind === "closed" ? (
        <Paragraph>
          {/* When and by whom it was closed stands right below (ClosedSummary). */}
          <strong>{t("nextStep.closedNoDate")}</strong>
        </Paragraph>
      ) : (
        <Paragraph>
          <strong>{t(canAct ? "nextStep.now" : "nextStep.nowReadOnly")}</strong> {t(action.labelKey)}
          {advice ? <> {t("nextStep.adviceNamed", { advice })}</> : null}
        </Paragraph>
      )}
      {due ? (
        <Paragraph
          className={
            action.overdue ? "zicht-next-step__due zicht-next-step__due--late" : "zicht-next-step__due"
          }
        >
          {due}
        </Paragraph>
      ) : null}
      {!canAct && action.kind !== "closed" ? <Paragraph>{t("nextStep.readOnly")}</Paragraph> : null}
      {canAct && action.href && action.buttonKey ? (
        <Paragraph>
          <RouterLink
            to={action.href}
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action zicht-next-step__button"
          >
            {t(action.buttonKey)}
          </RouterLink>
        </Paragraph>
      ) : null}
    </section>
  );
}
