// Connecting an existing account to Microsoft, end to end against the fake OpenID provider
// (lib/testing/fake-oidc.ts) on the port scripts/e2e.ts gave the app in SSO_TEST_AUTHORITY (SECURITY.md
// S6, S7, S17): a member who had a password before their organisation set up SSO confirms it, connects
// their Microsoft account, and can then sign in with Microsoft even once SSO is required; an owner
// cannot require SSO before connecting their own account, and sees who has not connected yet.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, latestEmailTo, test } from "../fixtures";
import type { Page } from "@playwright/test";
import { fakeProviderForThisFile, ssoOrganization, watchCspViolations } from "../fixtures/sso";

const fake = fakeProviderForThisFile();

/** Signing in counts as a confirmation for five minutes: make it older, as if the user signed in a while ago. */
async function signedInAWhileAgo(userId: string) {
  await db.session.updateMany({
    where: { userId },
    data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
  });
}

/** On the account security page: confirm the password, then connect through the fake provider. */
async function connectMicrosoftAccount(
  page: Page,
  user: { id: string; password: string },
  organizationName: string,
) {
  await signedInAWhileAgo(user.id);
  await page.goto("/account/security");
  const card = page.getByRole("region", { name: "Sign in with Microsoft" });
  const row = card.getByRole("listitem", { name: organizationName });
  await expect(row.getByText("Not connected")).toBeVisible();
  await expect(row.getByRole("button", { name: "Connect your Microsoft account" })).toBeDisabled();

  await page.getByLabel("Your password").fill(user.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("region", { name: "Confirm it's you" })).toHaveCount(0);
  await row.getByRole("button", { name: "Connect your Microsoft account" }).click();

  await expect(page).toHaveURL(/\/account\/security\?sso=linked$/);
  await expect(
    page.getByRole("status").filter({ hasText: "Your Microsoft account is connected" }),
  ).toBeVisible();
  await expect(row.getByText("Connected", { exact: true })).toBeVisible();
}

test("an existing password member connects their Microsoft account, signs out, and signs in with Microsoft once SSO is required (S6, S7, S17)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const violations = watchCspViolations(page);
  const { org, domain, connection } = await ssoOrganization(fake(), makeOrganization, {
    domainPrefix: "link",
  });
  const member = await makeUser({
    email: `grace@${domain}`,
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
  });
  const oid = randomUUID();
  // Microsoft knows them by another address: no email is compared, they prove both accounts.
  fake().signInAs({
    tid: connection.tenantId,
    oid,
    email: `g.hopper@${domain}`,
    name: "Grace Hopper",
    amr: ["pwd", "mfa"],
  });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  const passwordSession = await db.session.findFirstOrThrow({
    where: { userId: member.id, revokedAt: null },
  });

  await connectMicrosoftAccount(page, member, org.name);
  expect(fake().authorizeRequests.at(-1)?.get("login_hint")).toBe(member.email);
  expect(
    await db.ssoIdentity.findMany({
      where: { userId: member.id },
      select: { tenantId: true, objectId: true },
    }),
  ).toEqual([{ tenantId: connection.tenantId, objectId: oid }]);
  // Linking started no session: the browser still holds its password session.
  expect(
    await db.session.findMany({ where: { userId: member.id }, select: { id: true, revokedAt: true } }),
  ).toEqual([{ id: passwordSession.id, revokedAt: null }]);
  expect((await page.context().cookies()).some((c) => c.name.includes("sso-state") && c.value !== "")).toBe(
    false,
  );
  const linked = await db.auditEvent.findMany({
    where: { chain: `org:${org.id}`, action: "sso.identity.linked" },
  });
  expect(linked).toHaveLength(1);
  expect(linked[0]).toMatchObject({
    actorUserId: member.id,
    ip: "127.0.0.1",
    metadata: { tenantId: connection.tenantId, objectId: oid },
  });
  const notice = await latestEmailTo(member.email, /Microsoft account was connected/);
  expect(notice?.text).toContain(`Organisation: ${org.name}`);
  // Checked for connecting only: the Microsoft sign-in below is sso.spec.ts's flow (and CSP check).
  expect(violations).toEqual([]);

  // The organisation now requires Microsoft: the password no longer works, Microsoft does.
  await db.organization.update({ where: { id: org.id }, data: { ssoRequired: true } });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await page.getByLabel("Email").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Your organisation requires you to sign in with Microsoft.")).toBeVisible();
  await page.getByRole("button", { name: "Continue with Microsoft" }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  expect(await db.session.count({ where: { userId: member.id, method: "SSO", revokedAt: null } })).toBe(1);
  expect(await db.user.count({ where: { email: { endsWith: `@${domain}` } } })).toBe(1); // nobody was provisioned
});

