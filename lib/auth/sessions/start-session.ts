import "server-only";
// The one way a session starts, whatever proved the user's identity (password, magic link, SSO).
// It enforces account state and the organisations' sign-in policies, decides whether a second factor
// is still needed, creates the Session row and audits the sign-in.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import type { AuthMethod } from "../../generated/prisma/enums.ts";
import { recordAuthEvent } from "../auth-audit.ts";
import { mfaStep } from "../mfa/mfa-policy.ts";
import { createSession } from "./session-store.ts";

export type StartSessionResult =
  | { ok: true; userId: string; sessionId: string; next: "none" | "challenge" | "enrol" }
  | { ok: false; reason: "sso_required" | "account_disabled" };

/** Starts a session for a user whose identity the caller (anonymous until now) has just proved. */
export async function startSession(
  ctx: Context,
  input: { userId: string; method: AuthMethod; mfaSatisfied?: boolean },
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
    anyOrganizationRequiresMfa: organizations.some((o) => o.requireMfa),
  };
  const mfaVerified = Boolean(input.mfaSatisfied);
  const session = await createSession(user.id, isStaff ? "STAFF" : "CUSTOMER", request, clock, {
    method: input.method,
    mfaVerified,
  });
  const next = mfaStep(facts, mfaVerified);
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
