// What staff send to place or release a hold (S13: strict objects, nothing else accepted).
import { z } from "zod";

export const LEGAL_HOLD_SCOPES = ["ORGANIZATION", "SUBJECT", "CATEGORY", "INCIDENT"] as const;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));

export const createHoldInput = z
  .object({
    scope: z.enum(LEGAL_HOLD_SCOPES),
    organizationId: optionalText(40),
    email: optionalText(254),
    externalId: optionalText(200),
    category: optionalText(160),
    incidentId: optionalText(40),
    reason: z.string().trim().min(3).max(1000),
  })
  .strict();
export type CreateHoldInput = z.infer<typeof createHoldInput>;

export const releaseHoldInput = z
  .object({ holdId: z.string().min(1).max(40), reason: z.string().trim().min(3).max(1000) })
  .strict();
export type ReleaseHoldInput = z.infer<typeof releaseHoldInput>;
