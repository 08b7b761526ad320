import "server-only";
// Staff set an organisation's subprocessor authorisation (GDPR.md C1; admin.organizations.manage: the DPA's
// terms): GENERAL with a notice period in days, or SPECIFIC. Audited in the organisation's chain with a
// before/after. Applies to changes announced from now on: a notice keeps the mode and window it was sent with.
import { z } from "zod";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { settingsChanges } from "../provider/settings-changes.ts";

export const MIN_NOTICE_DAYS = 1;
export const MAX_NOTICE_DAYS = 365;

export const authorisationSettingInput = z.strictObject({
  organizationId: z.string().trim().min(1).max(64),
  mode: z.enum(["GENERAL", "SPECIFIC"]),
  noticeDays: z.coerce
    .number()
    .int("Whole days.")
    .min(MIN_NOTICE_DAYS, `At least ${MIN_NOTICE_DAYS} day.`)
    .max(MAX_NOTICE_DAYS, `At most ${MAX_NOTICE_DAYS} days.`),
});
export type AuthorisationSettingInput = z.infer<typeof authorisationSettingInput>;

export async function updateAuthorisationSetting(
  ctx: Context,
  input: AuthorisationSettingInput,
): Promise<{ changed: boolean }> {
  const { actor } = await authorizeStaff(ctx, "admin.organizations.manage");
  const after = { subprocessorAuthorisation: input.mode, subprocessorNoticeDays: input.noticeDays };
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { subprocessorAuthorisation: true, subprocessorNoticeDays: true },
    });
    if (!before) throw new AppError("not_found");
    const changes = settingsChanges(before, after);
    if (Object.keys(changes).length === 0) return false;
    await tx.organization.update({ where: { id: input.organizationId }, data: after });
    await recordAudit(
      {
        organizationId: input.organizationId,
        actor: userActor(actor),
        action: "org.subprocessor_authorisation.updated",
        target: { type: "Organization", id: input.organizationId },
        request: ctx.request,
        metadata: { changes },
      },
      { tx, clock: ctx.clock },
    );
    return true;
  });
  return { changed };
}
