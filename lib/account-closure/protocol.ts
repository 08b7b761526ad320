// The connector protocol's organisation deletion (docs/connectors/protocol.md, "Deleting an organisation"):
// when an account closure's export window has passed, Article28 asks every connected system that holds the
// organisation's data to delete all of it. Same endpoint, signature and idempotency as the subject tasks
// (one `webhook-id` per system and closure), its own message and result; no callback: a system that needs
// time answers 202 and is asked again (same `webhook-id`) on the next run until it answers 200. Both sides
// parse with these schemas (the reference connector imports them). Not server-only.
import { z } from "zod";
import {
  identifier,
  parseProtocolAnswer,
  PROTOCOL_VERSION,
  RESULT_LIMITS,
} from "../dsr/connectors/protocol.ts";

export const DELETE_ORGANIZATION = "delete_organization";

export const organizationDeletionMessage = z
  .object({
    version: z.literal(PROTOCOL_VERSION),
    action: z.literal(DELETE_ORGANIZATION),
    /** Article28's id of this system's part of the closure. */
    taskId: z.string().min(1).max(64),
    organization: z.object({ id: z.string().min(1).max(64), slug: z.string().min(1).max(64) }).strict(),
    closure: z
      .object({ reference: z.string().min(1).max(64), requestedAt: z.iso.datetime({ offset: true }) })
      .strict(),
  })
  .strict();
export type OrganizationDeletionMessage = z.infer<typeof organizationDeletionMessage>;

const text = z.string().max(RESULT_LIMITS.textCharacters);

export const organizationDeletionResult = z
  .object({
    /** done: everything of the organisation is gone; blocked: some is kept on a legal ground; failed. */
    status: z.enum(["done", "blocked", "failed"]),
    /** How many records were removed. */
    records: z.number().int().min(0).max(1_000_000_000).optional(),
    /** Which tables (or collections) records were removed from. */
    tables: z.array(identifier).max(RESULT_LIMITS.fields).optional(),
    /** blocked: what is kept and why, in words the customer can pass on. */
    ground: text.min(1).optional(),
    blockedUntil: z.iso.datetime({ offset: true }).optional(),
    /** failed: what went wrong (for the provider's staff). */
    error: text.optional(),
  })
  .strict()
  .superRefine((result, issues) => {
    if (result.status === "blocked" && !result.ground)
      issues.addIssue({ code: "custom", path: ["ground"], message: "a blocked result names its ground" });
  });
export type OrganizationDeletionResult = z.infer<typeof organizationDeletionResult>;

/** Parses a system's answer to a deletion (the protocol's one answer parser, size limit included). */
export const parseOrganizationDeletionResult = (body: string) =>
  parseProtocolAnswer(organizationDeletionResult, body);
