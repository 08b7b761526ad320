import "server-only";
// Audit of two-factor events (S17): into the user's organisation chains or the provider chain, with
// who, where and which session. Metadata never carries a code or a secret.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { type AuditEntry, type RequestMeta, userActor } from "../../audit/record.ts";
import type { Clock } from "../../time/clock.ts";
import { recordAuthEvent } from "../auth-audit.ts";

export type MfaEvent = Extract<AuditAction, `mfa.${string}`>;

export async function recordMfaEvent<A extends MfaEvent>(
  user: { userId: string; email: string },
  action: A,
  context: { request: RequestMeta; clock: Clock; sessionId?: string; metadata?: AuditEventMetadata[A] },
): Promise<void> {
  const event = {
    actor: userActor(user),
    action,
    target: context.sessionId
      ? { type: "Session", id: context.sessionId }
      : { type: "User", id: user.userId },
    request: context.request,
    metadata: context.metadata,
  } as AuditEntry;
  await recordAuthEvent(user.userId, event, context.clock);
}
