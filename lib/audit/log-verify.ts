import "server-only";
// Verifying an audit chain on demand (SECURITY.md S18, S24): the events after the checkpoint ("new"), or
// the whole chain from its first event ("full"), for whoever may read the chain. Each run is audited with
// its outcome, in the reader's own records: staff's in the provider's chain, an organisation's member's in
// the organisation's chain (where its log shows it). A full run reads every event, so an organisation's
// runs are throttled per organisation (the work is per chain, whoever asks); staff's are not.
import { z } from "zod";
import { AppError } from "../errors.ts";
import { consumeAttempt, minutesToWait, type ThrottleRule } from "../security/throttle.ts";
import { verifyChainFromCheckpoint, type ChainVerification } from "./checkpoint.ts";
import { chainFor } from "./hash.ts";
import { chainOrganizationId, readerAuditOrganizationId, type AuditLogContext } from "./log-context.ts";
import { AUDIT_LOG_MESSAGES } from "./messages.ts";
import { recordAudit, userActor } from "./record.ts";

export const verifyAuditLogInput = z.strictObject({ scope: z.enum(["new", "full"]) });
export type VerifyAuditLogInput = z.infer<typeof verifyAuditLogInput>;

const MINUTE = 60_000;
/** An organisation's verifications: a full run reads the whole chain, a new one only the events since. */
export const VERIFY_RULES = {
  full: { name: "audit-verify:full", limit: 3, windowMs: 60 * MINUTE, blockMs: 60 * MINUTE },
  new: { name: "audit-verify:new", limit: 20, windowMs: 10 * MINUTE, blockMs: 10 * MINUTE },
} as const satisfies Record<VerifyAuditLogInput["scope"], ThrottleRule>;

export async function verifyAuditLog(
  ctx: AuditLogContext,
  input: VerifyAuditLogInput,
): Promise<ChainVerification & { checked: number }> {
  const organizationId = chainOrganizationId(ctx);
  const chain = chainFor(organizationId);
  if (ctx.audience === "organization" && organizationId) {
    const verdict = await consumeAttempt(
      [{ rule: VERIFY_RULES[input.scope], subject: organizationId }],
      ctx.clock,
    );
    if (verdict.blocked)
      throw new AppError(
        "rate_limited",
        AUDIT_LOG_MESSAGES.verifyThrottled(minutesToWait(verdict.retryAfterMs)),
        {
          retryAfterSeconds: Math.ceil(verdict.retryAfterMs / 1000),
        },
      );
  }
  const result = await verifyChainFromCheckpoint(chain, input.scope, ctx.clock);
  await recordAudit(
    {
      organizationId: readerAuditOrganizationId(ctx),
      actor: userActor(ctx.actor),
      action: "audit.chain.verified",
      target: { type: "AuditChain", id: chain },
      request: ctx.request,
      metadata: {
        chain,
        scope: input.scope,
        ok: result.ok,
        checked: result.checked,
        lastSeq: result.seq,
        ...(result.ok ? {} : { brokenSeq: result.brokenSeq }),
      },
    },
    { clock: ctx.clock },
  );
  return result;
}
