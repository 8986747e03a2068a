import type { ReactNode } from "react";

/** The id of a field's error message, for the input's `aria-describedby`. */
export function fieldErrorId(inputId: string): string {
  return `${inputId}-error`;
}

/** The id of a field's hint, for the input's `aria-describedby`. */
export function fieldHintId(inputId: string): string {
  return `${inputId}-hint`;
}

/** An input's `aria-describedby`: its hints, then its error message when invalid; undefined when none. */
export function describedByIds(
  inputId: string,
  hintIds: string | undefined,
  invalid: boolean,
): string | undefined {
  return [hintIds, invalid ? fieldErrorId(inputId) : undefined].filter(Boolean).join(" ") || undefined;
}

export interface FormFieldProps {
  /** The id of the input this field labels. */
  inputId: string;
  label: ReactNode;
  /** A message that says what is wrong; marks the field invalid. */
  error?: ReactNode;
  /** A short explanation or example under the label (give the input `describedBy={fieldHintId(id)}`). */
  hint?: ReactNode;
  /** The input (and anything that goes with it, such as a button). */
  children: ReactNode;
}

/** NL Design System form field: label, error message (if any), then the input. */
export function FormField({ inputId, label, error, hint, children }: FormFieldProps) {
  const invalid = error !== undefined && error !== null;
  return (
    <div className={invalid ? "utrecht-form-field utrecht-form-field--invalid" : "utrecht-form-field"}>
      <label className="utrecht-form-label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <p id={fieldHintId(inputId)} className="utrecht-form-field-description">
          {hint}
        </p>
      ) : null}
      {invalid ? (
        <p id={fieldErrorId(inputId)} className="utrecht-form-field-error-message">
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}