test("an owner cannot require SSO before connecting their own Microsoft account, and can after; the page counts members not connected (S7, S17)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const { org, domain, connection } = await ssoOrganization(fake(), makeOrganization, {
    domainPrefix: "link",
  });
  const owner = await makeUser({
    email: `owner@${domain}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signIn(context, owner);
  fake().signInAs({
    tid: connection.tenantId,
    oid: randomUUID(),
    email: owner.email,
    name: owner.name,
    amr: ["pwd", "mfa"],
  });

  await page.goto(`/portal/${org.slug}/settings`);
  await expect(page.getByText("Before you can require it, connect your own Microsoft account")).toBeVisible();
  await expect(
    page.getByRole("status").filter({ hasText: "2 members have not connected a Microsoft account" }),
  ).toBeVisible();
  await page.getByLabel("Members must sign in with Microsoft").check();
  await page.getByRole("button", { name: "Save security settings" }).click();
  await expect(
    page.getByRole("alert").filter({
      hasText:
        "Connect your own Microsoft account first on Account → Two-factor authentication, so you do not lock yourself out.",
    }),
  ).toBeVisible();
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(false);

  await connectMicrosoftAccount(page, owner, org.name);

  await page.goto(`/portal/${org.slug}/settings`);
  await expect(page.getByText("Before you can require it, connect your own Microsoft account")).toHaveCount(
    0,
  );
  // The member who has not connected is still counted: they would be locked out.
  await expect(
    page.getByRole("status").filter({ hasText: "1 member has not connected a Microsoft account" }),
  ).toBeVisible();
  await page.getByLabel("Members must sign in with Microsoft").check();
  await page.getByRole("button", { name: "Save security settings" }).click();
  await expect(page.getByText("Security settings saved.")).toBeVisible();
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ssoRequired).toBe(true);
  const event = await db.auditEvent.findFirstOrThrow({
    where: { chain: `org:${org.id}`, action: "org.security_policy.updated" },
  });
  expect(event).toMatchObject({
    actorUserId: owner.id,
    metadata: { ssoRequired: { from: false, to: true } },
  });
});

test("a Microsoft account already connected to someone else is not connected; the account page says why (S7)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const { org, connection } = await ssoOrganization(fake(), makeOrganization, { domainPrefix: "link" });
  const member = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const other = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const oid = randomUUID();
  await db.ssoIdentity.create({ data: { userId: other.id, tenantId: connection.tenantId, objectId: oid } });
  await signIn(context, member);
  await signedInAWhileAgo(member.id);
  fake().signInAs({ tid: connection.tenantId, oid, email: other.email, name: other.name });

  await page.goto("/account/security");
  await page.getByLabel("Your password").fill(member.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("button", { name: "Connect your Microsoft account" }).click();

  await expect(page).toHaveURL(/\/account\/security\?sso_error=sso_identity_taken$/);
  await expect(
    page.getByRole("alert").filter({ hasText: "Your Microsoft account was not connected" }),
  ).toContainText("already connected to a different account");
  await expect(page.getByRole("listitem", { name: org.name }).getByText("Not connected")).toBeVisible();
  expect(await db.ssoIdentity.count({ where: { userId: member.id } })).toBe(0);
  expect(
    await db.auditEvent.count({
      where: { chain: `org:${org.id}`, action: "sso.identity.link_refused", actorUserId: member.id },
    }),
  ).toBe(1);
});
