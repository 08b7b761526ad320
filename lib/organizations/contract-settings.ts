import "server-only";
// Staff change a customer organisation's contract settings (admin.organizations.manage): the breach
// window and DSR days of its DPA, its default time zone and language. Audited in the organisation's chain
// with a field-level before/after. A new breach window applies to breaches declared from now on: a
// notification keeps the window and deadline it was created with (lib/incidents/declare.ts).
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { settingsChanges } from "../provider/settings-changes.ts";
import type { UpdateContractInput } from "./organization-input.ts";

const CONTRACT_SELECT = {
  breachNotificationHours: true,
  dsrDueDays: true,
  defaultTimeZone: true,
  defaultLanguage: true,
} as const;

/** `changed` is false when the input equals what is stored (nothing is written). */
export async function updateContractSettings(
  ctx: Context,
  input: UpdateContractInput,
): Promise<{ changed: boolean }> {
  const { actor } = await authorizeStaff(ctx, "admin.organizations.manage");
  const { organizationId, ...after } = input;
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id: organizationId },
      select: CONTRACT_SELECT,
    });
    if (!before) throw new AppError("not_found");
    const changes = settingsChanges(before, after);
    if (Object.keys(changes).length === 0) return false;
    await tx.organization.update({ where: { id: organizationId }, data: after });
    await recordAudit(
      {
        organizationId,
        actor: userActor(actor),
        action: "org.contract.updated",
        target: { type: "Organization", id: organizationId },
        request: ctx.request,
        metadata: { changes },
      },
      { tx, clock: ctx.clock },
    );
    return true;
  });
  return { changed };
}
