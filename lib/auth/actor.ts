import "server-only";
// Resolves who is making this request: the signed cookie -> the Session row -> the user and roles.
// Called by every page, action and route handler (through lib/auth/access.ts); cached per request.
import { decode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { RequestMeta } from "../audit/record.ts";
import { env } from "../config/env.ts";
import { db } from "../db/client.ts";
import type { CustomerRole, StaffRole } from "../generated/prisma/enums.ts";
import { UnauthenticatedError } from "./errors.ts";
import { sessionCookieName } from "./next-auth.ts";
import { requestMetaFrom } from "./request-context.ts";
import { validateSession } from "./session-store.ts";

export type Actor = {
  userId: string;
  email: string;
  name: string;
  sessionId: string;
  staffRoles: StaffRole[];
  memberships: { organizationId: string; slug: string; name: string; role: CustomerRole }[];
};

export const currentRequest = cache(async (): Promise<RequestMeta> => requestMetaFrom(await headers()));

export const getActor = cache(async (): Promise<Actor | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  const claims = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
  const sessionId = typeof claims?.sid === "string" ? claims.sid : null;
  if (!sessionId) return null;
  const session = await validateSession(sessionId);
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      staffRoles: { select: { role: true } },
      memberships: { select: { role: true, organization: { select: { id: true, slug: true, name: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    sessionId: session.id,
    staffRoles: user.staffRoles.map((r) => r.role),
    memberships: user.memberships.map((m) => ({ organizationId: m.organization.id, slug: m.organization.slug, name: m.organization.name, role: m.role })),
  };
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
