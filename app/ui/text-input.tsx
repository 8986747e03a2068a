import { fieldErrorId } from "./form-field";

export interface TextInputProps {
  id: string;
  name: string;
  type?: "text" | "search";
  defaultValue?: string;
  /** Marks the input invalid and points it to its field's error message (see FormField). */
  invalid?: boolean;
}

/** NL Design System text box: `<input class="utrecht-textbox utrecht-textbox--html-input">`. */
export function TextInput({ id, name, type = "text", defaultValue, invalid = false }: TextInputProps) {
  return (
    <input
      id={id}
      name={name}
      type={type}
      className="utrecht-textbox utrecht-textbox--html-input"
      defaultValue={defaultValue}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? fieldErrorId(id) : undefined}
    />
  );
}
