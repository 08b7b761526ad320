import "server-only";
// Staff create a customer organisation with its contract settings (admin.organizations.manage). Its
// portal lives at /portal/<slug>, so the slug is unique and never a reserved word (./organization-input.ts).
// The creation is the first event of the organisation's own audit chain.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";
import { AppError } from "../errors.ts";
import { ORGANIZATION_MESSAGES } from "./messages.ts";
import type { CreateOrganizationInput } from "./organization-input.ts";

export async function createOrganization(
  ctx: Context,
  input: CreateOrganizationInput,
): Promise<{ id: string; slug: string }> {
  const { actor } = await authorizeStaff(ctx, "admin.organizations.manage");
  const taken = () => new AppError("conflict", ORGANIZATION_MESSAGES.slugTaken(input.slug));
  if (await db.organization.count({ where: { slug: input.slug } })) throw taken();
  try {
    return await db.$transaction(async (tx) => {
      const organization = await tx.organization.create({
        data: { ...input, createdAt: ctx.clock.now() },
        select: { id: true, slug: true },
      });
      await recordAudit(
        {
          organizationId: organization.id,
          actor: userActor(actor),
          action: "org.organization.created",
          target: { type: "Organization", id: organization.id },
          request: ctx.request,
          metadata: input,
        },
        { tx, clock: ctx.clock },
      );
      return organization;
    });
  } catch (error) {
    // Another request took the slug between the check and the insert (unique slug).
    if (isUniqueViolation(error)) throw taken();
    throw error;
  }
}
