import { useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from "react";
import { Form } from "react-router";
import type { MessageKey } from "../../i18n";
import { useTranslate } from "../../i18n/use-translate";
import {
  flagColours,
  type AnswerValue,
  type Answers,
  type FlagColour,
  type InstrumentDefinition,
  type Item,
} from "../../modules/screening/definition";
import { effectiveAnswers } from "../../modules/screening/enable-when";
import { formField, formToRequestBody } from "../../modules/screening/form-fields";
import { BulletList } from "../../ui/bullet-list";
import { Button } from "../../ui/button";
import { ChoiceGroup, type ChoiceOption } from "../../ui/choice-group";
import { DutchContent } from "../../ui/content-language";
import { ErrorSummary } from "../../ui/error-summary";
import { FormField } from "../../ui/form-field";
import { PageSection } from "../../ui/page-section";
import { Paragraph } from "../../ui/paragraph";
import { ProgressBar } from "../../ui/progress-bar";
import { StatusShape } from "../../ui/status-badge";
import { TextArea } from "../../ui/text-area";
import { TextInput } from "../../ui/text-input";
import { useHydrated } from "../../ui/use-hydrated";
import { flagLabelKeys } from "../../modules/screening/labels";
import { flagTones } from "./tones";

/** What the form was posted with, to fill it in again after an error. */
export interface FormValues {
  answers?: Record<string, unknown>;
  context?: Record<string, unknown>;
  override?: { flag?: unknown; reason?: unknown };
}

export interface InstrumentFormProps {
  definition: InstrumentDefinition;
  values?: FormValues;
  /** Problems per field (`answers.<id>`, `context.age`, `override.reason`, …). */
  errors?: ReadonlyArray<{ field: string; message: string }>;
  /**
   * Extra hidden fields inside the form, for a page that reuses the form
   * (an instrument filled in inside a case sends its CSRF token).
   */
  hiddenFields?: ReactNode;
  /** A note under the age field (inside a case: the age is an estimate from the birth year). */
  ageHint?: string;
}

/** One screen of the step-by-step form (JavaScript only). */
interface Screen {
  key: string;
  title: string;
  domainId?: string;
  itemId?: string;
}

const signalKeys: Record<string, MessageKey> = {
  yes: "screening.form.yes",
  no: "screening.form.no",
  unknown: "screening.form.unknown",
};

const asString = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Where an error's field lives on the page (the id of its fieldset or input). */
export function fieldAnchor(field: string): string {
  if (field.startsWith("answers.")) return formField.item(field.slice("answers.".length));
  const anchors: Record<string, string> = {
    "context.age": formField.age,
    "context.gender": formField.gender,
    "context.municipality": formField.municipality,
    "context.acuteDanger": formField.acuteDanger,
    "context.recentSexualViolence": formField.recentSexualViolence,
    "override.flag": formField.overrideFlag,
    "override.reason": formField.overrideReason,
  };
  return anchors[field] ?? "formulier";
}

/**
 * The form of an instrument. Without JavaScript it is one page with a
 * section per domain; items that depend on other answers say so in a hint.
 * With JavaScript it shows one step at a time (one question at a time for the
 * parents' quickscan), a progress bar, live conditions and a read-aloud
 * button. The markup stays the same; steps only hide what is not current.
 */
export function InstrumentForm({
  definition,
  values = {},
  errors = [],
  hiddenFields,
  ageHint,
}: InstrumentFormProps) {
  const t = useTranslate();
  const hydrated = useHydrated();
  const progressRef = useRef<HTMLParagraphElement>(null);
  const [answers, setAnswers] = useState<Answers>(() => (values.answers ?? {}) as Answers);
  const [step, setStep] = useState(0);
  const [moved, setMoved] = useState(false);
  const [reading, setReading] = useState(false);
  const errorFor = (field: string) => errors.find((error) => error.field === field)?.message;
  const items = useMemo(
    () => new Map(definition.domains.flatMap((domain) => domain.items.map((item) => [item.id, item]))),
    [definition],
  );
  const enabled = useMemo(() => effectiveAnswers(definition, answers).enabled, [definition, answers]);
  // After an error the whole form shows, so every message and its field are visible.
  const stepMode = hydrated && errors.length === 0;

  const screens = useMemo((): Screen[] => {
    const list: Screen[] = [{ key: "situatie", title: t("screening.form.situation") }];
    for (const domain of definition.domains) {
      const domainItems = domain.items.filter((item) => enabled.has(item.id));
      if (domainItems.length === 0) continue;
      if (definition.oneQuestionPerScreen) {
        for (const item of domainItems)
          list.push({ key: item.id, title: domain.title, domainId: domain.id, itemId: item.id });
      } else list.push({ key: domain.id, title: domain.title, domainId: domain.id });
    }
    if (definition.kind === "flags") list.push({ key: "anders", title: t("screening.form.override") });
    return list;
  }, [definition, enabled, t]);
  const current = Math.min(step, screens.length - 1);
  const screen = screens[current]!;
  const last = current === screens.length - 1;

  useEffect(() => {
    if (moved) progressRef.current?.focus();
  }, [current, moved]);

  useEffect(() => () => window.speechSynthesis?.cancel(), []);

  // The submit button takes the place of "Next" on the last step: its own key, and no default
  // action, so the click that leads to the last step never submits the form.
  const go = (event: MouseEvent<HTMLButtonElement>, delta: number) => {
    event.preventDefault();
    window.speechSynthesis?.cancel();
    setReading(false);
    setMoved(true);
    setStep(Math.max(0, Math.min(current + delta, screens.length - 1)));
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const body = formToRequestBody(definition, new FormData(event.currentTarget)) as { answers: Answers };
    setAnswers(body.answers);
  };

  const readAloud = () => {
    const synth = window.speechSynthesis;
    if (!synth) return;
    if (reading) {
      synth.cancel();
      setReading(false);
      return;
    }
    const screenItems = screen.itemId
      ? [items.get(screen.itemId)!]
      : (definition.domains.find((domain) => domain.id === screen.domainId)?.items ?? []).filter((item) =>
          enabled.has(item.id),
        );
    const text = [screen.title, ...screenItems.flatMap((item) => [item.text, ...spokenOptions(item)])].join(
      ". ",
    );
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "nl-NL";
    utterance.onend = () => setReading(false);
    synth.cancel();
    synth.speak(utterance);
    setReading(true);
  };

  const spokenOptions = (item: Item): string[] => {
    if ("options" in item) return item.options.map((option) => option.text);
    if (item.type === "signal") return ["yes", "no", "unknown"].map((value) => t(signalKeys[value]!));
    if (item.type === "flag") return flagColours.map((flag) => t(flagLabelKeys[flag]));
    return [];
  };

  const optionsOf = (item: Item): ChoiceOption[] => {
    switch (item.type) {
      case "signal":
        return ["yes", "no", "unknown"].map((value) => ({ value, label: t(signalKeys[value]!) }));
      case "ordinal":
      case "single":
        return [
          ...item.options.map((option) => ({
            value: option.code,
            label: <DutchContent>{option.text}</DutchContent>,
          })),
          { value: "unknown", label: t("screening.form.unknown") },
        ];
      case "multiple":
        return item.options.map((option) => ({
          value: option.code,
          label: <DutchContent>{option.text}</DutchContent>,
        }));
      case "flag":
        return flagColours.map((flag) => ({
          value: flag,
          label: t(flagLabelKeys[flag]),
          icon: <StatusShape tone={flagTones[flag]} />,
        }));
      default:
        return [];
    }
  };

  const conditionHint = (item: Item): string | undefined => {
    const conditions = item.enableWhen?.conditions;
    if (!conditions) return undefined;
    const [first] = conditions;
    const source = first ? items.get(first.question) : undefined;
    if (conditions.length === 1 && first?.operator === "equals" && source) {
      const answer =
        source.type === "signal"
          ? t(signalKeys[String(first.answer)] ?? "screening.form.unknown")
          : "options" in source
            ? (source.options.find((option) => option.code === first.answer)?.text ?? String(first.answer))
            : String(first.answer);
      return t("screening.form.conditional", { question: source.text, answer });
    }
    return t("screening.form.conditionalAny");
  };

  const visibleDomain = (domainId: string) => !stepMode || screen.domainId === domainId;
  const visibleItem = (item: Item) =>
    !stepMode || ((!screen.itemId || screen.itemId === item.id) && enabled.has(item.id));

  const renderItem = (item: Item) => {
    const id = formField.item(item.id);
    const value: AnswerValue | undefined =
      (values.answers?.[item.id] as AnswerValue | undefined) ?? undefined;
    const error = errorFor(`answers.${item.id}`);
    const hidden = !visibleItem(item);
    // Inputs of an item that does not apply are switched off (JavaScript only), so they are not sent.
    const disabled = stepMode && !enabled.has(item.id);
    const hints = [
      ...(item.help ? [<DutchContent key="help">{item.help}</DutchContent>] : []),
      ...(item.type === "signal" && item.redFlag ? [t("screening.form.redFlag")] : []),
      ...(!stepMode && conditionHint(item) ? [conditionHint(item)!] : []),
      ...(item.type === "number" || item.type === "date" || item.type === "text"
        ? [t("screening.form.notScored")]
        : []),
    ];
    if (item.type === "number" || item.type === "date" || item.type === "text") {
      const hintIds = hints.map((_, index) => `${id}-hint-${index}`);
      return (
        <div key={item.id} className="zicht-question" hidden={hidden}>
          <FormField inputId={id} label={<DutchContent>{item.text}</DutchContent>} error={error}>
            {hints.map((hint, index) => (
              <p key={hintIds[index]} id={hintIds[index]} className="utrecht-form-field-description">
                {hint}
              </p>
            ))}
            {item.type === "text" ? (
              <TextArea
                id={id}
                name={id}
                defaultValue={asString(value)}
                maxLength={item.maxLength}
                invalid={error !== undefined}
                describedBy={hintIds.join(" ")}
                disabled={disabled}
              />
            ) : (
              <TextInput
                id={id}
                name={id}
                type={item.type}
                defaultValue={value === undefined ? undefined : String(value)}
                min={item.type === "number" ? item.min : undefined}
                max={item.type === "number" ? item.max : undefined}
                invalid={error !== undefined}
                describedBy={hintIds.join(" ")}
                disabled={disabled}
              />
            )}
          </FormField>
        </div>
      );
    }
    return (
      <ChoiceGroup
        key={item.id}
        id={id}
        name={id}
        legend={<DutchContent>{item.text}</DutchContent>}
        options={optionsOf(item)}
        multiple={item.type === "multiple"}
        defaultValue={Array.isArray(value) ? value : asString(value)}
        descriptions={hints}
        error={error}
        hidden={hidden}
        disabled={disabled}
        className={item.type === "signal" && item.redFlag ? "zicht-question--red-flag" : undefined}
      />
    );
  };

  const context = values.context ?? {};
  const yesNo = (name: string, legend: string, field: string, value: unknown) => (
    <ChoiceGroup
      id={name}
      name={name}
      legend={legend}
      options={[
        { value: "ja", label: t("screening.form.yes") },
        { value: "nee", label: t("screening.form.no") },
      ]}
      defaultValue={value === true ? "ja" : value === false ? "nee" : undefined}
      error={errorFor(field)}
    />
  );

  return (
    <>
      {errors.length > 0 ? (
        <ErrorSummary
          heading={t("screening.form.errorSummary")}
          errors={errors.map((error) => ({ href: `#${fieldAnchor(error.field)}`, message: error.message }))}
        />
      ) : null}
      <Form method="post" id="formulier" className="zicht-instrument-form" noValidate onChange={onChange}>
        {hiddenFields}
        {stepMode ? (
          <div className="zicht-instrument-form__progress">
            <ProgressBar
              id="voortgang"
              label={`${t("screening.form.progress", { step: current + 1, total: screens.length })}: ${screen.title}`}
              value={current + 1}
              max={screens.length}
              labelRef={progressRef}
            />
            {definition.audience === "parent" &&
            typeof window !== "undefined" &&
            "speechSynthesis" in window ? (
              <Button type="button" appearance="subtle" onClick={readAloud}>
                {reading ? t("screening.form.stopReading") : t("screening.form.readAloud")}
              </Button>
            ) : null}
          </div>
        ) : null}

        <div hidden={stepMode && screen.key !== "situatie"}>
          <PageSection headingId="situatie-heading" heading={t("screening.form.situation")}>
            <Paragraph>{t("screening.form.situationIntro")}</Paragraph>
            {yesNo(
              formField.acuteDanger,
              t("screening.form.acuteDanger"),
              "context.acuteDanger",
              context.acuteDanger,
            )}
            {yesNo(
              formField.recentSexualViolence,
              t("screening.form.recentSexualViolence"),
              "context.recentSexualViolence",
              context.recentSexualViolence,
            )}
            <FormField
              inputId={formField.age}
              label={t(definition.audience === "parent" ? "screening.form.ageChild" : "screening.form.age")}
              error={errorFor("context.age")}
            >
              <p id={`${formField.age}-hint`} className="utrecht-form-field-description">
                {ageHint ? `${ageHint} ${t("screening.form.optional")}` : t("screening.form.optional")}
              </p>
              <TextInput
                id={formField.age}
                name={formField.age}
                type="number"
                min={0}
                max={120}
                defaultValue={context.age === undefined ? undefined : String(context.age)}
                invalid={errorFor("context.age") !== undefined}
                describedBy={`${formField.age}-hint`}
              />
            </FormField>
            <ChoiceGroup
              id={formField.gender}
              name={formField.gender}
              legend={t("screening.form.gender")}
              descriptions={[t("screening.form.optional")]}
              options={[
                { value: "female", label: t("screening.form.gender.female") },
                { value: "male", label: t("screening.form.gender.male") },
                { value: "x", label: t("screening.form.gender.x") },
              ]}
              defaultValue={asString(context.gender)}
              error={errorFor("context.gender")}
            />
            <FormField
              inputId={formField.municipality}
              label={t("screening.form.municipality")}
              error={errorFor("context.municipality")}
            >
              <p id={`${formField.municipality}-hint`} className="utrecht-form-field-description">
                {t("screening.form.optional")}
              </p>
              <TextInput
                id={formField.municipality}
                name={formField.municipality}
                defaultValue={asString(context.municipality)}
                invalid={errorFor("context.municipality") !== undefined}
                describedBy={`${formField.municipality}-hint`}
                autoComplete="address-level2"
              />
            </FormField>
          </PageSection>
        </div>

        {definition.kind === "flags" ? (
          <div hidden={stepMode && !screen.domainId}>
            <BulletList
              items={flagColours.map((flag) => (
                <>
                  <StatusShape tone={flagTones[flag]} />{" "}
                  <DutchContent>
                    <strong>{definition.flags[flag].label}</strong>: {definition.flags[flag].meaning}
                  </DutchContent>
                </>
              ))}
            />
          </div>
        ) : null}

        {definition.domains.map((domain) => (
          <div key={domain.id} hidden={!visibleDomain(domain.id)}>
            <PageSection
              headingId={`${domain.id}-heading`}
              heading={<DutchContent>{domain.title}</DutchContent>}
            >
              {domain.intro ? (
                <Paragraph>
                  <DutchContent>{domain.intro}</DutchContent>
                </Paragraph>
              ) : null}
              {domain.items.map(renderItem)}
            </PageSection>
          </div>
        ))}

        {definition.kind === "flags" ? (
          <div hidden={stepMode && screen.key !== "anders"}>
            <PageSection headingId="anders-heading" heading={t("screening.form.override")}>
              <Paragraph>{t("screening.form.overrideIntro")}</Paragraph>
              <ChoiceGroup
                id={formField.overrideFlag}
                name={formField.overrideFlag}
                legend={t("screening.form.override")}
                options={[
                  { value: "", label: t("screening.form.overrideNone") },
                  ...flagColours.map((flag: FlagColour) => ({
                    value: flag,
                    label: t(flagLabelKeys[flag]),
                    icon: <StatusShape tone={flagTones[flag]} />,
                  })),
                ]}
                defaultValue={asString(values.override?.flag) ?? ""}
                error={errorFor("override.flag")}
              />
              <FormField
                inputId={formField.overrideReason}
                label={t("screening.form.overrideReason")}
                error={errorFor("override.reason")}
              >
                <TextArea
                  id={formField.overrideReason}
                  name={formField.overrideReason}
                  defaultValue={asString(values.override?.reason)}
                  maxLength={1000}
                  invalid={errorFor("override.reason") !== undefined}
                />
              </FormField>
            </PageSection>
          </div>
        ) : null}

        <div className="zicht-instrument-form__actions">
          {stepMode && current > 0 ? (
            <Button key="previous" type="button" appearance="subtle" onClick={(event) => go(event, -1)}>
              {t("screening.form.previous")}
            </Button>
          ) : null}
          {stepMode && !last ? (
            <Button key="next" type="button" appearance="primary-action" onClick={(event) => go(event, 1)}>
              {t("screening.form.next")}
            </Button>
          ) : (
            <Button key="submit" appearance="primary-action">
              {t("screening.form.submit")}
            </Button>
          )}
        </div>
      </Form>
    </>
  );
}
