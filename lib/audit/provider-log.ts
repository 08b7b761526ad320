import "server-only";
// The provider's audit chain as the staff console shows it: the newest events (one index range on
// (chain, seq)) and the last verification from the chain's checkpoint. A page view never recomputes the
// chain (S24); staff verify on demand, which is audited, and the job keeps the checkpoint current.
import { z } from "zod";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { lastVerification, verifyChainFromCheckpoint, type ChainVerification } from "./checkpoint.ts";
import { recordAudit, userActor } from "./record.ts";

const CHAIN = "provider";

export type AuditRow = {
  id: string;
  seq: number;
  createdAt: Date;
  actorLabel: string;
  action: string;
  target: string | null;
  ip: string | null;
};

export type ProviderAuditLog = {
  events: AuditRow[];
  /** The chain's last verification (null: never verified yet). */
  verification: ChainVerification | null;
  /** Events recorded after the last verified one. */
  unverifiedEvents: number;
};

export async function providerAuditLog(ctx: Context, take = 100): Promise<ProviderAuditLog> {
  await authorizeStaff(ctx, "admin.audit.view");
  const [rows, verification] = await Promise.all([
    db.auditEvent.findMany({
      where: { chain: CHAIN },
      orderBy: { seq: "desc" },
      take,
      select: {
        id: true,
        seq: true,
        createdAt: true,
        actorLabel: true,
        action: true,
        targetType: true,
        targetId: true,
        ip: true,
      },
    }),
    lastVerification(CHAIN),
  ]);
  return {
    events: rows.map(({ targetType, targetId, ...r }) => ({
      ...r,
      target: targetType ? `${targetType} ${targetId ?? ""}`.trim() : null,
    })),
    verification,
    unverifiedEvents: Math.max(0, (rows[0]?.seq ?? 0) - (verification?.seq ?? 0)),
  };
}

export const verifyProviderChainInput = z.strictObject({ scope: z.enum(["new", "full"]) });

/**
 * Verifies the provider chain now, for staff who may read it: the events after the checkpoint ("new"),
 * or the whole chain from its first event ("full"). Audited with the outcome.
 */
export async function verifyProviderChain(
  ctx: Context,
  input: z.infer<typeof verifyProviderChainInput>,
): Promise<ChainVerification & { checked: number }> {
  const staff = await authorizeStaff(ctx, "admin.audit.view");
  const result = await verifyChainFromCheckpoint(CHAIN, input.scope, ctx.clock);
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "audit.chain.verified",
      target: { type: "AuditChain", id: CHAIN },
      request: ctx.request,
      metadata: {
        chain: CHAIN,
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
