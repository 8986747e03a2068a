import type { Ref } from "react";

/** Progress through the steps of a form: the step in words, and a bar. */
export function ProgressBar({
  id,
  label,
  value,
  max,
  labelRef,
}: {
  id: string;
  label: string;
  value: number;
  max: number;
  /** The label can take focus, so a step change can move focus to it. */
  labelRef?: Ref<HTMLParagraphElement>;
}) {
  return (
    <div className="zicht-progress">
      <p id={id} className="zicht-progress__label" tabIndex={-1} ref={labelRef}>
        {label}
      </p>
      <progress className="zicht-progress__bar" value={value} max={max} aria-labelledby={id} />
    </div>
  );
}
