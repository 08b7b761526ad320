import "server-only";
// Invitations to join an organisation with a role (S11, S12, S13, S17): created by OWNER/ADMIN (an
// owner invitation only by an OWNER), valid 7 days, single use, only the token's hash stored. The
// emailed link leads an existing user to sign in and accept, and a new person to choose a name and a
// password (through the password policy) and become a user and member in one step.
import { z } from "zod";
import { recordAudit, type RequestMeta, userActor } from "../audit/record.ts";
import { requireOrgBySlug, requireOrgForRecord } from "../auth/authorization/authorize.ts";
import { currentRequest, type Actor } from "../auth/sessions/actor.ts";
import { ForbiddenError, UserFacingError } from "../errors.ts";
import { passwordProblem } from "../auth/passwords/password-policy.ts";
import { hashPassword } from "../auth/passwords/password-hash.ts";
import { env } from "../config/env.ts";
import { hashToken, newToken } from "../crypto/token.ts";
import { TOKEN_SHAPE } from "../crypto/token-shape.ts";
import { db, type Tx } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { enqueueEmail } from "../mail/outbox.ts";
import { systemClock, type Clock } from "../time/clock.ts";
import { CUSTOMER_ROLES } from "./members.ts";
import { CUSTOMER_ROLE_LABELS } from "./role-labels.ts";
import { isUniqueViolation } from "../db/unique-violation.ts";

export const INVITATION_DAYS = 7;
const DAY = 86_400_000;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .email("Enter an email address, like name@example.com.")
  .max(320);
export const inviteInput = z.strictObject({
  organization: z.string().trim().min(1).max(80),
  email,
  role: z.enum(CUSTOMER_ROLES, "Choose a role."),
});
export const revokeInvitationInput = z.strictObject({ invitationId: z.string().trim().min(1).max(64) });
export const invitationToken = z.string().regex(TOKEN_SHAPE, "This invitation link is not valid.");
export const acceptAsNewUserInput = z.strictObject({
  token: invitationToken,
  name: z.string().trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
  password: z.string().min(1, "Choose a password.").max(4096),
});

export function invitationUrl(token: string): string {
  return new URL(`/invite/${token}`, env().APP_URL).toString();
}

export async function inviteMember(
  input: z.infer<typeof inviteInput>,
  clock: Clock = systemClock,
): Promise<{ email: string; expiresAt: Date }> {
  const ctx = await requireOrgBySlug(input.organization, "org.members.manage");
  if (input.role === "OWNER" && ctx.role !== "OWNER")
    throw new ForbiddenError("Only an owner can invite another owner.");
  const alreadyMember = await db.membership.count({
    where: { organizationId: ctx.organizationId, user: { email: input.email } },
  });
  if (alreadyMember) throw new UserFacingError(`${input.email} is already a member of this organisation.`);
  const request = await currentRequest();
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY);
  const token = newToken();
  await db.$transaction(async (tx) => {
    // A new invitation to the same address replaces the earlier ones (their links stop working).
    const replaced = await tx.invitation.updateMany({
      where: { organizationId: ctx.organizationId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const invitation = await tx.invitation.create({
      data: {
        organizationId: ctx.organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedById: ctx.actor.userId,
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    await enqueueEmail(tx, {
      idempotencyKey: `invitation:${invitation.id}`,
      sensitive: true, // carries a single-use link: sealed at rest, erased after delivery
      organizationId: ctx.organizationId,
      to: input.email,
      subject: `You are invited to ${ctx.name}`,
      text: [
        "Hello,",
        "",
        `${ctx.actor.name} (${ctx.actor.email}) invited you to join ${ctx.name} on its trust center portal as ${CUSTOMER_ROLE_LABELS[input.role]}.`,
        "",
        `Accept the invitation within ${INVITATION_DAYS} days:`,
        invitationUrl(token),
        "",
        "The link works once. If you did not expect this invitation, you can ignore this email.",
      ].join("\n"),
    });
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "org.invitation.created",
        target: { type: "Invitation", id: invitation.id },
        request,
        metadata: { email: input.email, role: input.role, replaced: replaced.count },
      },
      { tx, clock },
    );
  });
  await requestEmailDelivery();
  return { email: input.email, expiresAt };
}

export type PendingInvitation = {
  id: string;
  email: string;
  role: CustomerRole;
  createdAt: Date;
  expiresAt: Date;
};

export async function listPendingInvitations(
  slug: string,
  clock: Clock = systemClock,
): Promise<PendingInvitation[]> {
  const ctx = await requireOrgBySlug(slug, "org.members.manage");
  return db.invitation.findMany({
    where: {
      organizationId: ctx.organizationId,
      acceptedAt: null,
      revokedAt: null,
      expiresAt: { gt: clock.now() },
    },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeInvitation(
  input: z.infer<typeof revokeInvitationInput>,
  clock: Clock = systemClock,
): Promise<void> {
  const ctx = await requireOrgForRecord(
    "org.members.manage",
    { type: "Invitation", id: input.invitationId },
    async () =>
      (
        await db.invitation.findUnique({
          where: { id: input.invitationId },
          select: { organizationId: true },
        })
      )?.organizationId ?? null,
  );
  const request = await currentRequest();
  await db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirstOrThrow({
      where: { id: input.invitationId, organizationId: ctx.organizationId },
      select: { email: true, role: true },
    });
    const revoked = await tx.invitation.updateMany({
      where: {
        id: input.invitationId,
        organizationId: ctx.organizationId,
        acceptedAt: null,
        revokedAt: null,
      },
      data: { revokedAt: clock.now() },
    });
    if (revoked.count === 0) throw new UserFacingError("This invitation was already accepted or revoked.");
    await recordAudit(
      {
        organizationId: ctx.organizationId,
        actor: userActor(ctx.actor),
        action: "org.invitation.revoked",
        target: { type: "Invitation", id: input.invitationId },
        request,
        metadata: { email: invitation.email, role: invitation.role },
      },
      { tx, clock },
    );
  });
}

export type InvitationView =
  | {
      status: "valid";
      organizationName: string;
      email: string;
      role: CustomerRole;
      expiresAt: Date;
      accountExists: boolean;
    }
  | { status: "invalid" };

/** What the page behind an invitation link shows; looking does not use the invitation. */
export async function invitationForToken(token: string, clock: Clock = systemClock): Promise<InvitationView> {
  if (!invitationToken.safeParse(token).success) return { status: "invalid" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= clock.now())
    return { status: "invalid" };
  const accountExists = (await db.user.count({ where: { email: invitation.email } })) > 0;
  return {
    status: "valid",
    organizationName: invitation.organization.name,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    accountExists,
  };
}

export const INVALID_INVITATION =
  "This invitation is no longer valid: it has expired, was revoked or was already used. Ask for a new one.";

type ClaimedInvitation = {
  id: string;
  organizationId: string;
  slug: string;
  email: string;
  role: CustomerRole;
};

/** Uses the invitation inside `tx` (compare-and-set: exactly one caller wins); null if it is not valid. */
async function claimInvitation(tx: Tx, token: string, clock: Clock): Promise<ClaimedInvitation | null> {
  const now = clock.now();
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      organization: { select: { slug: true } },
    },
  });
  if (!invitation) return null;
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) return null;
  return {
    id: invitation.id,
    organizationId: invitation.organizationId,
    slug: invitation.organization.slug,
    email: invitation.email,
    role: invitation.role,
  };
}

