/**
 * Simple pictograms for the easy-language pages (our own drawings). Without
 * a `label` they are decorative: the text next to them says the same, so
 * screen readers skip them (aria-hidden). With a `label` (the alternative
 * text from the content) they are images with that name. Colours come from
 * CSS (currentColor).
 */
export const pictogramNames = [
  "heart",
  "gift",
  "warning",
  "phone",
  "chat",
  "shield",
  "smartphone",
  "money",
  "secret",
] as const;
export type PictogramName = (typeof pictogramNames)[number];

export function isPictogramName(name: string): name is PictogramName {
  return (pictogramNames as readonly string[]).includes(name);
}

export function Pictogram({ name, label }: { name: PictogramName; label?: string }) {
  const labelled = label !== undefined && label.trim() !== "";
  return (
    <svg
      className={`zicht-pictogram zicht-pictogram--${name}`}
      viewBox="0 0 48 48"
      width="48"
      height="48"
      {...(labelled ? { role: "img", "aria-label": label } : { "aria-hidden": true })}
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
      {name === "chat" ? (
        <g fill="currentColor">
          <path d="M6 8h26a3 3 0 0 1 3 3v14a3 3 0 0 1-3 3H17l-7 6v-6H6a3 3 0 0 1-3-3V11a3 3 0 0 1 3-3Z" />
          <path d="M38 17h4a3 3 0 0 1 3 3v12a3 3 0 0 1-3 3h-2v5l-6-5H23a3 3 0 0 1-3-3v-1h13a5 5 0 0 0 5-5v-9Z" />
        </g>
      ) : null}
      {name === "shield" ? (
        <g>
          <path d="M24 3 41 9v13c0 11-7.4 19.4-17 23C14.4 41.4 7 33 7 22V9l17-6Z" fill="currentColor" />
          <path
            d="m16 24 6 6 11-12"
            fill="none"
            stroke="#ffffff"
            strokeWidth="4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </g>
      ) : null}
      {name === "smartphone" ? (
        <g>
          <rect x="12" y="3" width="24" height="42" rx="4" fill="currentColor" />
          <rect x="15.5" y="8" width="17" height="29" rx="1" fill="#ffffff" />
          <circle cx="24" cy="41" r="2" fill="#ffffff" />
        </g>
      ) : null}
      {name === "money" ? (
        <g>
          <rect x="3" y="12" width="42" height="24" rx="3" fill="currentColor" />
          <circle cx="24" cy="24" r="7" fill="#ffffff" />
          <circle cx="10" cy="24" r="2.5" fill="#ffffff" />
          <circle cx="38" cy="24" r="2.5" fill="#ffffff" />
        </g>
      ) : null}
      {name === "secret" ? (
        <g>
          <rect x="8" y="21" width="32" height="23" rx="3" fill="currentColor" />
          <path d="M15 21v-6a9 9 0 0 1 18 0v6" fill="none" stroke="currentColor" strokeWidth="4.5" />
          <circle cx="24" cy="31" r="3.2" fill="#ffffff" />
          <rect x="22.5" y="32" width="3" height="7" rx="1.5" fill="#ffffff" />
        </g>
      ) : null}
    </svg>
  );
}
