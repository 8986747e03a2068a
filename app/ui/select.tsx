import { fieldErrorId } from "./form-field";

export interface SelectProps {
  id: string;
  name: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  defaultValue?: string;
  invalid?: boolean;
}

/** NL Design System select: `<select class="utrecht-select utrecht-select--html-select">`. */
export function Select({ id, name, options, defaultValue, invalid = false }: SelectProps) {
  return (
    <select
      id={id}
      name={name}
      className="utrecht-select utrecht-select--html-select"
      defaultValue={defaultValue}
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? fieldErrorId(id) : undefined}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
