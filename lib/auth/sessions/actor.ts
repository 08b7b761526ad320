import "server-only";
// Resolves who is making this request: the signed cookie -> the Session row -> the user and roles.
// Called by every page, action and route handler (through lib/auth/authorization/authorize.ts); cached per request.
// A session that still owes a second factor is not an actor: it reaches only the MFA pages.
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { RequestMeta } from "../../audit/record.ts";
import { env } from "../../config/env.ts";
import { db } from "../../db/client.ts";
import type { AuthMethod, CustomerRole, StaffRole } from "../../generated/prisma/enums.ts";
import { UnauthenticatedError } from "../../errors.ts";
import { mfaStep } from "../mfa/mfa-policy.ts";
import { requestMetaFrom } from "../../context/request-meta.ts";
import { sessionCookieName } from "./session-cookie-name.ts";
import { validateSession } from "./session-store.ts";

export type Membership = {
  organizationId: string;
  slug: string;
  name: string;
  role: CustomerRole;
  ipAllowlist: string[];
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  sessionMethod: AuthMethod;
  reauthenticatedAt: Date | null;
  totpEnabled: boolean;
  staffRoles: StaffRole[];
  memberships: Membership[];
};

export type SessionState =
  | { status: "anonymous" }
  | { status: "mfa"; step: "challenge" | "enrol"; actor: Actor }
  | { status: "active"; actor: Actor };

export const currentRequest = cache(async (): Promise<RequestMeta> => requestMetaFrom(await headers()));

/** The session id named by the request's cookie, if its signature checks out. */
export const currentSessionId = cache(async (): Promise<string | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const claims = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
  return typeof claims?.sid === "string" ? claims.sid : null;
});

export const getSessionState = cache(async (): Promise<SessionState> => {
  const sessionId = await currentSessionId();
  const session = sessionId ? await validateSession(sessionId) : null;
  if (!session) return { status: "anonymous" };
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: {
        select: {
          role: true,
          organization: { select: { id: true, slug: true, name: true, requireMfa: true, ipAllowlist: true } },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return { status: "anonymous" };
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId: session.id,
    sessionMethod: session.method,
    reauthenticatedAt: session.reauthenticatedAt,
    totpEnabled: Boolean(user.credential?.totpEnabledAt),
    staffRoles: user.staffRoles.map((r) => r.role),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      slug: m.organization.slug,
      name: m.organization.name,
      role: m.role,
      ipAllowlist: m.organization.ipAllowlist,
    })),
  };
  // Checked on every request, so a policy switched on mid-session applies at once.
  const step = mfaStep(
    {
      isStaff: actor.staffRoles.length > 0,
      totpEnabled: actor.totpEnabled,
      anyOrganizationRequiresMfa: user.memberships.some((m) => m.organization.requireMfa),
    },
    session.mfaVerifiedAt !== null,
  );
  return step === "none" ? { status: "active", actor } : { status: "mfa", step, actor };
});

export const getActor = cache(async (): Promise<Actor | null> => {
  const state = await getSessionState();
  return state.status === "active" ? state.actor : null;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/** Where a signed-in user belongs: the staff console, their only organisation, or the chooser. */
export function homePathFor(actor: Actor): string {
  if (actor.staffRoles.length > 0) return "/admin";
  if (actor.memberships.length === 1) return `/portal/${actor.memberships[0]!.slug}`;
  return "/portal";
}
