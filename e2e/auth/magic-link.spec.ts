// Magic-link sign-in in the browser (SECURITY.md S3, S8, S9, S17): request a link from the sign-in page,
// read it from the outbox (no SMTP in e2e), open it (a GET uses nothing), press "Sign in" (the POST uses
// it), land in the portal; the link never works twice; an unknown address gets the same answer, byte
// for byte; MFA still applies after the link.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { hashToken } from "../../lib/crypto/token.ts";
import { db } from "../../lib/db/client.ts";
import { SESSION_COOKIE, expect, latestEmailTo, test } from "../fixtures";

const SENT =
  "Check your email. If an account exists for that address, a sign-in link is on its way. It works once, within 10 minutes.";
const USED = "This sign-in link has expired or was already used. Ask for a new one.";

/**
 * Asks for a link through the sign-in page; returns the server action's raw response (status, body),
 * read in full through a route (the page itself streams it).
 */
async function requestLink(page: Page, email: string): Promise<{ status: number; body: string }> {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/sign-in\?link=1$/);
  const form = page.getByRole("form", { name: "Email me a sign-in link" });
  await form.getByLabel("Email").fill(email);
  let answer: { status: number; body: string } | undefined;
  await page.route("**/sign-in*", async (route) => {
    if (route.request().method() !== "POST" || !route.request().headers()["next-action"])
      return route.continue();
    const response = await route.fetch();
    answer = { status: response.status(), body: await response.text() };
    await route.fulfill({ response });
  });
  await form.getByRole("button", { name: "Send link" }).click();
  await expect(form.getByRole("status")).toHaveText(SENT);
  await page.unroute("**/sign-in*");
  expect(answer, "the action's response was seen").toBeDefined();
  return answer!;
}

/** The link from the email to `to` (written after the response, so wait for it). */
async function linkFromOutbox(to: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => (body = (await latestEmailTo(to, /sign-in link/))?.text ?? ""), { timeout: 10_000 })
    .toContain("/magic-link/");
  return /(https?:\/\/\S+\/magic-link\/[A-Za-z0-9_-]{43})/.exec(body)![1]!;
}

test("request a link, open it from the email, sign in once; the same link is refused afterwards (S8, S9, S17)", async ({
  page,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Magic Link Org ${tag}` });
  const user = await makeUser({
    email: `magic.${tag}@example.test`,
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
  });

  await requestLink(page, user.email);
  const link = await linkFromOutbox(user.email);
  expect(new URL(link).origin).toBe(new URL(baseURL!).origin);
  const token = new URL(link).pathname.split("/").pop()!;
  const row = await db.oneTimeToken.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
  expect(row).toMatchObject({ userId: user.id, purpose: "MAGIC_LINK", usedAt: null });
  expect(
    JSON.stringify(await db.oneTimeToken.findMany({ where: { userId: user.id } })),
    "only the hash is stored",
  ).not.toContain(token);
  expect(
    JSON.stringify(await db.outboxEmail.findMany({ where: { toAddress: user.email } })),
    "the email is sealed at rest",
  ).not.toContain(token);

  // A second browser opens the same link too (think: a mail scanner, or the link forwarded).
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  try {
    await page.goto(link);
    await otherPage.goto(link);
    await expect(page.getByRole("heading", { name: "Sign in with your email link" })).toBeVisible();
    expect(
      (await db.oneTimeToken.findUniqueOrThrow({ where: { id: row.id } })).usedAt,
      "opening the link (GET) uses nothing",
    ).toBeNull();

    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
    await expect(page.getByTestId("shell-title")).toHaveText(org.name);
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
    const sessions = await db.session.findMany({ where: { userId: user.id, revokedAt: null } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.method).toBe("MAGIC_LINK");
    const used = await db.auditEvent.findMany({
      where: { action: "auth.magic_link.used", actorUserId: user.id },
    });
    expect(used).toHaveLength(1);
    expect(used[0]).toMatchObject({ chain: `org:${org.id}`, ip: "127.0.0.1", targetId: row.id });

    // The other browser had the page open; its "Sign in" now finds the link used.
    await otherPage.getByRole("button", { name: "Sign in" }).click();
    await expect(otherPage.getByRole("alert").filter({ hasText: USED })).toBeVisible();
    expect((await other.cookies()).find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    await otherPage.goto(link);
    await expect(otherPage.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  } finally {
    await other.close();
  }
});

test("an unknown address gets the same answer, byte for byte, and no email (S3)", async ({
  page,
  makeUser,
}) => {
  const user = await makeUser();
  const unknown = `nobody-${randomUUID()}@example.test`;

  const known = await requestLink(page, user.email);
  const stranger = await requestLink(page, unknown);

  expect(stranger.status).toBe(known.status);
  expect(stranger.body).toContain(SENT);
  expect(stranger.body).toBe(known.body);
  await linkFromOutbox(user.email);
  // The request for the unknown address was handled (audited) after the answer, and sent nothing.
  await expect
    .poll(
      () => db.auditEvent.count({ where: { action: "auth.magic_link.requested", actorLabel: unknown } }),
      { timeout: 10_000 },
    )
    .toBe(1);
  expect(await db.outboxEmail.count({ where: { toAddress: unknown } })).toBe(0);
});

test("MFA still applies after the link: a member of an organisation that requires MFA is sent to enrolment (S8)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const org = await makeOrganization();
  await db.organization.update({ where: { id: org.id }, data: { requireMfa: true } });
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });

  await requestLink(page, user.email);
  await page.goto(await linkFromOutbox(user.email));
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await page.goto(`/portal/${org.slug}`);
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  const session = await db.session.findFirstOrThrow({ where: { userId: user.id, revokedAt: null } });
  expect(session).toMatchObject({ method: "MAGIC_LINK", mfaVerifiedAt: null });
});
