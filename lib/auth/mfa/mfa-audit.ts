import "server-only";
// Audit of two-factor events (S17): into the user's organisation chains or the provider chain, with
// who, where and which session. Metadata never carries a code or a secret. Refusals are summarised per
// subject and window (S24).
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { auditEvent, type AuditEntry, userActor } from "../../audit/record.ts";
import type { SignedInContext } from "../../context/context.ts";
import { recordAuthEvent, recordAuthRefusal } from "../auth-audit.ts";

export type MfaEvent = Extract<AuditAction, `mfa.${string}`>;

type Details<A extends MfaEvent> = { sessionId?: string; metadata?: AuditEventMetadata[A] };

function mfaEvent<A extends MfaEvent>(ctx: SignedInContext, action: A, details: Details<A>): AuditEntry {
  const { actor } = ctx;
  return {
    ...auditEvent(action, details.metadata ?? ({} as AuditEventMetadata[A])),
    actor: userActor(actor),
    target: details.sessionId
      ? { type: "Session", id: details.sessionId }
      : { type: "User", id: actor.userId },
    request: ctx.request,
  };
}

/** An event of the caller's second factor; `sessionId` names the session it concerns (else the user). */
export async function recordMfaEvent<A extends MfaEvent>(
  ctx: SignedInContext,
  action: A,
  details: Details<A> = {},
): Promise<void> {
  await recordAuthEvent(ctx.actor.userId, mfaEvent(ctx, action, details), ctx.clock);
}

/** A refused second factor, counted by `subject` (the throttle subject "<userId>|<ip>"). */
export async function recordMfaRefusal<A extends MfaEvent>(
  ctx: SignedInContext,
  action: A,
  subject: string,
  details: Details<A> = {},
): Promise<void> {
  await recordAuthRefusal(ctx.actor.userId, mfaEvent(ctx, action, details), subject, ctx.clock);
}
