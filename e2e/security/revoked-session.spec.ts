// A revoked session's cookie is refused everywhere at once (SECURITY.md S10): pages, server actions and
// route handlers. Sessions end when the user revokes them or staff disable the account.
import type { BrowserContext } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

async function expectSignedOut(context: BrowserContext, portalPath: string) {
  const page = await context.newPage();
  await page.goto(portalPath);
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  // next-auth's session endpoint (a route handler) no longer reports a session either.
  expect(await (await context.request.get("/api/auth/session")).json()).toEqual({});
}

test("a user revokes their other session from the sessions page; that browser is signed out at once (S10)", async ({
  browser,
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signIn(context, user);
  const other = await browser.newContext();
  const { sessionId: otherSessionId } = await signIn(other, user);

  await page.goto("/account/sessions");
  await expect(page.getByTestId("session-row")).toHaveCount(2);
  const otherRow = page.getByTestId("session-row").filter({ hasNotText: "This device" });
  await otherRow.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("session-row")).toHaveCount(1);

  expect((await db.session.findUniqueOrThrow({ where: { id: otherSessionId } })).revokedReason).toBe(
    "revoked_by_user",
  );
  await expectSignedOut(other, `/portal/${org.slug}`);
  await other.close();
});

test("staff disable an account: all its sessions end, and it cannot sign in again (S10)", async ({
  browser,
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const victim = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const victimContext = await browser.newContext();
  await signIn(victimContext, victim);
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  await page.goto("/admin/users");
  const row = page.getByRole("row").filter({ hasText: victim.email });
  await row.getByRole("button", { name: "Disable" }).click();
  // The answer re-renders a list of every account the suite has made by then (some 200 rows): on a loaded CI
  // machine that once took longer than the default 5 s.
  await expect(page.getByText(`Disabled ${victim.email}; 1 session(s) ended.`)).toBeVisible({
    timeout: 15_000,
  });

  await expectSignedOut(victimContext, `/portal/${org.slug}`);
  const events = await db.auditEvent.findMany({
    where: { action: "admin.user.disabled", targetId: victim.id },
    select: { chain: true },
  });
  expect(events.map((e) => e.chain).sort()).toEqual([`org:${org.id}`, "provider"].sort());

  const signInPage = await victimContext.newPage();
  await signInPage.goto("/sign-in");
  await signInPage.getByLabel("Email").fill(victim.email);
  await signInPage.getByLabel("Password").fill(victim.password);
  await signInPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(signInPage.getByText("The email or password is not correct.")).toBeVisible();
  await victimContext.close();
});

test("support staff can see accounts but not disable them (S11)", async ({
  context,
  page,
  makeUser,
  signIn,
}) => {
  const someone = await makeUser();
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  await page.goto("/admin/users");
  await expect(page.getByRole("row").filter({ hasText: someone.email })).toBeVisible();
  await expect(page.getByRole("button", { name: "Disable" })).toHaveCount(0);
});

test("security staff are offered no Disable button for an ADMIN or another SECURITY account, only for lower ones (S23)", async ({
  context,
  page,
  makeUser,
  signIn,
}) => {
  const admin = await makeUser({ staffRoles: ["ADMIN"] });
  const peer = await makeUser({ staffRoles: ["SECURITY"] });
  const support = await makeUser({ staffRoles: ["SUPPORT"] });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));
  await page.goto("/admin/users");
  for (const user of [admin, peer]) {
    const row = page.getByRole("row").filter({ hasText: user.email });
    await expect(row).toBeVisible();
    await expect(row.getByRole("button")).toHaveCount(0);
  }
  await expect(
    page.getByRole("row").filter({ hasText: support.email }).getByRole("button", { name: "Disable" }),
  ).toBeVisible();
});
