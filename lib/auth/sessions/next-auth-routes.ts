// Which of next-auth's endpoints this app serves (SECURITY.md S10, docs/decisions/0001-next-auth-4.md):
// only what the sign-in form uses (signIn("credentials") from next-auth/react reads the providers and a
// CSRF token, then posts the credentials) and the session check. next-auth's own sign-in, sign-out,
// error and verify-request pages, its client logger and session update are not reachable (404), and its
// sign-out is the app's own, which revokes the Session row (lib/auth/passwords/password-sign-in.ts).

export type NextAuthRoute = "next-auth" | "sign-out" | "not-found";

const SERVED_BY_NEXT_AUTH: Record<string, readonly string[]> = {
  GET: ["csrf", "providers", "session"],
  POST: ["callback/credentials"],
};

/** What answers `method` on /api/auth/<segments…>. */
export function nextAuthRoute(method: string, segments: readonly string[]): NextAuthRoute {
  const path = segments.join("/");
  if (method === "POST" && path === "signout") return "sign-out";
  return SERVED_BY_NEXT_AUTH[method]?.includes(path) ? "next-auth" : "not-found";
}
