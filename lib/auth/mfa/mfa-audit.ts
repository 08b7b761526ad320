import "server-only";
// Audit of two-factor events (S17): into the user's organisation chains or the provider chain, with
// who, where and which session. Metadata never carries a code or a secret.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { auditEvent, type AuditEntry, userActor } from "../../audit/record.ts";
import type { SignedInContext } from "../../context/context.ts";
import { recordAuthEvent } from "../auth-audit.ts";

export type MfaEvent = Extract<AuditAction, `mfa.${string}`>;

/** An event of the caller's second factor; `sessionId` names the session it concerns (else the user). */
export async function recordMfaEvent<A extends MfaEvent>(
  ctx: SignedInContext,
  action: A,
  details: { sessionId?: string; metadata?: AuditEventMetadata[A] } = {},
): Promise<void> {
  const { actor } = ctx;
  const event: AuditEntry = {
    ...auditEvent(action, details.metadata ?? ({} as AuditEventMetadata[A])),
    actor: userActor(actor),
    target: details.sessionId
      ? { type: "Session", id: details.sessionId }
      : { type: "User", id: actor.userId },
    request: ctx.request,
  };
  await recordAuthEvent(actor.userId, event, ctx.clock);
}
