import { describedByIds } from "./form-field";

export interface TextAreaProps {
  id: string;
  name: string;
  defaultValue?: string;
  maxLength?: number;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
  rows?: number;
}

/** NL Design System text area: `<textarea class="utrecht-textarea utrecht-textarea--html-textarea">`. */
export function TextArea({
  id,
  name,
  defaultValue,
  maxLength,
  invalid = false,
  describedBy,
  disabled,
  rows = 4,
}: TextAreaProps) {
  return (
    <textarea
      id={id}
      name={name}
      rows={rows}
      className="utrecht-textarea utrecht-textarea--html-textarea"
      defaultValue={defaultValue}
      maxLength={maxLength}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedByIds(id, describedBy, invalid)}
    />
  );
}
