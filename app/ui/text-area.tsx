import { fieldErrorId } from "./form-field";

export interface TextAreaProps {
  id: string;
  name: string;
  defaultValue?: string;
  invalid?: boolean;
  rows?: number;
  maxLength?: number;
}

/** NL Design System textarea: `<textarea class="utrecht-textarea utrecht-textarea--html-textarea">`. */
export function TextArea({ id, name, defaultValue, invalid = false, rows = 4, maxLength }: TextAreaProps) {
  return (
    <textarea
      id={id}
      name={name}
      rows={rows}
      maxLength={maxLength}
      className="utrecht-textarea utrecht-textarea--html-textarea"
      defaultValue={defaultValue}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? fieldErrorId(id) : undefined}
    />
  );
}
