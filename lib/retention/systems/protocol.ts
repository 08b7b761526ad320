// The connector protocol's retention purge (docs/connectors/protocol.md, "Purging expired records"; ADR
// 0028): for one of a system's data categories and one organisation, Article28 asks the system to remove
// (mode "purge") or only count (mode "count") the records whose time lies before the cutoff, except the
// records of `keep.subjects` (identifiers the system itself reported in count mode whose keyed hashes a
// SUBJECT legal hold names). Same endpoint, signature and idempotency as the other actions (one `webhook-id`
// per run, system, organisation, category and mode); answered at once (200), no callback. Both sides parse
// with these schemas (the reference connector imports them). Not server-only.
import { z } from "zod";
import { identifier, parseProtocolAnswer, PROTOCOL_VERSION } from "../../dsr/connectors/protocol.ts";

export const PURGE_EXPIRED = "purge_expired";

/** At most this many subjects in `keep.subjects` and in a count answer's `subjects`. */
export const PURGE_SUBJECT_LIMIT = 1000;

const subjectIdentifier = z.string().min(1).max(320);

export const purgeExpiredMessage = z
  .object({
    version: z.literal(PROTOCOL_VERSION),
    action: z.literal(PURGE_EXPIRED),
    organization: z.object({ id: z.string().min(1).max(64), slug: z.string().min(1).max(64) }).strict(),
    /** The system's own category key (SystemDataCategory.key), e.g. "events". */
    category: identifier,
    /** Records whose time lies before this instant have passed their period. */
    cutoff: z.iso.datetime({ offset: true }),
    mode: z.enum(["count", "purge"]),
    keep: z
      .object({ subjects: z.array(subjectIdentifier).max(PURGE_SUBJECT_LIMIT) })
      .strict()
      .default({ subjects: [] }),
  })
  .strict();
export type PurgeExpiredMessage = z.input<typeof purgeExpiredMessage>;

const count = z.number().int().min(0).max(1_000_000_000);

export const purgeExpiredResult = z
  .object({
    status: z.enum(["done", "failed"]),
    /** purge: records removed; count: records that would be removed (keep.subjects left out). */
    records: count.default(0),
    oldestAt: z.iso.datetime({ offset: true }).nullable().optional(),
    newestAt: z.iso.datetime({ offset: true }).nullable().optional(),
    /**
     * purge: SHA-256 (hex) over the removed records' ids as the system names them, sorted in code-unit
     * order, one per line with a trailing newline (lib/retention/evidence.ts); none: the hash of "".
     */
    idsSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    /** count: the subjects (email or external id as the system knows them) with expired records. */
    subjects: z
      .array(z.object({ identifier: subjectIdentifier, records: count }).strict())
      .max(PURGE_SUBJECT_LIMIT)
      .optional(),
    /** failed: what went wrong (for the provider's staff). */
    error: z.string().max(500).optional(),
  })
  .strict();
export type PurgeExpiredResult = z.input<typeof purgeExpiredResult>;
export type ParsedPurgeExpiredResult = z.output<typeof purgeExpiredResult>;

/** Parses a system's answer to a purge (the protocol's one answer parser, size limit included). */
export const parsePurgeExpiredResult = (body: string) => parseProtocolAnswer(purgeExpiredResult, body);
