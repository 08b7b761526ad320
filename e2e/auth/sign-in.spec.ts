// Sign-in through the real form (next-auth credentials), the session cookie it sets (S9), what is
// audited (S17), and that sign-out revokes the server-side session at once (S10).
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { decode } from "next-auth/jwt";
import { db } from "../../lib/db/client.ts";
import { DEMO_PASSWORD, SESSION_COOKIE, expect, sessionCookieFor, test } from "../fixtures";

const SIGN_IN_ERROR = "The email or password is not correct.";
/** Every request of this file carries it, so stored sessions and audit rows can be checked against it. */
const USER_AGENT = "Article28-e2e/sign-in (Playwright; Chromium)";
/** The production server sets X-Forwarded-For from the socket; the browser connects over loopback. */
const CLIENT_IP = "127.0.0.1";

test.use({ userAgent: USER_AGENT });

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  // The button is enabled once React has hydrated the form; click() waits for that.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
}

/** The id of the Session row the signed cookie names (the cookie is next-auth's encrypted JWT). */
async function sessionIdOf(cookieValue: string): Promise<string> {
  const claims = await decode({ token: cookieValue, secret: process.env.AUTH_SECRET ?? "" });
  expect(typeof claims?.sid, "the session cookie names a server-side session").toBe("string");
  return claims!.sid as string;
}

test("a customer signs in through the form, lands on their organisation's portal, and the sign-in is stored and audited", async ({
  page,
  context,
}) => {
  await signInThroughForm(page, "owner@acme.example", DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/portal\/acme$/);
  await expect(page.getByTestId("shell-title")).toHaveText("Acme Retail AG");
  await expect(
    page
      .getByRole("navigation", { name: "Customer portal navigation" })
      .getByRole("link", { name: "Overview" }),
  ).toBeVisible();

  const cookie = await sessionCookie(context);
  expect(cookie, "sign-in sets the session cookie").toBeDefined();
  const sessionId = await sessionIdOf(cookie!.value);
  const owner = await db.user.findUniqueOrThrow({
    where: { email: "owner@acme.example" },
    select: { id: true },
  });
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" }, select: { id: true } });

  const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
  expect(session).toMatchObject({
    userId: owner.id,
    kind: "CUSTOMER",
    revokedAt: null,
    ip: CLIENT_IP,
    userAgent: USER_AGENT,
  });

  const events = await db.auditEvent.findMany({
    where: { action: "auth.sign_in.succeeded", targetId: sessionId },
  });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    chain: `org:${acme.id}`,
    organizationId: acme.id,
    actorUserId: owner.id,
    actorLabel: "owner@acme.example",
    targetType: "Session",
    ip: CLIENT_IP,
    userAgent: USER_AGENT,
  });
  expect(events[0]!.metadata).toMatchObject({ method: "PASSWORD", kind: "CUSTOMER" });
});

test("staff without an authenticator sign in through the form and must set up MFA first; the sign-in is audited in the provider chain (S8)", async ({
  page,
  context,
}) => {
  await signInThroughForm(page, "admin@northwind.example", DEMO_PASSWORD);

  // Staff always need a second factor: without one yet, the console waits behind enrolment.
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await expect(page.getByRole("heading", { name: "Set up two-factor authentication" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await expect(page.getByRole("navigation", { name: "Staff console navigation" })).toHaveCount(0);

  const sessionId = await sessionIdOf((await sessionCookie(context))!.value);
  const staff = await db.user.findUniqueOrThrow({
    where: { email: "admin@northwind.example" },
    select: { id: true },
  });
  expect(await db.session.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
    userId: staff.id,
    kind: "STAFF",
    revokedAt: null,
    mfaVerifiedAt: null,
  });
  const events = await db.auditEvent.findMany({
    where: { action: "auth.sign_in.succeeded", targetId: sessionId },
  });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    chain: "provider",
    organizationId: null,
    actorUserId: staff.id,
    ip: CLIENT_IP,
    userAgent: USER_AGENT,
  });
  expect(events[0]!.metadata).toMatchObject({ kind: "STAFF", mfa: "pending_enrol" });
});

test("the session cookie set by sign-in is __Host-a28.session, HttpOnly, Secure, SameSite=Lax, host-only on / (S9)", async ({
  page,
  context,
  baseURL,
}) => {
  expect(await sessionCookie(context)).toBeUndefined();
  await signInThroughForm(page, "privacy@acme.example", DEMO_PASSWORD);
  await expect(page.getByTestId("shell-title")).toHaveText("Acme Retail AG");

  const cookies = (await context.cookies()).filter(
    (c) => c.name.includes("a28") || c.name.includes("session-token"),
  );
  expect(
    cookies.map((c) => c.name),
    "exactly one session cookie, under the __Host- name",
  ).toEqual([SESSION_COOKIE]);
  const cookie = cookies[0]!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax", path: "/" });
  // __Host- cookies must not carry a Domain attribute: the browser then keeps it host-only (no leading dot).
  expect(cookie.domain).toBe(new URL(baseURL!).hostname);
  expect(await page.evaluate(() => document.cookie), "HttpOnly: scripts cannot read it").not.toContain(
    SESSION_COOKIE,
  );
});

