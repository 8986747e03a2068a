import type { ReactNode } from "react";
import { classNames } from "./class-names";
import { describedByIds, fieldErrorId } from "./form-field";

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  /** A decorative icon before the label (the label says the same in words). */
  icon?: ReactNode;
  /** Shown after the label in brackets, e.g. how many results this choice gives. */
  count?: number;
}

export interface ChoiceGroupProps {
  /** The fieldset's id (for links from an error summary); inputs get `<id>-<value>`. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  /** Checkboxes (several answers) instead of radio buttons (one answer). */
  multiple?: boolean;
  defaultValue?: string | readonly string[];
  /** Hints under the legend, each its own paragraph. */
  descriptions?: readonly ReactNode[];
  error?: ReactNode;
  hidden?: boolean;
  disabled?: boolean;
  className?: string;
}

/**
 * NL Design System fieldset with radio buttons or checkboxes: legend, hints,
 * error message (tied to the group with aria-describedby), then the choices.
 */
export function ChoiceGroup({
  id,
  name,
  legend,
  options,
  multiple = false,
  defaultValue,
  descriptions = [],
  error,
  hidden,
  disabled,
  className,
}: ChoiceGroupProps) {
  const invalid = error !== undefined && error !== null;
  const chosen = new Set(typeof defaultValue === "string" ? [defaultValue] : (defaultValue ?? []));
  const descriptionIds = descriptions.map((_, index) => `${id}-hint-${index}`);
  const describedBy = describedByIds(id, descriptionIds.join(" "), invalid);
  const kind = multiple ? "checkbox" : "radio";
  return (
    <fieldset
      id={id}
      className={classNames(
        "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset zicht-question",
        invalid && "utrecht-form-fieldset--invalid",
        className,
      )}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      hidden={hidden}
      disabled={disabled}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {descriptions.map((description, index) => (
        <p key={descriptionIds[index]} id={descriptionIds[index]} className="utrecht-form-field-description">
          {description}
        </p>
      ))}
      {invalid ? (
        <p id={fieldErrorId(id)} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      <div className="zicht-choices">
        {options.map((option) => {
          const inputId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={`utrecht-form-field utrecht-form-field--${kind} zicht-choice`}>
              <input
                id={inputId}
                type={kind}
                name={name}
                value={option.value}
                defaultChecked={chosen.has(option.value)}
                className={
                  multiple
                    ? "utrecht-checkbox utrecht-checkbox--html-input"
                    : "utrecht-radio-button utrecht-radio-button--html-input"
                }
              />
              <label className={`utrecht-form-label utrecht-form-label--${kind}`} htmlFor={inputId}>
                {option.icon}
                {option.label}
                {option.count !== undefined ? (
                  <span className="zicht-choices__count"> ({option.count})</span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A group of separate fields under one legend (`<fieldset>`). */
export function Fieldset({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset zicht-question">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      <div className="zicht-choices">{children}</div>
    </fieldset>
  );
}

/** One check box with its own name, sending `value` when checked. */
export function Checkbox({
  id,
  name,
  value,
  checked,
  label,
}: {
  id: string;
  name: string;
  value: string;
  checked: boolean;
  label: ReactNode;
}) {
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox zicht-choice">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={checked}
        className="utrecht-checkbox utrecht-checkbox--html-input"
      />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}
