import "server-only";
// What the account security page shows about the caller's two-factor authentication, and why it may
// be required.
import type { SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { remainingBackupCodes } from "./backup-codes.ts";

export type MfaRequirement = { staff: boolean; organizations: string[] };

export type MfaStatus = {
  enabled: boolean;
  enabledAt: Date | null;
  backupCodesRemaining: number;
  /** Who requires the user to keep MFA on (then it cannot be turned off). */
  requiredBy: MfaRequirement;
};

/** Who requires the caller to use MFA: staff accounts always; organisations that switched it on. */
export async function mfaRequirementFor(ctx: SignedInContext): Promise<MfaRequirement> {
  const { userId } = ctx.actor;
  const [staff, organizations] = await Promise.all([
    db.staffRoleAssignment.count({ where: { userId } }),
    db.organization.findMany({
      where: { requireMfa: true, memberships: { some: { userId } } },
      select: { name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { staff: staff > 0, organizations: organizations.map((o) => o.name) };
}

export function isRequired(requirement: MfaRequirement): boolean {
  return requirement.staff || requirement.organizations.length > 0;
}

export async function mfaStatusFor(ctx: SignedInContext): Promise<MfaStatus> {
  const { userId } = ctx.actor;
  const [credential, backupCodesRemaining, requiredBy] = await Promise.all([
    db.credential.findUnique({ where: { userId }, select: { totpEnabledAt: true } }),
    remainingBackupCodes(userId),
    mfaRequirementFor(ctx),
  ]);
  return {
    enabled: Boolean(credential?.totpEnabledAt),
    enabledAt: credential?.totpEnabledAt ?? null,
    backupCodesRemaining,
    requiredBy,
  };
}
