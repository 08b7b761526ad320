import "server-only";
// What the "reset two-factor authentication" page shows about the account: who it is, whether its second
// factor is on, and whether the viewer may reset it (S23; resetUserMfa checks again when asked).
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import { mayManageAccount } from "../../auth/authorization/staff-rank.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";

export type MfaResetView = { id: string; name: string; email: string; mfa: boolean; resettable: boolean };

export async function mfaResetView(ctx: Context, userId: string): Promise<MfaResetView> {
  const { actor } = await authorizeStaff(ctx, "admin.users.manage");
  const user = await db.user.findUnique({
    where: { id: userId.slice(0, 64) },
    select: {
      id: true,
      name: true,
      email: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
    },
  });
  if (!user) throw new AppError("not_found");
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    mfa: Boolean(user.credential?.totpEnabledAt),
    resettable:
      user.id !== actor.userId &&
      mayManageAccount(
        actor.staffRoles,
        user.staffRoles.map((s) => s.role),
      ),
  };
}
