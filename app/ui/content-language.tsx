import type { ReactNode } from "react";
import { useLocale } from "../i18n/use-translate";

/**
 * Content that exists only in Dutch (instrument items, advice texts) inside
 * a page in another language: marked `lang="nl"` so screen readers read it
 * with Dutch pronunciation (WCAG 3.1.2). On Dutch pages it adds nothing.
 */
export function DutchContent({ children }: { children: ReactNode }) {
  const locale = useLocale();
  if (locale === "nl") return <>{children}</>;
  return <span lang="nl">{children}</span>;
}
