// What staff and customers send to change a period (S13: strict objects).
import { z } from "zod";

export const MAX_DAYS = 3650;

const days = z.coerce.number().int().min(1).max(MAX_DAYS);
/** A built-in key, or `system:<system key>:<category key>` (ADR 0028). */
const categoryKey = z.string().min(1).max(160);

export const policyInput = z.object({ category: categoryKey, periodDays: days, minDays: days }).strict();
export type PolicyInput = z.infer<typeof policyInput>;

export const overrideInput = z
  .object({
    category: categoryKey,
    /** Empty: go back to the provider's period. */
    periodDays: z.union([z.literal("").transform(() => null), days]),
  })
  .strict();
export type OverrideInput = z.infer<typeof overrideInput>;
