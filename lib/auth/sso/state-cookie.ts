import "server-only";
// Binds a Microsoft sign-in to the browser that started it: the state also goes into an HttpOnly
// cookie, and the callback accepts only the state this browser holds. Without it, an attacker could
// send someone a callback link carrying the attacker's own code and sign them in as the attacker
// (login CSRF). SameSite=Lax: the cookie comes along on the top-level redirect back from Microsoft.
import { cookies } from "next/headers";
import { env } from "../../config/env.ts";
import { SSO_REQUEST_TTL_MS } from "./start.ts";

export function ssoStateCookieName(): string {
  return env().NODE_ENV === "production" ? "__Host-a28.sso-state" : "a28.sso-state";
}

const flags = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: env().NODE_ENV === "production",
});

export async function setSsoStateCookie(state: string): Promise<void> {
  (await cookies()).set(ssoStateCookieName(), state, {
    ...flags(),
    maxAge: Math.floor(SSO_REQUEST_TTL_MS / 1000),
  });
}

/** The state this browser started, and forgets it (a state is used once). */
export async function takeSsoStateCookie(): Promise<string | null> {
  const jar = await cookies();
  const value = jar.get(ssoStateCookieName())?.value ?? null;
  if (value !== null) jar.set(ssoStateCookieName(), "", { ...flags(), maxAge: 0 });
  return value;
}
