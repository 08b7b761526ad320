import "server-only";
// The account a staff member acts on from the users page (disable, change role, reset two-factor): loaded
// once, refused when it is the caller's own, and authorised against its ranks (S23); its audit events go
// to the provider chain and to each of its organisations' chains.
import { userActor, type AuditEvent } from "../audit/record.ts";
import { recordAuditBatch } from "../audit/record-batch.ts";
import { authorizeStaff, authorizeStaffOver } from "../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import type { StaffRole } from "../generated/prisma/enums.ts";
import type { Text } from "../i18n/text.ts";

export type ManagedAccount = {
  id: string;
  email: string;
  name: string;
  disabledAt: Date | null;
  staffRoles: StaffRole[];
  organizationIds: string[];
};

type Rules = {
  /** The refusal when the account is the caller's own. */
  own: Text;
  /** The refusal when the caller may not act on the account's ranks. */
  notBelow: Text;
  /** Which ranks the caller may act on (default: strictly below their own). */
  allowed?: (actorRoles: readonly StaffRole[], targetRoles: readonly StaffRole[]) => boolean;
};

/** The caller (with admin.users.manage) and the account `userId`, or `forbidden` / `not_found`. */
export async function authorizeManagedAccount(
  ctx: Context,
  userId: string,
  rules: Rules,
): Promise<{ staff: SignedInContext; target: ManagedAccount }> {
  const { actor } = await authorizeStaff(ctx, "admin.users.manage");
  if (userId === actor.userId) throw new AppError("forbidden", rules.own);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      staffRoles: { select: { role: true } },
      memberships: { select: { organizationId: true } },
    },
  });
  if (!user) throw new AppError("not_found");
  const target: ManagedAccount = {
    id: user.id,
    email: user.email,
    name: user.name,
    disabledAt: user.disabledAt,
    staffRoles: user.staffRoles.map((s) => s.role),
    organizationIds: user.memberships.map((m) => m.organizationId),
  };
  const staff = await authorizeStaffOver(ctx, "admin.users.manage", target, rules.notBelow, rules.allowed);
  return { staff, target };
}

/** Records `event` (see auditEvent) about `target` in the provider chain and its organisations' chains. */
export async function auditManagedAccount(
  staff: SignedInContext,
  target: ManagedAccount,
  event: AuditEvent,
): Promise<void> {
  const base = {
    ...event,
    actor: userActor(staff.actor),
    target: { type: "User", id: target.id },
    request: staff.request,
  };
  await db.$transaction(
    (tx) =>
      recordAuditBatch(
        tx,
        [null, ...target.organizationIds].map((organizationId) => ({ ...base, organizationId })),
        staff.clock,
      ),
    { maxWait: 10_000, timeout: 10_000 },
  );
}
