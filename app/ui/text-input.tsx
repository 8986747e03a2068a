import { describedByIds } from "./form-field";

export interface TextInputProps {
  id: string;
  name: string;
  type?: "text" | "search" | "number" | "date";
  defaultValue?: string;
  /** For numbers: the smallest and largest value. */
  min?: number;
  max?: number;
  /** Marks the input invalid and points it to its field's error message (see FormField). */
  invalid?: boolean;
  /** Ids of hints that describe the input. */
  describedBy?: string;
  autoComplete?: string;
  disabled?: boolean;
}

/** NL Design System text box: `<input class="utrecht-textbox utrecht-textbox--html-input">`. */
export function TextInput({
  id,
  name,
  type = "text",
  defaultValue,
  min,
  max,
  invalid = false,
  describedBy,
  autoComplete,
  disabled,
}: TextInputProps) {
  return (
    <input
      id={id}
      name={name}
      type={type}
      className="utrecht-textbox utrecht-textbox--html-input"
      defaultValue={defaultValue}
      min={min}
      max={max}
      inputMode={type === "number" ? "numeric" : undefined}
      autoComplete={autoComplete}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedByIds(id, describedBy, invalid)}
    />
  );
}
