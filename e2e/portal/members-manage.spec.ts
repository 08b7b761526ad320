// Managing members in the portal (SECURITY.md S1, S10, S11, S12, S13, S17): an owner invites, the invitee
// accepts in a fresh browser and lands in the portal; an existing user signs in first and accepts; roles
// change (the last owner stays an owner); a removed member's open session is refused at its next
// request; the manage actions, replayed by a MEMBER or by another organisation's owner, change nothing.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { refusalsCounted } from "../../lib/testing/refusals.ts";
import { expect, latestEmailTo, test } from "../fixtures";

const membersTable = (page: Page) => page.getByRole("table", { name: "Members of this organisation" });
const memberRow = (page: Page, email: string) =>
  membersTable(page).getByRole("row").filter({ hasText: email });

async function invitationLinkFor(to: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => (body = (await latestEmailTo(to, /invited/))?.text ?? ""), { timeout: 10_000 })
    .toContain("/invite/");
  return /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})/.exec(body)![1]!;
}

async function invite(page: Page, email: string, roleLabel: string) {
  const form = page.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Role").selectOption({ label: roleLabel });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);
}

const REPLAYED_HEADERS = ["next-action", "content-type", "accept", "next-router-state-tree"];
type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Clicks through a manage action as the owner but stops the request, keeping it to replay as others. */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  await page.route("**/members", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    // Only what names the action and encodes its arguments: never the owner's cookie.
    const headers = Object.fromEntries(
      Object.entries(request.headers()).filter(([name]) => REPLAYED_HEADERS.includes(name.toLowerCase())),
    );
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await trigger();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/members");
  await page.reload();
  return captured!;
}

async function replay(context: BrowserContext, action: CapturedAction, origin: string) {
  const response = await context.request.post(action.url, {
    headers: { ...action.headers, origin },
    data: action.body,
    maxRedirects: 0,
  });
  return { status: response.status(), text: await response.text() };
}

test("an owner invites a new person; they accept in a fresh browser, choose a password and land in the portal (S1, S17)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow();
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Invite Org ${tag}` });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await signIn(context, owner);
  const email = `invitee.${tag}@invited.example`;

  await page.goto(`/portal/${org.slug}/members`);
  await invite(page, email, "Privacy officer");
  const pending = page.getByRole("table", { name: "Pending invitations" });
  await expect(pending.getByRole("row").filter({ hasText: email })).toContainText("Privacy officer");
  const created = await db.auditEvent.findFirstOrThrow({
    where: { action: "org.invitation.created", organizationId: org.id },
  });
  expect(created).toMatchObject({ actorUserId: owner.id, ip: "127.0.0.1" });
  expect(created.metadata).toMatchObject({ email, role: "PRIVACY_OFFICER" });

  const link = await invitationLinkFor(email);
  const fresh = await browser.newContext({ baseURL });
  try {
    const invitee = await fresh.newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { name: `Join ${org.name}` })).toBeVisible();
    await invitee.getByLabel("Your name").fill(`Ivy Invitee ${tag}`);
    await invitee.getByLabel("Choose a password").fill("password1");
    await invitee.getByRole("button", { name: "Create account and join" }).click();
    await expect(invitee.getByRole("alert").filter({ hasText: "too common" })).toBeVisible();
    await invitee.getByLabel("Choose a password").fill(`amber fox ${tag} jumps`);
    await invitee.getByRole("button", { name: "Create account and join" }).click();

    await expect(invitee).toHaveURL(new RegExp(`/portal/${org.slug}$`));
    await expect(invitee.getByTestId("shell-title")).toHaveText(org.name);
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, memberships: { select: { organizationId: true, role: true } } },
    });
    expect(user.memberships).toEqual([{ organizationId: org.id, role: "PRIVACY_OFFICER" }]);

    // The link works once.
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { name: "This invitation no longer works" })).toBeVisible();
  } finally {
    await fresh.close();
  }

  await page.reload();
  await expect(memberRow(page, email).getByRole("cell").nth(2)).toHaveText("Privacy officer");
  await expect(page.getByRole("table", { name: "Pending invitations" })).toHaveCount(0);
});

test("an invited existing user signs in first, then accepts and joins with the invited role", async ({
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
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const existing = await makeUser();
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/members`);
  await invite(page, existing.email, "Auditor");

  const link = await invitationLinkFor(existing.email);
  const fresh = await browser.newContext({ baseURL });
  try {
    const invitee = await fresh.newPage();
    await invitee.goto(link);
    await invitee.getByRole("link", { name: "Sign in to accept" }).click();
    await invitee.getByLabel("Email").fill(existing.email);
    await invitee.getByLabel("Password").fill(existing.password);
    await invitee.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(invitee.getByRole("button", { name: "Accept invitation" })).toBeVisible();
    await invitee.getByRole("button", { name: "Accept invitation" }).click();
    await expect(invitee).toHaveURL(new RegExp(`/portal/${org.slug}$`));
    expect(
      (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: existing.id } })).role,
    ).toBe("AUDITOR");
  } finally {
    await fresh.close();
  }
});

