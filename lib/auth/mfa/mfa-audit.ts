import "server-only";
// Audit of two-factor events (S17): into the user's organisation chains or the provider chain, with
// who, where and which session. Metadata never carries a code or a secret.
import { type RequestMeta, userActor } from "../../audit/record.ts";
import type { Clock } from "../../time/clock.ts";
import { recordAuthEvent } from "../auth-audit.ts";

export type MfaEvent =
  | "mfa.enrolment.started"
  | "mfa.enabled"
  | "mfa.disabled"
  | "mfa.backup_codes.regenerated"
  | "mfa.challenge.succeeded"
  | "mfa.challenge.failed"
  | "mfa.challenge.throttled"
  | "mfa.backup_code.used";

export async function recordMfaEvent(
  user: { userId: string; email: string },
  action: MfaEvent,
  context: { request: RequestMeta; clock: Clock; sessionId?: string; metadata?: Record<string, unknown> },
): Promise<void> {
  await recordAuthEvent(
    user.userId,
    {
      actor: userActor(user),
      action,
      target: context.sessionId
        ? { type: "Session", id: context.sessionId }
        : { type: "User", id: user.userId },
      request: context.request,
      metadata: context.metadata,
    },
    context.clock,
  );
}
