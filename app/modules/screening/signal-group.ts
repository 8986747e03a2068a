import { z } from "zod";

/**
 * A group of signals that may point to exploitation, with a few concrete
 * examples. The groups follow the categories used by public Dutch and UK
 * signal lists (docs/domain.md, "Signals"); the wording is our own. Pure: no I/O.
 */
const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });

export const signalGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: localizedSchema,
  examples: z.array(localizedSchema).min(1),
  /** Signals that point in particular to criminal exploitation. */
  criminal: z.boolean().optional(),
});

export type SignalGroup = z.infer<typeof signalGroupSchema>;

export const protectiveFactorSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: localizedSchema,
});

export type ProtectiveFactor = z.infer<typeof protectiveFactorSchema>;
