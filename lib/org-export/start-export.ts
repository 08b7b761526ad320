import "server-only";
// An OWNER or ADMIN (org.export.manage) asks for a full export of their organisation: one at a time (a
// second request while one is queued or running is a conflict), audited in the organisation's chain and
// the provider's; the job is asked for after the commit (the sweep picks it up if that request is lost).
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { requestOrganizationExport } from "../jobs/org-export-jobs.ts";
import { ORG_EXPORT_MESSAGES as M } from "./messages.ts";

export async function startOrganizationExport(ctx: Context, slug: string): Promise<{ exportId: string }> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.export.manage");
  const exportId = await db.$transaction(async (tx) => {
    // One request at a time per organisation, even when two arrive together.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`org-export:${org.organizationId}`}))`;
    const running = await tx.organizationExport.findFirst({
      where: { organizationId: org.organizationId, status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true },
    });
    if (running) throw new AppError("conflict", M.running);
    const created = await tx.organizationExport.create({
      data: {
        organizationId: org.organizationId,
        requestedById: org.actor.userId,
        requestedAt: ctx.clock.now(),
      },
      select: { id: true },
    });
    await auditInOrganizationAndProvider(
      tx,
      {
        organizationId: org.organizationId,
        actor: userActor(org.actor),
        request: ctx.request,
        clock: ctx.clock,
      },
      auditEvent("org.export.requested", { exportId: created.id }),
      { type: "OrganizationExport", id: created.id },
    );
    return created.id;
  });
  await requestOrganizationExport(exportId);
  return { exportId };
}
