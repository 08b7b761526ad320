import "server-only";
// Email + password sign-in and sign-out, with every outcome audited (SECURITY.md S17).
import { recordAudit, type RequestMeta } from "../audit/record.ts";
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { decoyHash, verifyPassword } from "./password.ts";
import { createSession, revokeSession } from "./session-store.ts";
import { z } from "zod";

export const signInInput = z.strictObject({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false };

/** Audit events about a user go to each of their organisations' chains, or the provider chain. */
async function auditScopes(userId: string | null): Promise<(string | null)[]> {
  if (!userId) return [null];
  const memberships = await db.membership.findMany({ where: { userId }, select: { organizationId: true } });
  const staff = await db.staffRoleAssignment.count({ where: { userId } });
  const scopes: (string | null)[] = memberships.map((m) => m.organizationId);
  return staff > 0 || scopes.length === 0 ? [null, ...scopes] : scopes;
}

async function auditFor(userId: string | null, event: Omit<Parameters<typeof recordAudit>[0], "organizationId">, clock: Clock) {
  for (const organizationId of await auditScopes(userId)) await recordAudit({ ...event, organizationId }, { clock });
}

export async function signInWithPassword(
  raw: unknown,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<SignInResult> {
  const parsed = signInInput.safeParse(raw);
  const email = parsed.success ? parsed.data.email : null;
  const user = email
    ? await db.user.findUnique({
        where: { email },
        select: { id: true, email: true, disabledAt: true, credential: { select: { passwordHash: true } }, staffRoles: { select: { role: true } } },
      })
    : null;
  // Always run one argon2 verification, so response time does not reveal whether the account exists (S3).
  const hash = user?.credential?.passwordHash ?? (await decoyHash());
  const passwordOk = parsed.success && (await verifyPassword(hash, parsed.data.password));
  const reason = !parsed.success ? "invalid_input" : !user ? "unknown_email" : !user.credential?.passwordHash ? "no_password" : user.disabledAt ? "account_disabled" : !passwordOk ? "wrong_password" : null;

  if (reason || !user) {
    await auditFor(
      user?.id ?? null,
      { actor: { userId: user?.id ?? null, label: email ?? "(invalid email)" }, action: "auth.sign_in.failed", request, metadata: { reason, email } },
      clock,
    );
    return { ok: false };
  }
  const kind = user.staffRoles.length > 0 ? "STAFF" : "CUSTOMER";
  const session = await createSession(user.id, kind, request, clock);
  await auditFor(
    user.id,
    { actor: { userId: user.id, label: user.email }, action: "auth.sign_in.succeeded", target: { type: "Session", id: session.id }, request, metadata: { method: "password", kind } },
    clock,
  );
  return { ok: true, userId: user.id, sessionId: session.id };
}

export async function signOut(
  session: { id: string; userId: string; email: string },
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<void> {
  const revoked = await revokeSession(session.id, "sign_out", clock);
  if (!revoked) return;
  await auditFor(
    session.userId,
    { actor: { userId: session.userId, label: session.email }, action: "auth.sign_out", target: { type: "Session", id: session.id }, request },
    clock,
  );
}
