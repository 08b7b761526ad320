import "server-only";
// Signatories (ADR 0029): an organisation's OWNER or ADMIN (org.dpa.accept) names members who may accept the
// DPA on its behalf beside them — a managing director who is a MEMBER, say — and removes them again. The
// member is looked up in the same organisation (a foreign user id is not_found). Audited in the
// organisation's chain and the provider's.
import { z } from "zod";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { DPA_MESSAGES as M } from "./messages.ts";

export const signatoryInput = z.strictObject({
  slug: z.string().min(1).max(100),
  userId: z.string().min(1).max(64),
});
export type SignatoryInput = z.output<typeof signatoryInput>;

export async function setDpaSignatory(
  ctx: Context,
  input: SignatoryInput,
  named: boolean,
): Promise<{ changed: boolean; email: string }> {
  const org = await authorizeOrgBySlug(ctx, input.slug, "org.dpa.accept");
  const member = await db.membership.findFirst({
    where: { organizationId: org.organizationId, userId: input.userId },
    select: { user: { select: { email: true } } },
  });
  if (!member) throw new AppError("not_found", M.notAMember);
  return db.$transaction(async (tx) => {
    const key = { organizationId: org.organizationId, userId: input.userId };
    const changed = named
      ? (
          await tx.dpaSignatory.createMany({
            data: [{ ...key, namedById: org.actor.userId }],
            skipDuplicates: true,
          })
        ).count > 0
      : (await tx.dpaSignatory.deleteMany({ where: key })).count > 0;
    if (changed)
      await auditInOrganizationAndProvider(
        tx,
        {
          organizationId: org.organizationId,
          actor: userActor(org.actor),
          request: ctx.request,
          clock: ctx.clock,
        },
        auditEvent(named ? "dpa.signatory.named" : "dpa.signatory.removed", {
          userId: input.userId,
          email: member.user.email,
        }),
        { type: "User", id: input.userId },
      );
    return { changed, email: member.user.email };
  });
}
