// Appends an event to the audit log (GDPR.md H1, SECURITY.md S17/S18).
// A per-chain advisory lock serialises writers, so concurrent appends never fork a chain;
// the unique (chain, seq) index is the backstop.
import { db, type Tx } from "../db/client.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { chainFor, eventHash, GENESIS_HASH, type HashedFields } from "./hash.ts";
import { sanitizeAuditText, sanitizeMetadata } from "./sanitize.ts";
import type { RequestMeta } from "../context/context.ts";
import type { AuditAction, AuditEventMetadata } from "./events.ts";
export type { RequestMeta };
export type AuditActor = { userId: string | null; label: string };

/** One event of the catalogue (lib/audit/events.ts) with the metadata of its kind. */
export type AuditEvent<A extends AuditAction = AuditAction> = {
  [K in A]: Record<string, never> extends AuditEventMetadata[K]
    ? { action: K; metadata?: AuditEventMetadata[K] }
    : { action: K; metadata: AuditEventMetadata[K] };
}[A];

/**
 * One catalogued event from an action name and its metadata, for helpers that take the action as a
 * type parameter (TypeScript cannot see that `A` pairs the two inside a generic; the call sites are checked).
 */
export function auditEvent<A extends AuditAction>(action: A, metadata: AuditEventMetadata[A]): AuditEvent {
  return { action, metadata } as AuditEvent;
}

/** An event with who did it, to what and from where; the chain is chosen by the caller. */
export type AuditEntry<A extends AuditAction = AuditAction> = AuditEvent<A> & {
  actor: AuditActor;
  target?: { type: string; id: string };
  request?: RequestMeta;
};

export type AuditInput<A extends AuditAction = AuditAction> = AuditEntry<A> & {
  organizationId?: string | null;
};

export const SYSTEM_ACTOR: AuditActor = { userId: null, label: "system" };

/** A signed-in user as an audit actor (labelled by email); an API key as "API key <name>". */
export function userActor(user: { userId: string; email: string; apiKey?: { name: string } }): AuditActor {
  if (user.apiKey) return { userId: null, label: `API key ${user.apiKey.name}` };
  return { userId: user.userId, label: user.email };
}

export async function recordAudit(
  input: AuditInput,
  options: { tx?: Tx; clock?: Clock } = {},
): Promise<{ id: string }> {
  const write = (tx: Tx) => appendInTransaction(tx, input, options.clock ?? systemClock);
  return options.tx ? write(options.tx) : db.$transaction(write, { maxWait: 10_000, timeout: 10_000 });
}

async function appendInTransaction(tx: Tx, input: AuditInput, clock: Clock): Promise<{ id: string }> {
  const chain = chainFor(input.organizationId ?? null);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${chain}, 0))`;
  const last = await tx.auditEvent.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  return tx.auditEvent.create({ data: auditRow(input, last, clock.now()), select: { id: true } });
}

/** What an event says, sanitised: every chained field except its place in a chain. */
export type AuditContent = Omit<HashedFields, "chain" | "seq" | "prevHash"> & {
  metadata: Prisma.InputJsonObject;
};

export function auditContent(input: AuditInput, at: Date): AuditContent {
  return {
    createdAt: at,
    organizationId: input.organizationId ?? null,
    actorUserId: input.actor.userId,
    actorLabel: sanitizeAuditText(input.actor.label) ?? "unknown",
    action: input.action,
    targetType: input.target?.type ?? null,
    targetId: input.target?.id ?? null,
    ip: sanitizeAuditText(input.request?.ip),
    userAgent: sanitizeAuditText(input.request?.userAgent, 512),
    requestId: sanitizeAuditText(input.request?.requestId),
    metadata: sanitizeMetadata((input.metadata ?? {}) as Record<string, unknown>) as Prisma.InputJsonObject,
  };
}

/** The stored row of `content` continuing its chain after `previous` (null: the chain's first). */
export function chainedRow(
  content: AuditContent,
  previous: { seq: number; hash: string } | null,
): Prisma.AuditEventCreateManyInput & { seq: number; hash: string } {
  const fields = {
    ...content,
    chain: chainFor(content.organizationId),
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...fields, hash: eventHash(fields) };
}

/** The stored row of an event that continues its chain after `previous` (null: the chain's first). */
export function auditRow(
  input: AuditInput,
  previous: { seq: number; hash: string } | null,
  at: Date,
): Prisma.AuditEventCreateManyInput & { seq: number; hash: string } {
  return chainedRow(auditContent(input, at), previous);
}
