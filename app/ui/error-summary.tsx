import { useEffect, useRef, type ReactNode } from "react";

/**
 * What is wrong in a form, at the top, with links to the fields. Announced
 * when it appears: with JavaScript it takes the focus when it is shown, so a
 * screen reader reads it and the keyboard goes on from there; without
 * JavaScript the page loads anew with the summary before the form.
 */
export function ErrorSummary({
  heading,
  errors,
}: {
  heading: ReactNode;
  errors: ReadonlyArray<{ href: string; message: ReactNode }>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Again when another submit finds other problems (the summary may stay on the page).
  const which = errors.map((error) => error.href).join(" ");
  useEffect(() => {
    ref.current?.focus();
  }, [which]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="zicht-box zicht-box--urgent zicht-error-summary"
      role="alert"
      aria-labelledby="error-summary-heading"
    >
      <h2 id="error-summary-heading" className="utrecht-heading-3">
        {heading}
      </h2>
      <ul className="zicht-list zicht-list--compact">
        {errors.map((error) => (
          <li key={error.href}>
            <a className="utrecht-link" href={error.href}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Field errors (input id → message) as summary links, in the order of the form's fields. */
export function fieldErrorLinks(
  errors: Readonly<Record<string, string>>,
  order: readonly string[],
): Array<{ href: string; message: string }> {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(errors)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([field, message]) => ({ href: `#${field}`, message }));
}
