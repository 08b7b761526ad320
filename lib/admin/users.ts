import "server-only";
// Staff view of every account, and disabling one: a disabled user cannot sign in and every one of
// their sessions ends at once (S10). Audited in the provider chain and the user's organisations' chains.
import { z } from "zod";
import { userActor, type AuditEntry } from "../audit/record.ts";
import { recordAuditBatch } from "../audit/record-batch.ts";
import { requireStaff } from "../auth/authorization/authorize.ts";
import { currentRequest } from "../auth/sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../errors.ts";
import { revokeUserSessions } from "../auth/sessions/session-store.ts";
import { db } from "../db/client.ts";
import { systemClock, type Clock } from "../time/clock.ts";

export type UserRow = {
  id: string;
  name: string;
  email: string;
  kind: "Staff" | "Customer";
  organizations: string[];
  mfa: boolean;
  disabledAt: Date | null;
};

export async function listUsers(): Promise<UserRow[]> {
  await requireStaff("admin.users.view");
  const users = await db.user.findMany({
    orderBy: { email: "asc" },
    take: 500,
    select: {
      id: true,
      name: true,
      email: true,
      disabledAt: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: { select: { organization: { select: { name: true } } } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    kind: u.staffRoles.length > 0 ? "Staff" : "Customer",
    organizations: u.memberships.map((m) => m.organization.name),
    mfa: Boolean(u.credential?.totpEnabledAt),
    disabledAt: u.disabledAt,
  }));
}

export const setUserDisabledInput = z.strictObject({
  userId: z.string().min(1).max(64),
  disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
});

export async function setUserDisabled(
  input: z.infer<typeof setUserDisabledInput>,
  clock: Clock = systemClock,
): Promise<string> {
  const actor = await requireStaff("admin.users.manage");
  if (input.userId === actor.userId) throw new UserFacingError("You cannot disable your own account.");
  const target = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, email: true, disabledAt: true, memberships: { select: { organizationId: true } } },
  });
  if (!target) throw new NotFoundError("The user");
  if (Boolean(target.disabledAt) === input.disabled)
    return input.disabled ? "The account was already disabled." : "The account was already active.";
  const request = await currentRequest();
  await db.user.update({
    where: { id: target.id },
    data: { disabledAt: input.disabled ? clock.now() : null },
  });
  const ended = input.disabled ? await revokeUserSessions(target.id, "account_disabled", { clock }) : 0;
  const event: AuditEntry<"admin.user.disabled" | "admin.user.enabled"> = {
    actor: userActor(actor),
    action: input.disabled ? "admin.user.disabled" : "admin.user.enabled",
    target: { type: "User", id: target.id },
    request,
    metadata: { email: target.email, sessionsEnded: ended },
  };
  const chains = [null, ...target.memberships.map((m) => m.organizationId)];
  await db.$transaction(
    (tx) =>
      recordAuditBatch(
        tx,
        chains.map((organizationId) => ({ ...event, organizationId })),
        clock,
      ),
    { maxWait: 10_000, timeout: 10_000 },
  );
  return input.disabled ? `Disabled ${target.email}; ${ended} session(s) ended.` : `Enabled ${target.email}.`;
}
