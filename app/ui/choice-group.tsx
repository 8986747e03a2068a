import type { ReactNode } from "react";

export interface Choice {
  value: string;
  label: ReactNode;
  /** Shown after the label in brackets, e.g. a result count. */
  count?: number;
}

export interface ChoiceGroupProps {
  /** Prefix for the inputs' ids. */
  id: string;
  name: string;
  legend: ReactNode;
  type: "checkbox" | "radio";
  choices: readonly Choice[];
  /** The values that are checked. */
  selected: readonly string[];
  error?: ReactNode;
}

/**
 * NL Design System fieldset with check boxes or radio buttons: a legend,
 * then one labelled input per choice. Works as a plain HTML form field.
 */
export function ChoiceGroup({ id, name, legend, type, choices, selected, error }: ChoiceGroupProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={
        error
          ? "utrecht-form-fieldset utrecht-form-fieldset--invalid zicht-choices"
          : "utrecht-form-fieldset zicht-choices"
      }
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="utrecht-form-fieldset__legend zicht-choices__legend">{legend}</legend>
      {error ? (
        <p id={errorId} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value || "alle"}`;
        return (
          <div
            key={choice.value}
            className={`utrecht-form-field utrecht-form-field--${type} zicht-choices__item`}
          >
            <input
              id={inputId}
              type={type}
              name={name}
              value={choice.value}
              defaultChecked={selected.includes(choice.value)}
              className={
                type === "checkbox"
                  ? "utrecht-checkbox utrecht-checkbox--html-input"
                  : "utrecht-radio-button utrecht-radio-button--html-input"
              }
            />
            <label htmlFor={inputId} className={`utrecht-form-label utrecht-form-label--${type}`}>
              {choice.label}
              {choice.count !== undefined ? (
                <span className="zicht-choices__count"> ({choice.count})</span>
              ) : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** A group of separate fields under one legend (`<fieldset>`). */
export function Fieldset({ legend, children }: { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="utrecht-form-fieldset zicht-choices">
      <legend className="utrecht-form-fieldset__legend zicht-choices__legend">{legend}</legend>
      {children}
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
    <div className="utrecht-form-field utrecht-form-field--checkbox zicht-choices__item">
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
