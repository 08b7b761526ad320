// What the closure form sends (S13: strict, nothing else accepted): the owner's choice between return and
// deletion (D4), and the organisation's address name typed again as a confirmation.
import { z } from "zod";
import { optionalField } from "../text/optional-field.ts";

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

/** Staff's word on a MANUAL system of a deletion in progress: what they did by hand (evidence), or why not. */
export const confirmSystemInput = z
  .object({
    closureId: z.string().min(1).max(64),
    systemId: z.string().min(1).max(64),
    outcome: z.enum(["DONE", "FAILED"]),
    records: optionalField(z.coerce.number().int().min(0).max(1_000_000_000)),
    evidence: z.string().trim().min(1).max(2000),
  })
  .strict();
export type ConfirmSystemInput = z.infer<typeof confirmSystemInput>;

/** Staff ask a connected system whose attempts all failed once more, while the deletion still waits. */
export const retrySystemInput = z
  .object({ closureId: z.string().min(1).max(64), systemId: z.string().min(1).max(64) })
  .strict();
export type RetrySystemInput = z.infer<typeof retrySystemInput>;
