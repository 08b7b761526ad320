// Password reset in the browser (SECURITY.md S1, S3, S6, S10, S17): "Forgot your password?" on the
// sign-in form, the link read from the outbox, the policy refusing a common password, the reset ending
// every open session and signing nobody in, the user signing in again (where MFA applies), a security
// notice, the link working once, and the same answer for an unknown address.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { SESSION_COOKIE, expect, latestEmailTo, test } from "../fixtures";

const SENT =
  "Check your email. If an account exists for that address, a link to choose a new password is on its way. It works once, within 30 minutes.";
const NEW_PASSWORD = `copper kettle ${randomUUID().slice(0, 6)} whistles`;

async function requestReset(page: Page, email: string): Promise<{ status: number; body: string }> {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel("Email").fill(email);
  let answer: { status: number; body: string } | undefined;
  await page.route("**/reset-password", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch();
    answer = { status: response.status(), body: await response.text() };
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: SENT })).toBeVisible();
  await page.unroute("**/reset-password");
  return answer!;
}

async function resetLinkFor(to: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => (body = (await latestEmailTo(to, /^Reset your password$/))?.text ?? ""), {
      timeout: 10_000,
    })
    .toContain("/reset-password/");
  return /(https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43})/.exec(body)![1]!;
}

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("reset by email: policy applies, every session ends, nobody is signed in, the new password works, the link works once (S1, S6, S10)", async ({
  page,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow(); // several argon2 hashes and two browsers
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Reset Org ${tag}` });
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  // The user is signed in elsewhere, say on a laptop left open.
  const elsewhere = await browser.newContext({ baseURL });
  try {
    await signIn(elsewhere, user);
    const elsewherePage = await elsewhere.newPage();
    await elsewherePage.goto(`/portal/${org.slug}`);
    await expect(elsewherePage.getByTestId("shell-title")).toHaveText(org.name);

    await requestReset(page, user.email);
    const link = await resetLinkFor(user.email);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();

    await page.getByLabel("New password").fill("password123");
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "too common" })).toBeVisible();

    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
    await expect(page.getByText("Sign in with your new password.")).toBeVisible();
    expect(
      (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE),
      "the reset signs nobody in (S6)",
    ).toBeUndefined();
    expect(
      await db.session.count({ where: { userId: user.id, revokedAt: null } }),
      "every session ended (S10)",
    ).toBe(0);

    // The laptop's next request is refused.
    await elsewherePage.reload();
    await expect(elsewherePage).toHaveURL(/\/sign-in/);

    const notice = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: user.email, subject: "Your password was reset" },
    });
    expect(notice.textBody).toContain("127.0.0.1");
    expect(
      await db.auditEvent.count({ where: { action: "auth.password_reset.completed", actorUserId: user.id } }),
    ).toBe(1);

    await signInThroughForm(page, user.email, user.password);
    await expect(
      page.getByRole("alert").filter({ hasText: "The email or password is not correct." }),
    ).toBeVisible();
    await signInThroughForm(page, user.email, NEW_PASSWORD);
    await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

    await page.goto(link);
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  } finally {
    await elsewhere.close();
  }
});

test("the reset never bypasses MFA: afterwards, signing in still leads to the second step (S6, S8)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  test.slow();
  const org = await makeOrganization();
  await db.organization.update({ where: { id: org.id }, data: { requireMfa: true } });
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });

  await requestReset(page, user.email);
  await page.goto(await resetLinkFor(user.email));
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);

  await signInThroughForm(page, user.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await page.goto(`/portal/${org.slug}`);
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
});

test("an unknown address gets the same answer, byte for byte, and no email (S3)", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser();
  const unknown = `nobody-${randomUUID()}@example.test`;
  const known = await requestReset(page, user.email);
  const stranger = await requestReset(page, unknown);
  expect(stranger.status).toBe(known.status);
  expect(stranger.body).toContain(SENT);
  expect(stranger.body).toBe(known.body);
  await resetLinkFor(user.email);
  await expect
    .poll(
      () => db.auditEvent.count({ where: { action: "auth.password_reset.requested", actorLabel: unknown } }),
      { timeout: 10_000 },
    )
    .toBe(1);
  expect(await db.outboxEmail.count({ where: { toAddress: unknown } })).toBe(0);
});
