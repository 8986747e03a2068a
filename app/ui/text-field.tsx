import { FormField, fieldHintId } from "./form-field";
import { TextArea } from "./text-area";
import { TextInput } from "./text-input";

/**
 * A labelled text field: FormField with a TextInput, or a TextArea when
 * `rows` is given; hint and error are linked to the control. The control's
 * id is its name, unless `id` is given (two forms on one page that post the
 * same name).
 */
export function TextField({
  name,
  id = name,
  label,
  hint,
  error,
  value,
  rows,
  maxLength,
  type,
  numeric,
  size,
  autoComplete,
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  /** The value shown at first; none leaves the control empty. */
  value?: string;
  rows?: number;
  maxLength?: number;
  type?: "date";
  numeric?: boolean;
  /** Width in characters (inputs only). */
  size?: number;
  autoComplete?: string;
}) {
  const describedBy = hint ? fieldHintId(id) : undefined;
  return (
    <FormField inputId={id} label={label} hint={hint} error={error}>
      {rows ? (
        <TextArea
          id={id}
          name={name}
          rows={rows}
          maxLength={maxLength}
          defaultValue={value}
          invalid={error !== undefined}
          describedBy={describedBy}
        />
      ) : (
        <TextInput
          id={id}
          name={name}
          type={type}
          defaultValue={value}
          invalid={error !== undefined}
          describedBy={describedBy}
          maxLength={maxLength}
          size={size}
          autoComplete={autoComplete}
          inputMode={numeric ? "numeric" : undefined}
        />
      )}
    </FormField>
  );
}
