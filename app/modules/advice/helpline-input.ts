import { z } from "zod";

/**
 * A helpline as editors and content files supply it. Kept apart from
 * helpline.ts so the browser bundle never pulls in the validation library.
 */
export const helplineInputSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "alleen kleine letters, cijfers en streepjes"),
  name: z.string().trim().min(1).max(200),
  phone: z.string().regex(/^[0-9 -]{3,20}$/, "alleen cijfers, spaties en streepjes"),
  purpose_nl: z.string().trim().min(1),
  purpose_en: z.string().trim().min(1),
  availability_nl: z.string().trim().min(1).nullable(),
  availability_en: z.string().trim().min(1).nullable(),
  urgent: z.boolean(),
});

export type HelplineInput = z.infer<typeof helplineInputSchema>;
