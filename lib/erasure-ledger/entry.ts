// What the erasure ledger holds (ADR 0034): one line per erasure Article28 performed in its own database —
// a DSR erasure request that completed, or an organisation deleted at the end of an account closure. Ids,
// kinds, times and certificate identifiers only: never a subject's identifiers or a person's name in clear
// (the deletion certificate, which names the closure's requester, is sealed with ENCRYPTION_KEYS).
import { z } from "zod";

const id = z.string().min(1).max(100);
const iso = z.iso.datetime();

/** One task's final answer as the system gave it (no subject data: counts, field names, legal ground). */
export const ledgerTaskResult = z
  .object({
    dataSystemId: id,
    action: z.enum(["ERASE", "ABSENCE_CHECK"]),
    status: z.enum(["done", "not_found", "blocked", "failed"]),
    records: z.number().int().nonnegative().nullable(),
    fields: z.array(z.string().max(200)).max(500),
    ground: z.string().max(2000).nullable(),
    blockedUntil: iso.nullable(),
    absent: z.boolean().nullable(),
  })
  .strict();
export type LedgerTaskResult = z.infer<typeof ledgerTaskResult>;

export const dsrErasureEntry = z
  .object({
    v: z.literal(1),
    id: z.uuid(),
    kind: z.literal("dsr-erasure"),
    at: iso,
    organizationId: id,
    requestId: id,
    /** The request's reference: what its erasure certificate is identified by. */
    certificateId: z.string().min(1).max(100),
    tasks: z.array(ledgerTaskResult).max(1000),
  })
  .strict();

export const accountDeletionEntry = z
  .object({
    v: z.literal(1),
    id: z.uuid(),
    kind: z.literal("account-deletion"),
    at: iso,
    organizationId: id,
    closureId: id,
    /** The closure's reference, printed on its deletion certificate. */
    certificateId: z.string().min(1).max(100),
    certificateSha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The signed certificate file, sealed (it names the person who requested the closure). */
    certificateSealed: z.string().min(1),
  })
  .strict();

export const ledgerEntry = z.discriminatedUnion("kind", [dsrErasureEntry, accountDeletionEntry]);
export type LedgerEntry = z.infer<typeof ledgerEntry>;
export type DsrErasureEntry = z.infer<typeof dsrErasureEntry>;
export type AccountDeletionEntry = z.infer<typeof accountDeletionEntry>;

/** The sealing context of a deletion certificate in the ledger. */
export const certificateSealContext = (closureId: string) => `erasure-ledger:certificate:${closureId}`;