test("an owner changes a member's role (audited with old and new role); the last owner cannot demote themselves (S11, S17)", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization();
  const owner = await makeUser({
    name: `Olga Owner ${tag}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  const member = await makeUser({
    name: `Max Member ${tag}`,
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
  });
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/members`);

  const row = memberRow(page, member.email);
  await row.getByLabel(`New role for ${member.name}`).selectOption({ label: "Auditor" });
  await row.getByRole("button", { name: `Change role of ${member.name}` }).click();
  await expect(row.getByRole("status")).toHaveText("Role changed to Auditor.");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Auditor");
  const membership = await db.membership.findFirstOrThrow({
    where: { organizationId: org.id, userId: member.id },
  });
  expect(membership.role).toBe("AUDITOR");
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { action: "org.member.role_changed", organizationId: org.id },
  });
  expect(audit).toMatchObject({
    actorUserId: owner.id,
    targetType: "Membership",
    targetId: membership.id,
    ip: "127.0.0.1",
  });
  expect(audit.metadata).toMatchObject({ oldRole: "MEMBER", newRole: "AUDITOR", email: member.email });

  const own = memberRow(page, owner.email);
  await own.getByLabel(`New role for ${owner.name}`).selectOption({ label: "Admin" });
  await own.getByRole("button", { name: `Change role of ${owner.name}` }).click();
  await expect(own.getByRole("alert").filter({ hasText: "last owner" })).toBeVisible();
  expect(
    (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: owner.id } })).role,
  ).toBe("OWNER");
});

test("removing a member refuses their open session at its next request (S10)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Removal Org ${tag}` });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const leaver = await makeUser({
    name: `Leo Leaver ${tag}`,
    memberships: [{ organizationId: org.id, role: "ADMIN" }],
  });
  await signIn(context, owner);
  const leaverContext = await browser.newContext({ baseURL });
  try {
    const { sessionId } = await signIn(leaverContext, leaver);
    const leaverPage = await leaverContext.newPage();
    await leaverPage.goto(`/portal/${org.slug}/members`);
    await expect(leaverPage.getByTestId("shell-title")).toHaveText(org.name);

    await page.goto(`/portal/${org.slug}/members`);
    await memberRow(page, leaver.email).getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("dialog", { name: `Remove ${leaver.name}?` });
    await dialog.getByRole("button", { name: `Remove ${leaver.name}` }).click();
    await expect(memberRow(page, leaver.email)).toHaveCount(0);

    expect(await db.membership.count({ where: { organizationId: org.id, userId: leaver.id } })).toBe(0);
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    await leaverPage.reload();
    await expect(leaverPage).toHaveURL(/\/sign-in/);
    expect(await leaverPage.content()).not.toContain(org.name);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "org.member.removed", organizationId: org.id },
    });
    expect(audit).toMatchObject({ actorUserId: owner.id });
    expect(audit.metadata).toMatchObject({ userId: leaver.id, oldRole: "ADMIN", sessionsRevoked: 1 });
  } finally {
    await leaverContext.close();
  }
});

test("the manage actions replayed by a MEMBER or by another organisation's owner are refused and change nothing (S11, S12)", async ({
  page,
  context,
  browser,
  baseURL,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow();
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization();
  // With a time zone of their own, so the browser-zone adoption (a server action of its own, sent after the
  // first page loads) cannot be the request captureAction stops instead of the manage action.
  const owner = await makeUser({
    timeZone: "Europe/Berlin",
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  const member = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const target = await makeUser({
    name: `Tara Target ${tag}`,
    memberships: [{ organizationId: org.id, role: "AUDITOR" }],
  });
  const otherOrg = await makeOrganization();
  const attacker = await makeUser({ memberships: [{ organizationId: otherOrg.id, role: "OWNER" }] });
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/members`);

  const changeRole = await captureAction(page, async () => {
    const row = memberRow(page, target.email);
    await row.getByLabel(`New role for ${target.name}`).selectOption({ label: "Admin" });
    await row.getByRole("button", { name: `Change role of ${target.name}` }).click();
  });
  const remove = await captureAction(page, async () => {
    await memberRow(page, target.email).getByRole("button", { name: "Remove" }).click();
    await page
      .getByRole("dialog")
      .getByRole("button", { name: `Remove ${target.name}` })
      .click();
  });
  const inviteAction = await captureAction(page, async () => {
    const form = page.getByRole("form", { name: "Invite a member" });
    await form.getByLabel("Email address").fill(`sneaky.${tag}@invited.example`);
    await form.getByRole("button", { name: "Send invitation" }).click();
  });
  const origin = new URL(baseURL!).origin;
  const unchanged = async () => {
    expect(
      (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: target.id } })).role,
    ).toBe("AUDITOR");
    expect(await db.invitation.count({ where: { organizationId: org.id } })).toBe(0);
  };

  const memberContext = await browser.newContext({ baseURL });
  const attackerContext = await browser.newContext({ baseURL });
  try {
    await signIn(memberContext, member);
    for (const action of [changeRole, remove, inviteAction]) {
      const response = await replay(memberContext, action, origin);
      expect(response.text, "a MEMBER is refused").toContain("You do not have permission to do this.");
    }
    await unchanged();
    // The first refusal is an event of its own; all three are counted for the summary (S24).
    const denied = { action: "authz.denied", actorUserId: member.id, organizationId: org.id };
    expect(await db.auditEvent.count({ where: denied })).toBeLessThan(3);
    expect(await refusalsCounted(denied)).toBe(3);

    await signIn(attackerContext, attacker);
    for (const action of [changeRole, remove, inviteAction]) {
      const response = await replay(attackerContext, action, origin);
      expect(response.text, "another organisation's owner finds nothing").toContain("was not found.");
      expect(response.text).not.toContain(target.email);
    }
    await unchanged();

    // Control: the same captured request from the owner does what it says.
    const control = await replay(context, changeRole, origin);
    expect(control.text).toContain("Role changed to Admin.");
    expect(
      (await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: target.id } })).role,
    ).toBe("ADMIN");
  } finally {
    await memberContext.close();
    await attackerContext.close();
  }
});
