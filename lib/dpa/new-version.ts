import "server-only";
// A new DPA version asks every organisation to accept it again (GDPR.md D3; ADR 0029): in the publishing
// transaction, each organisation not bound by a negotiated DPA gets its stage-0 notice (notice.ts: an email
// to its owners and admins); the portal banner follows from the status itself (status.ts), the reminders
// from reminders.ts. Audited once in the provider's chain.
import { recordAudit, userActor } from "../audit/record.ts";
import type { SignedInContext } from "../context/context.ts";
import type { Tx } from "../db/client.ts";
import { sendDpaNotice } from "./notice.ts";

export async function announceNewDpaVersion(
  tx: Tx,
  ctx: SignedInContext,
  version: { versionId: string; version: number; effectiveDate: Date },
): Promise<{ organizations: number; emails: number }> {
  const now = ctx.clock.now();
  const organizations = await tx.organization.findMany({
    where: { closingSince: null },
    select: { id: true, name: true, slug: true },
    orderBy: { createdAt: "asc" },
  });
  const negotiated = new Set(
    (
      await tx.negotiatedDpa.findMany({
        where: { attachedAt: { lte: now } },
        select: { organizationId: true },
        distinct: ["organizationId"],
      })
    ).map((row) => row.organizationId),
  );
  let noticed = 0;
  let emails = 0;
  for (const organization of organizations) {
    if (negotiated.has(organization.id)) continue;
    const sent = await sendDpaNotice(tx, {
      organization,
      version: { id: version.versionId, version: version.version, effectiveDate: version.effectiveDate },
      stage: 0,
      now,
    });
    if (sent !== null) {
      noticed += 1;
      emails += sent;
    }
  }
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(ctx.actor),
      action: "dpa.version.announced",
      target: { type: "TrustDocumentVersion", id: version.versionId },
      request: ctx.request,
      metadata: { version: version.version, organizations: noticed, emails },
    },
    { tx, clock: ctx.clock },
  );
  return { organizations: noticed, emails };
}
