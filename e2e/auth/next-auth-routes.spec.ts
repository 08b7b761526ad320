// next-auth serves the credentials sign-in and nothing else (SECURITY.md S10, S14): its own sign-out
// (POST /api/auth/signout) ends the server-side session like the app's sign-out button, so a copy of the
// cookie opens nothing afterwards; its built-in pages (sign-in, sign-out, error, verify-request) and the
// endpoints the app does not use answer 404. The sign-in form's endpoints keep working (sign-in.spec.ts).
import { db } from "../../lib/db/client.ts";
import { expect, sessionCookieFor, test } from "../fixtures";

test("POST /api/auth/signout revokes the session row: a copy of the cookie no longer opens the portal (S10)", async ({
  browser,
  baseURL,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const { sessionId, cookie } = await signIn(context, owner);
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();

  const response = await context.request.post("/api/auth/signout", {
    form: { csrfToken, json: "true" },
    headers: { origin: new URL(baseURL!).origin },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(400);
  const row = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  expect(row.revokedAt, "the session row is revoked").not.toBeNull();
  expect(row.revokedReason).toBe("sign_out");
  expect(
    await db.auditEvent.count({ where: { action: "auth.sign_out", targetId: sessionId } }),
    "audited once",
  ).toBe(1);

  const copy = await browser.newContext({ baseURL });
  try {
    await copy.addCookies([sessionCookieFor(baseURL!, cookie)]);
    const page = await copy.newPage();
    await page.goto(`/portal/${org.slug}`);
    await expect(page).toHaveURL(/\/sign-in/);
    expect(await page.content()).not.toContain(org.name);
  } finally {
    await copy.close();
  }
});

test("a sign-out posted from another site is refused and the session stays (S14)", async ({
  context,
  makeUser,
  signIn,
}) => {
  const user = await makeUser();
  const { sessionId } = await signIn(context, user);
  const { csrfToken } = await (await context.request.get("/api/auth/csrf")).json();
  const response = await context.request.post("/api/auth/signout", {
    form: { csrfToken, json: "true" },
    headers: { origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).toBeNull();
});

test("next-auth's own pages and the endpoints the app does not use answer 404; the form's endpoints work (S10)", async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  for (const path of [
    "/api/auth/signin",
    "/api/auth/signin/credentials",
    "/api/auth/signout",
    "/api/auth/error",
    "/api/auth/error?error=Configuration",
    "/api/auth/verify-request",
    "/api/auth/callback/credentials",
    "/api/auth/nothing-here",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), `GET ${path}`).toBe(404);
    expect(await response.text(), `GET ${path}`).not.toMatch(/next-auth|Sign out|Sign in with/i);
  }
  for (const path of ["/api/auth/_log", "/api/auth/session", "/api/auth/signin/credentials"]) {
    const response = await request.post(path, { form: {}, headers: { origin }, maxRedirects: 0 });
    expect(response.status(), `POST ${path}`).toBe(404);
  }

  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  expect(typeof (await csrf.json()).csrfToken).toBe("string");
  const providers = await request.get("/api/auth/providers");
  expect(providers.status()).toBe(200);
  expect(Object.keys(await providers.json())).toEqual(["credentials"]);
  expect((await request.get("/api/auth/session")).status()).toBe(200);
});
