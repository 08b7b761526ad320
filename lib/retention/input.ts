// What staff and customers send to change a period (S13: strict objects).
import { z } from "zod";

export const MAX_DAYS = 3650;

const days = z.coerce.number().int().min(1).max(MAX_DAYS);

export const policyInput = z
  .object({ category: z.string().min(1).max(60), periodDays: days, minDays: days })
  .strict();
export type PolicyInput = z.infer<typeof policyInput>;

export const overrideInput = z
  .object({
    category: z.string().min(1).max(60),
    /** Empty: go back to the provider's period. */
    periodDays: z.union([z.literal("").transform(() => null), days]),
  })
  .strict();
export type OverrideInput = z.infer<typeof overrideInput>;
