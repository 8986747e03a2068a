import { FormField, fieldHintId } from "./form-field";
import { TextArea } from "./text-area";
import { TextInput } from "./text-input";

/**
 * A labelled text field: FormField with a TextInput, or a TextArea when
 * `rows` is given; hint and error are linked to the control.
 */
export function TextField({
  name,
  label,
  hint,
  error,
  value,
  rows,
  maxLength,
  type,
  numeric,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  rows?: number;
  maxLength?: number;
  type?: "date";
  numeric?: boolean;
}) {
  const describedBy = hint ? fieldHintId(name) : undefined;
  return (
    <FormField inputId={name} label={label} hint={hint} error={error}>
      {rows ? (
        <TextArea
          id={name}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={value}
          invalid={error !== undefined}
          describedBy={describedBy}
        />
      ) : (
        <TextInput
          id={name}
          name={name}
          type={type}
          defaultValue={value}
          invalid={error !== undefined}
          describedBy={describedBy}
          maxLength={maxLength}
          inputMode={numeric ? "numeric" : undefined}
        />
      )}
    </FormField>
  );
}
