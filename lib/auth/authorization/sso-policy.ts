// An organisation's "Microsoft sign-in only" policy, per organisation (ADR 0014): a Microsoft session
// meets it only if it came through that organisation's own connection. Signing in through another
// organisation's connection proves only what that organisation's tenant says. Password and email-link
// sign-ins of its members are refused when they sign in (lib/auth/sessions/start-session.ts).
import type { Actor, Membership } from "../sessions/actor.ts";

export function ssoPolicyMet(
  actor: Pick<Actor, "sessionMethod" | "ssoOrganizationId">,
  membership: Pick<Membership, "organizationId" | "ssoRequired">,
): boolean {
  if (!membership.ssoRequired || actor.sessionMethod !== "SSO") return true;
  return actor.ssoOrganizationId === membership.organizationId;
}
