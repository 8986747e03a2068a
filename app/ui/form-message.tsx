import type { ReactNode } from "react";

/** A message above a form: what went wrong (alert) or what went right (status). */
export function FormMessage({ kind, children }: { kind: "error" | "success"; children: ReactNode }) {
  return kind === "error" ? (
    <p role="alert" className="zicht-form-error">
      {children}
    </p>
  ) : (
    <p role="status" className="zicht-form-success">
      {children}
    </p>
  );
}