test("a wrong password shows the error, sets no session and audits the failure with ip and user agent", async ({
  page,
  context,
  makeOrganization,
  makeUser,
}) => {
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const wrongPassword = `wrong-${randomUUID()}`;

  await signInThroughForm(page, user.email, wrongPassword);

  await expect(page.getByRole("alert").filter({ hasText: SIGN_IN_ERROR })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(page.url(), "the password never lands in the URL").not.toContain(wrongPassword);
  expect(await sessionCookie(context)).toBeUndefined();
  expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

  const events = await db.auditEvent.findMany({ where: { actorUserId: user.id } });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    action: "auth.sign_in.failed",
    chain: `org:${org.id}`,
    organizationId: org.id,
    actorLabel: user.email,
    ip: CLIENT_IP,
    userAgent: USER_AGENT,
  });
  expect(events[0]!.metadata).toMatchObject({ reason: "wrong_password", email: user.email });
  expect(JSON.stringify(events[0]), "the attempted password is never stored (S17)").not.toContain(
    wrongPassword,
  );
});

test("an unknown email gets the same error and is audited in the provider chain", async ({
  page,
  context,
}) => {
  const email = `nobody-${randomUUID()}@example.test`;
  await signInThroughForm(page, email, "whatever-password");

  await expect(page.getByRole("alert").filter({ hasText: SIGN_IN_ERROR })).toBeVisible();
  expect(await sessionCookie(context)).toBeUndefined();
  const events = await db.auditEvent.findMany({
    where: { action: "auth.sign_in.failed", actorLabel: email },
  });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    chain: "provider",
    organizationId: null,
    actorUserId: null,
    ip: CLIENT_IP,
    userAgent: USER_AGENT,
  });
  expect(events[0]!.metadata).toMatchObject({ reason: "unknown_email" });
});

test("a sign-in form submitted before its script runs posts the credentials; they never land in the URL", async ({
  browser,
  baseURL,
  makeUser,
}) => {
  const user = await makeUser();
  // Without JavaScript the page stays as the server rendered it: what a slow connection shows first.
  const context = await browser.newContext({ baseURL, userAgent: USER_AGENT, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);

    const [submission] = await Promise.all([
      page.waitForRequest((request) => request.isNavigationRequest()),
      page
        .locator("form")
        .filter({ has: page.getByLabel("Password") })
        .evaluate((form) => (form as HTMLFormElement).requestSubmit()),
    ]);

    expect(submission.method()).toBe("POST");
    expect(submission.url()).not.toContain(user.password);
    expect(submission.url()).not.toContain("password=");
  } finally {
    await context.close();
  }
});

test("signing out lands on the sign-in page and revokes the session: the old cookie is refused afterwards (S10)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
}) => {
  const org = await makeOrganization({ name: `Sign-out Test ${randomUUID().slice(0, 8)}` });
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signInThroughForm(page, user.email, user.password);
  await expect(page.getByTestId("shell-title")).toHaveText(org.name);
  const oldCookie = (await sessionCookie(context))!.value;
  const sessionId = await sessionIdOf(oldCookie);

  // Someone copies the cookie into another browser; while the session is live, it works there.
  const replay = await browser.newContext({ baseURL, userAgent: USER_AGENT });
  try {
    await replay.addCookies([sessionCookieFor(baseURL!, oldCookie)]);
    const before = await replay.request.get(`/portal/${org.slug}`, { maxRedirects: 0 });
    expect(before.status()).toBe(200);
    expect(await before.text()).toContain(org.name);

    await page.getByRole("button", { name: "Sign out" }).click();

    await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    expect(await sessionCookie(context), "the browser's cookie is cleared").toBeUndefined();
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.revokedAt, "the server-side session is revoked").not.toBeNull();
    const signOuts = await db.auditEvent.findMany({
      where: { action: "auth.sign_out", targetId: sessionId },
    });
    expect(signOuts).toHaveLength(1);
    expect(signOuts[0]).toMatchObject({
      chain: `org:${org.id}`,
      actorUserId: user.id,
      ip: CLIENT_IP,
      userAgent: USER_AGENT,
    });

    // The same cookie, after sign-out: the server refuses it at once.
    const after = await replay.request.get(`/portal/${org.slug}`, { maxRedirects: 0 });
    expect(after.status()).toBe(307);
    // Pages send a request without a live session to /continue, which sends it on to sign-in (below).
    expect(new URL(after.headers()["location"]!, baseURL).pathname).toBe("/continue");
    expect(await after.text()).not.toContain(org.name);

    const replayPage = await replay.newPage();
    await replayPage.goto(`/portal/${org.slug}`);
    await expect(replayPage).toHaveURL(/\/sign-in/);
    await expect(replayPage.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await expect(replayPage.getByTestId("shell-title")).toHaveCount(0);
    expect(await replayPage.content()).not.toContain(org.name);
  } finally {
    await replay.close();
  }
});

test("after sign-out, next-auth's session endpoint no longer reports a session for the old cookie (S10, route handlers)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const { sessionId, cookie } = await signIn(context, user);
  expect(
    await (await context.request.get("/api/auth/session")).json(),
    "control: a live session is reported",
  ).toHaveProperty("expires");

  await page.goto(`/portal/${org.slug}`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();

  const replay = await browser.newContext({ baseURL });
  try {
    await replay.addCookies([sessionCookieFor(baseURL!, cookie)]);
    const response = await replay.request.get("/api/auth/session");
    expect(await response.json(), "a revoked session is not a session").toEqual({});
  } finally {
    await replay.close();
  }
});
