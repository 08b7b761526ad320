// What the closure form sends (S13: strict, nothing else accepted): the owner's choice between return and
// deletion (D4), and the organisation's address name typed again as a confirmation.
import { z } from "zod";

export const requestClosureInput = z
  .object({
    slug: z.string().trim().min(1).max(80),
    choice: z.enum(["RETURN", "DELETION"]),
    confirmation: z.string().trim().max(80),
  })
  .strict();
export type RequestClosureInput = z.infer<typeof requestClosureInput>;

export const cancelClosureInput = z.object({ slug: z.string().trim().min(1).max(80) }).strict();
export type CancelClosureInput = z.infer<typeof cancelClosureInput>;
