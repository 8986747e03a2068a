import type { ReactNode } from "react";

/** Numbered steps in order: `<ol class="zicht-steps-list">`. The list is static, so a step's position is its key. */
export function StepList({ steps }: { steps: readonly ReactNode[] }) {
  return (
    <ol className="zicht-steps-list">
      {steps.map((step, index) => (
        <li key={index}>{step}</li>
      ))}
    </ol>
  );
}
