// Changing the password on the account page (SECURITY.md S1, S6, S9, S10, S17): the current password is
// required (it is the re-authentication), the policy applies, the other sessions end at once, this
// session continues under a new id, and the user gets a security notice.
import { randomUUID } from "node:crypto";
import { decode } from "next-auth/jwt";
import { db } from "../../lib/db/client.ts";
import { SESSION_COOKIE, expect, test } from "../fixtures";

test("change password: wrong current refused, common refused, then changed; other sessions end, this one rotates (S1, S6, S9, S10)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow();
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const { sessionId } = await signIn(context, user);
  const elsewhere = await browser.newContext({ baseURL });
  try {
    await signIn(elsewhere, user);
    const elsewherePage = await elsewhere.newPage();
    await elsewherePage.goto(`/portal/${org.slug}`);
    await expect(elsewherePage.getByTestId("shell-title")).toHaveText(org.name);

    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile and password");
    const form = page.getByRole("form", { name: "Change password" });
    const newPassword = `granite ${randomUUID().slice(0, 6)} willow`;

    await form.getByLabel("Current password").fill("not-my-password");
    await form.getByLabel("New password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "not correct" })).toBeVisible();

    await form.getByLabel("Current password").fill(user.password);
    await form.getByLabel("New password").fill("qwertyuiop");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert").filter({ hasText: "too common" })).toBeVisible();

    await form.getByLabel("Current password").fill(user.password);
    await form.getByLabel("New password").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toHaveText(
      "Your password was changed. You were signed out of every other session.",
    );

    // This browser carries on under a new session id; the old id and the other browser are refused.
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    const claims = await decode({ token: cookie.value, secret: process.env.AUTH_SECRET ?? "" });
    expect(claims?.sid).not.toBe(sessionId);
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Profile and password");
    await elsewherePage.reload();
    await expect(elsewherePage).toHaveURL(/\/sign-in/);

    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
    await expect
      .poll(() =>
        db.outboxEmail.count({ where: { toAddress: user.email, subject: "Your password was changed" } }),
      )
      .toBe(1);
    const changed = await db.auditEvent.findMany({
      where: { action: "auth.password.changed", actorUserId: user.id },
    });
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({ chain: `org:${org.id}`, ip: "127.0.0.1" });
  } finally {
    await elsewhere.close();
  }
});

test("the profile name is saved and shown in the header", async ({ page, context, makeUser, signIn }) => {
  const user = await makeUser();
  await signIn(context, user);
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Profile" });
  const name = `Renamed ${randomUUID().slice(0, 6)}`;
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Save profile" }).click();
  await expect(form.getByRole("status")).toHaveText("Your profile was saved.");
  await expect(page.getByTestId("shell-title")).toHaveText(name);
  expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(name);
});