async function auditAccepted(
  tx: Tx,
  invitation: ClaimedInvitation,
  user: { id: string; email: string },
  request: RequestMeta,
  clock: Clock,
  newUser: boolean,
) {
  const base = {
    organizationId: invitation.organizationId,
    actor: { userId: user.id, label: user.email },
    request,
  };
  await recordAudit(
    {
      ...base,
      action: "org.invitation.accepted",
      target: { type: "Invitation", id: invitation.id },
      metadata: { email: invitation.email, role: invitation.role, newUser },
    },
    { tx, clock },
  );
  await recordAudit(
    {
      ...base,
      action: "org.member.added",
      target: { type: "User", id: user.id },
      metadata: { email: user.email, newRole: invitation.role, via: "invitation" },
    },
    { tx, clock },
  );
}

/** A signed-in user accepts an invitation addressed to their own email. Returns the organisation's slug. */
export async function acceptInvitationAsMember(
  token: string,
  actor: Actor,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ slug: string }> {
  const view = await invitationForToken(token, clock);
  if (view.status !== "valid") throw new UserFacingError(INVALID_INVITATION);
  if (view.email !== actor.email) {
    throw new UserFacingError(
      `This invitation is for ${view.email}, but you are signed in as ${actor.email}. Sign out and sign in as ${view.email} to accept it.`,
    );
  }
  return db.$transaction(async (tx) => {
    const invitation = await claimInvitation(tx, token, clock);
    if (!invitation) throw new UserFacingError(INVALID_INVITATION);
    const created = await tx.membership.createMany({
      data: [{ organizationId: invitation.organizationId, userId: actor.userId, role: invitation.role }],
      skipDuplicates: true,
    });
    if (created.count === 1)
      await auditAccepted(tx, invitation, { id: actor.userId, email: actor.email }, request, clock, false);
    return { slug: invitation.slug };
  });
}

/**
 * Someone without an account accepts: they choose a name and a password and become a user and member.
 * The caller then starts their session. Refused when the address already has an account.
 */
export async function acceptInvitationAsNewUser(
  input: z.infer<typeof acceptAsNewUserInput>,
  request: RequestMeta,
  clock: Clock = systemClock,
): Promise<{ userId: string; slug: string }> {
  const view = await invitationForToken(input.token, clock);
  if (view.status !== "valid") throw new UserFacingError(INVALID_INVITATION);
  if (view.accountExists)
    throw new UserFacingError(
      `An account for ${view.email} already exists. Sign in to accept the invitation.`,
    );
  const problem = await passwordProblem(input.password, { email: view.email, name: input.name });
  if (problem) throw new UserFacingError(problem);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await claimInvitation(tx, input.token, clock);
      if (!invitation) throw new UserFacingError(INVALID_INVITATION);
      const now = clock.now();
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          credential: { create: { passwordHash, passwordChangedAt: now } },
          memberships: { create: { organizationId: invitation.organizationId, role: invitation.role } },
        },
        select: { id: true, email: true },
      });
      await auditAccepted(tx, invitation, user, request, clock, true);
      return { userId: user.id, slug: invitation.slug };
    });
  } catch (error) {
    // The address got an account between the check and the insert (unique email).
    if (isUniqueViolation(error)) {
      throw new UserFacingError(
        `An account for ${view.email} already exists. Sign in to accept the invitation.`,
      );
    }
    throw error;
  }
}
