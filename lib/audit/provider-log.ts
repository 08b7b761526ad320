import "server-only";
// The provider's audit chain as the staff console shows it.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { verifyChain, type ChainReport } from "./verify.ts";

export type AuditRow = {
  id: string;
  seq: number;
  createdAt: Date;
  actorLabel: string;
  action: string;
  target: string | null;
  ip: string | null;
};

export async function providerAuditLog(
  ctx: Context,
  take = 100,
): Promise<{ events: AuditRow[]; verification: ChainReport }> {
  await authorizeStaff(ctx, "admin.audit.view");
  const [rows, verification] = await Promise.all([
    db.auditEvent.findMany({
      where: { chain: "provider" },
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
    verifyChain("provider"),
  ]);
  return {
    events: rows.map(({ targetType, targetId, ...r }) => ({
      ...r,
      target: targetType ? `${targetType} ${targetId ?? ""}`.trim() : null,
    })),
    verification,
  };
}
