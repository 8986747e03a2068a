import { z } from "zod";

/** One helpline as the rest of the app sees it. */
export interface Helpline {
  id: string;
  name: string;
  phone: string;
  purpose: string;
  availability: string;
  urgent: boolean;
}

export const helplineInputSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "alleen kleine letters, cijfers en streepjes"),
  name: z.string().trim().min(1).max(200),
  phone: z.string().regex(/^[0-9 -]{3,20}$/, "alleen cijfers, spaties en streepjes"),
  purpose_nl: z.string().trim().min(1),
  purpose_en: z.string().trim().min(1),
  availability_nl: z.string().trim().min(1),
  availability_en: z.string().trim().min(1),
  urgent: z.boolean(),
});

export type HelplineInput = z.infer<typeof helplineInputSchema>;

/** The `tel:` address for a displayed Dutch phone number ("0800-0188" → "tel:08000188"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
