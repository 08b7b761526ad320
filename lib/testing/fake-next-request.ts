// For integration tests of domain code that reads the request through next/headers (the actor's
// session cookie, the client address). Use in a test file:
//   vi.mock("next/headers", async () => (await import("../testing/fake-next-request.ts")).nextHeadersMock);
// then `await actAs(user)` to make the following calls run as that user's live session.
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "../auth/sessions/session-cookie-name.ts";
import { createSession } from "../auth/sessions/session-store.ts";
import { env } from "../config/env.ts";
import { db } from "../db/client.ts";

export const FAKE_CLIENT = { ip: "192.0.2.77", userAgent: "Mozilla/5.0 (integration test)" };

const state = { cookie: null as string | null, headers: new Headers() };

function resetHeaders() {
  state.headers = new Headers({
    "x-forwarded-for": FAKE_CLIENT.ip,
    "user-agent": FAKE_CLIENT.userAgent,
    "x-request-id": "req-integration",
    host: "localhost:3000",
    origin: "http://localhost:3000",
  });
}
resetHeaders();

export const nextHeadersMock = {
  headers: async () => state.headers,
  cookies: async () => ({
    get: (name: string) =>
      name === sessionCookieName() && state.cookie ? { name, value: state.cookie } : undefined,
    has: (name: string) => name === sessionCookieName() && state.cookie !== null,
    set: () => {},
  }),
};

/** Makes the next calls run as `user` with a fresh, MFA-satisfied session; returns the session id. */
export async function actAs(user: { id: string }): Promise<string> {
  const staff = await db.staffRoleAssignment.count({ where: { userId: user.id } });
  const session = await createSession(
    user.id,
    staff > 0 ? "STAFF" : "CUSTOMER",
    { ip: FAKE_CLIENT.ip, userAgent: FAKE_CLIENT.userAgent, requestId: null },
    undefined,
    {
      mfaVerified: true,
    },
  );
  await actWithSession(user.id, session.id);
  return session.id;
}

/** Makes the next calls carry a cookie for an existing session (e.g. one revoked meanwhile). */
export async function actWithSession(userId: string, sessionId: string): Promise<void> {
  state.cookie = await encode({ token: { sub: userId, sid: sessionId }, secret: env().AUTH_SECRET });
  resetHeaders();
}

export function actAnonymously(): void {
  state.cookie = null;
  resetHeaders();
}
