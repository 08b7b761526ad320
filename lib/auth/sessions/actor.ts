import "server-only";
// Who is making a request: the Session row named by the signed cookie -> the user, roles and memberships.
// lib/http/next-context.ts calls it once per request; a session that still owes a second factor is not
// an actor: it reaches only the MFA pages.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { AuthMethod, CustomerRole, StaffRole } from "../../generated/prisma/enums.ts";
import type { Locale } from "../../i18n/locale.ts";
import { mfaStep, sessionMfaOf } from "../mfa/mfa-policy.ts";
import { systemClock, type Clock } from "../../time/clock.ts";
import { sessionIdFromCookie } from "./session-cookie.ts";
import { validateSession } from "./session-store.ts";

export type Membership = {
  organizationId: string;
  slug: string;
  name: string;
  role: CustomerRole;
  ipAllowlist: string[];
  /** The organisation admits only sessions that came through its own Microsoft connection. */
  ssoRequired: boolean;
  /** The zone the organisation's members read in until they choose their own (lib/time/reader-time-zone.ts). */
  defaultTimeZone: string;
  /** D4: the organisation is being closed since then (read-only but for its export; lib/account-closure). */
  closingSince?: Date | null;
};

/** An API key acting for its organisation (lib/api/keys/authenticate.ts): no person, no session. */
export type ApiKeyPrincipal = { id: string; name: string; scopes: readonly string[] };

export type Actor = {
  userId: string;
  email: string;
  name: string;
  /** The language chosen on the account page; null: not chosen (pages follow the browser). */
  language: Locale | null;
  sessionId: string;
  /** "API_KEY": the caller is an API key (then `apiKey` is set and `memberships` holds its organisation). */
  sessionMethod: AuthMethod | "API_KEY";
  /** The organisation whose Microsoft connection the session came through (method SSO). */
  ssoOrganizationId: string | null;
  reauthenticatedAt: Date | null;
  totpEnabled: boolean;
  staffRoles: StaffRole[];
  memberships: Membership[];
  /** The user's own time zone; null until chosen (the browser's is stored at the first signed-in page). */
  timeZone: string | null;
  /**
   * Set when the caller is an API key: its organisation is its only membership, and what it may do there
   * is decided by its scopes (lib/auth/authorization/api-scopes.ts), never by the membership's role.
   */
  apiKey?: ApiKeyPrincipal;
};

export type SessionState =
  | { status: "anonymous" }
  | { status: "mfa"; step: "challenge" | "enrol"; actor: Actor }
  | { status: "active"; actor: Actor };

/** The state of the session a request names (by the id in its signed cookie), checked against its row. */
export async function sessionStateFor(
  sessionId: string | null,
  clock: Clock = systemClock,
): Promise<SessionState> {
  const session = sessionId ? await validateSession(sessionId, clock) : null;
  if (!session) return { status: "anonymous" };
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      timeZone: true,
      language: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: {
        select: {
          role: true,
          organization: {
            select: {
              id: true,
              slug: true,
              name: true,
              requireMfa: true,
              ssoRequired: true,
              ipAllowlist: true,
              defaultTimeZone: true,
              closingSince: true,
            },
          },
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
    language: user.language,
    sessionId: session.id,
    sessionMethod: session.method,
    ssoOrganizationId: session.ssoOrganizationId,
    reauthenticatedAt: session.reauthenticatedAt,
    totpEnabled: Boolean(user.credential?.totpEnabledAt),
    staffRoles: user.staffRoles.map((r) => r.role),
    memberships: user.memberships.map((m) => ({
      organizationId: m.organization.id,
      slug: m.organization.slug,
      name: m.organization.name,
      role: m.role,
      ipAllowlist: m.organization.ipAllowlist,
      ssoRequired: m.organization.ssoRequired,
      defaultTimeZone: m.organization.defaultTimeZone,
      closingSince: m.organization.closingSince,
    })),
    timeZone: user.timeZone,
  };
  // Checked on every request, so a policy switched on mid-session applies at once.
  const step = mfaStep(
    {
      isStaff: actor.staffRoles.length > 0,
      totpEnabled: actor.totpEnabled,
      organizationsRequiringMfa: user.memberships
        .filter((m) => m.organization.requireMfa)
        .map((m) => m.organization.id),
    },
    sessionMfaOf(session),
  );
  return step === "none" ? { status: "active", actor } : { status: "mfa", step, actor };
}

/**
 * The state of the session the caller's cookie names, also one that still owes its second factor (the
 * context's actor is null then): for the sign-in steps, which must tell "owes MFA" from "anonymous".
 */
export async function sessionStateOf(ctx: Context): Promise<SessionState> {
  return sessionStateFor(await sessionIdFromCookie(ctx.cookies), ctx.clock);
}

/** Where a signed-in user belongs: the staff console, their only organisation, or the chooser. */
export function homePathFor(actor: Actor): string {
  if (actor.staffRoles.length > 0) return "/admin";
  if (actor.memberships.length === 1) return `/portal/${actor.memberships[0]!.slug}`;
  return "/portal";
}
