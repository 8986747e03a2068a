/** One helpline as the rest of the app sees it. */
export interface Helpline {
  id: string;
  name: string;
  phone: string;
  purpose: string;
  /** When the line can be reached; undefined when our source does not say. */
  availability: string | undefined;
  urgent: boolean;
}

/** The `tel:` address for a displayed Dutch phone number ("0800-0188" → "tel:08000188"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
