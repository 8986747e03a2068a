import type { ReactNode } from "react";
import { classNames } from "./class-names";

/**
 * A status in words, colour and shape (never colour alone): each tone has its
 * own shape, so the status also reads in black and white and for people who
 * do not see the colour. The shape is decorative: the words say it.
 */
export type StatusTone = "info" | "unknown" | "safe" | "caution" | "warning" | "danger" | "severe";

export function StatusShape({ tone }: { tone: StatusTone }) {
  return (
    <svg
      className={`zicht-status__shape zicht-status__shape--${tone}`}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {tone === "info" ? (
        <g>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <rect x="11" y="10" width="2" height="8" rx="1" fill="#fff" />
          <circle cx="12" cy="6.8" r="1.3" fill="#fff" />
        </g>
      ) : null}
      {tone === "unknown" ? (
        <g>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <path
            d="M9.5 9.2a2.6 2.6 0 1 1 3.6 2.4c-.7.3-1.1.9-1.1 1.6v.6"
            stroke="#fff"
            strokeWidth="2"
            fill="none"
            strokeLinecap="round"
          />
          <circle cx="12" cy="17" r="1.3" fill="#fff" />
        </g>
      ) : null}
      {tone === "safe" ? (
        <g>
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <path
            d="m7 12.5 3.2 3.2L17 9"
            stroke="#fff"
            strokeWidth="2.4"
            fill="none"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      ) : null}
      {tone === "caution" || tone === "warning" ? (
        <g>
          <path d="M12 2 23 21H1L12 2Z" fill="currentColor" />
          <rect x="11" y="8" width="2" height="7" rx="1" fill={tone === "caution" ? "#1a1a2e" : "#fff"} />
          <circle cx="12" cy="18" r="1.3" fill={tone === "caution" ? "#1a1a2e" : "#fff"} />
        </g>
      ) : null}
      {tone === "danger" ? (
        <g>
          <path d="M7.9 2h8.2L22 7.9v8.2L16.1 22H7.9L2 16.1V7.9L7.9 2Z" fill="currentColor" />
          <rect x="11" y="6.5" width="2" height="8" rx="1" fill="#fff" />
          <circle cx="12" cy="17.5" r="1.3" fill="#fff" />
        </g>
      ) : null}
      {tone === "severe" ? (
        <g>
          <rect x="2" y="2" width="20" height="20" rx="2" fill="currentColor" />
          <path d="m7.5 7.5 9 9m0-9-9 9" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
        </g>
      ) : null}
    </svg>
  );
}

export function StatusBadge({
  tone,
  large = false,
  children,
}: {
  tone: StatusTone;
  /** The big badge at the top of a result. */
  large?: boolean;
  children: ReactNode;
}) {
  return (
    <span className={classNames("zicht-status", `zicht-status--${tone}`, large && "zicht-status--large")}>
      <StatusShape tone={tone} />
      <span className="zicht-status__label">{children}</span>
    </span>
  );
}
