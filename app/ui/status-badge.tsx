import type { ReactNode } from "react";

/**
 * A short status in words with a shape and a colour ("Nu open", "Nu
 * gesloten", "Mogelijk verouderd"). Never colour alone: the text says it and
 * the icon differs per tone.
 */
export function StatusBadge({
  tone,
  children,
}: {
  tone: "positive" | "negative" | "warning" | "neutral";
  children: ReactNode;
}) {
  return (
    <span className={`zicht-status zicht-status--${tone}`}>
      <span className="zicht-status__icon" aria-hidden="true">
        {tone === "positive" ? "●" : tone === "negative" ? "■" : tone === "warning" ? "▲" : "○"}
      </span>
      {children}
    </span>
  );
}
