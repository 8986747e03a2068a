/**
 * Simple pictograms for the easy-language pages (our own drawings). They are
 * decorative: the text next to each one says the same, so screen readers
 * skip them (aria-hidden). Colours come from CSS (currentColor).
 */
export type PictogramName = "heart" | "gift" | "warning" | "phone";

export function Pictogram({ name }: { name: PictogramName }) {
  return (
    <svg
      className={`zicht-pictogram zicht-pictogram--${name}`}
      viewBox="0 0 48 48"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
    >
      {name === "heart" ? (
        <path
          d="M24 41 8.6 26.2C4.3 22 4.4 15.2 8.8 11.2c4.1-3.7 10.3-3.2 14 .9l1.2 1.3 1.2-1.3c3.7-4.1 9.9-4.6 14-.9 4.4 4 4.5 10.8.2 15L24 41Z"
          fill="currentColor"
        />
      ) : null}
      {name === "gift" ? (
        <g fill="currentColor">
          <rect x="6" y="16" width="36" height="9" rx="2" />
          <rect x="9" y="27" width="30" height="16" rx="2" />
          <rect x="21.5" y="16" width="5" height="27" fill="#ffffff" />
          <path d="M24 16c-3-6-11-9-12.5-4.5C10.4 15 17 16 24 16Zm0 0c3-6 11-9 12.5-4.5C37.6 15 31 16 24 16Z" />
        </g>
      ) : null}
      {name === "warning" ? (
        <g>
          <path d="M24 4 45 42H3L24 4Z" fill="currentColor" />
          <rect x="21.5" y="17" width="5" height="14" rx="2" fill="#ffffff" />
          <circle cx="24" cy="36" r="2.8" fill="#ffffff" />
        </g>
      ) : null}
      {name === "phone" ? (
        <path
          d="M14.2 5.5c1-.9 2.5-.8 3.4.2l5 6.1c.8 1 .8 2.4-.1 3.3l-3.3 3.3c1.9 4.2 5.7 8 9.9 9.9l3.3-3.3c.9-.9 2.3-1 3.3-.1l6.1 5c1 .9 1.1 2.4.2 3.4l-3.5 4c-1.2 1.4-3.1 1.9-4.9 1.3C21.7 35.2 12.8 26.3 9.4 14.4c-.5-1.8 0-3.7 1.4-4.9l3.4-4Z"
          fill="currentColor"
        />
      ) : null}
    </svg>
  );
}
