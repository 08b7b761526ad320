import "server-only";
// The one way a session starts, whatever proved the user's identity (password, magic link, SSO).
// It enforces account state and the organisations' sign-in policies, decides whether a second factor
// is still needed, creates the Session row and audits the sign-in. A Microsoft sign-in names the
// organisation whose connection it came through: its MFA claim counts only for that organisation, and
// only that organisation's SSO-only policy is met (ADR 0014; authorize.ts checks the others per request).
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { AuthMethod } from "../../generated/prisma/enums.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { mfaStep, sessionMfaOf } from "../mfa/mfa-policy.ts";
import { createSession } from "./session-store.ts";

export type StartSessionResult =
  | { ok: true; userId: string; sessionId: string; next: "none" | "challenge" | "enrol" }
  | { ok: false; reason: "sso_required" | "account_disabled" };

/** Starts a session for a user whose identity the caller (anonymous until now) has just proved. */
export async function startSession(
  ctx: Context,
  input: {
    userId: string;
    method: AuthMethod;
    /** Method SSO: the organisation whose connection proved the identity; `mfaSatisfied` is its MFA claim. */
    ssoOrganizationId?: string;
    mfaSatisfied?: boolean;
  },
): Promise<StartSessionResult> {
  const { request, clock } = ctx;
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: {
      id: true,
      email: true,
      disabledAt: true,
      credential: { select: { totpEnabledAt: true } },
      staffRoles: { select: { role: true } },
      memberships: {
        select: { organization: { select: { id: true, requireMfa: true, ssoRequired: true } } },
      },
    },
  });
  const actor = { userId: user.id, label: user.email };
  const isStaff = user.staffRoles.length > 0;
  const organizations = user.memberships.map((m) => m.organization);
  const refuse = async (reason: "sso_required" | "account_disabled") => {
    await recordAuthEvent(
      user.id,
      {
        actor,
        action: "auth.sign_in.refused",
        request,
        metadata: { reason, method: input.method },
      },
      clock,
    );
    return { ok: false as const, reason };
  };
  if (user.disabledAt) return refuse("account_disabled");
  if (input.method !== "SSO" && !isStaff && organizations.some((o) => o.ssoRequired))
    return refuse("sso_required");

  const facts = {
    isStaff,
    totpEnabled: Boolean(user.credential?.totpEnabledAt),
    organizationsRequiringMfa: organizations.filter((o) => o.requireMfa).map((o) => o.id),
  };
  const mfaVerified = Boolean(input.mfaSatisfied);
  const ssoOrganizationId = input.method === "SSO" ? (input.ssoOrganizationId ?? null) : null;
  const session = await createSession(user.id, isStaff ? "STAFF" : "CUSTOMER", request, clock, {
    method: input.method,
    mfaVerified,
    ssoOrganizationId,
    mfaFromSsoClaim: input.method === "SSO",
  });
  // The staff users page shows it (last sign-in); written with the event that audits the sign-in.
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: clock.now() }, select: { id: true } });
  const next = mfaStep(
    facts,
    sessionMfaOf({
      mfaVerifiedAt: mfaVerified ? clock.now() : null,
      mfaFromSsoClaim: input.method === "SSO",
      ssoOrganizationId,
    }),
  );
  await recordAuthEvent(
    user.id,
    {
      actor,
      action: "auth.sign_in.succeeded",
      target: { type: "Session", id: session.id },
      request,
      metadata: {
        method: input.method,
        kind: isStaff ? "STAFF" : "CUSTOMER",
        mfa: next === "none" ? (mfaVerified ? "verified" : "not_required") : `pending_${next}`,
      },
    },
    clock,
  );
  return { ok: true, userId: user.id, sessionId: session.id, next };
}
