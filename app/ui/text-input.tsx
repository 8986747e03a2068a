import type React from "react";
import { describedByIds } from "./form-field";

export interface TextInputProps {
  id: string;
  name: string;
  type?: "text" | "search" | "email" | "password" | "number" | "date" | "tel";
  defaultValue?: string;
  /** For numbers: the smallest and largest value. */
  min?: number;
  max?: number;
  /** Marks the input invalid and points it to its field's error message (see FormField). */
  invalid?: boolean;
  /** "numeric" shows a number keyboard on phones while keeping a text field (no spinner). */
  inputMode?: "text" | "numeric" | "email" | "search";
  /** The id of a `<datalist>` with suggestions. */
  list?: string;
  autoComplete?: string;
  /** Ids of hints that describe the input, besides the error message. */
  describedBy?: string;
  maxLength?: number;
  size?: number;
  required?: boolean;
  disabled?: boolean;
  onInput?: (event: React.FormEvent<HTMLInputElement>) => void;
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
  inputMode,
  list,
  autoComplete,
  describedBy,
  maxLength,
  size,
  required,
  disabled,
  onInput,
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
      inputMode={inputMode ?? (type === "number" ? "numeric" : undefined)}
      list={list}
      autoComplete={autoComplete}
      maxLength={maxLength}
      size={size}
      required={required}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      aria-describedby={describedByIds(id, describedBy, invalid)}
      onInput={onInput}
    />
  );
}
