import "server-only";
// Authentication events belong to the user's organisations (each org sees its members' sign-ins in its
// own chain); staff and unknown accounts go to the provider chain. Refusals anyone can repeat (wrong
// secrets, throttled attempts, made-up links) are summarised per subject and window (S24).
import { recordAuditBatch } from "../audit/record-batch.ts";
import { recordRefusal } from "../audit/refusals.ts";
import type { AuditEntry } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";

async function auditScopes(userId: string | null): Promise<(string | null)[]> {
  if (!userId) return [null];
  const [memberships, staff] = await Promise.all([
    db.membership.findMany({ where: { userId }, select: { organizationId: true } }),
    db.staffRoleAssignment.count({ where: { userId } }),
  ]);
  const scopes: (string | null)[] = memberships.map((m) => m.organizationId);
  return staff > 0 || scopes.length === 0 ? [null, ...scopes] : scopes;
}

export async function recordAuthEvent(
  userId: string | null,
  event: AuditEntry,
  clock: Clock = systemClock,
): Promise<void> {
  const scopes = await auditScopes(userId);
  await db.$transaction(
    (tx) =>
      recordAuditBatch(
        tx,
        scopes.map((organizationId) => ({ ...event, organizationId })),
        clock,
      ),
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * A refused authentication attempt, in the same chains as `recordAuthEvent`, counted by `subject` (e.g.
 * the throttle subject "<email>|<ip>", or the address): only the first of a window is an event of its own.
 */
export async function recordAuthRefusal(
  userId: string | null,
  event: AuditEntry,
  subject: string,
  clock: Clock = systemClock,
): Promise<void> {
  const scopes = await auditScopes(userId);
  await recordRefusal(
    scopes.map((organizationId) => ({ ...event, organizationId })),
    subject,
    clock,
  );
}
