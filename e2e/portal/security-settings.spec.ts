// Organisation security policies set by an OWNER/ADMIN: an IP allow-list enforced on every portal page
// and action, MFA for every member, and who may change them.
import { db } from "../../lib/db/client.ts";
import { refusalsCounted } from "../../lib/testing/refusals.ts";
import { expect, test } from "../fixtures";

test("an owner saves an IP allow-list; bad ranges and a list that would lock them out are refused", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
  await page.goto(`/portal/${org.slug}/settings`);
  const list = page.getByLabel("Allowed networks");
  const save = page.getByRole("button", { name: "Save security settings" });

  await list.fill("10.0.0.0/33");
  await save.click();
  await expect(page.getByText("Not a valid IP range: 10.0.0.0/33")).toBeVisible();

  await list.fill("203.0.113.0/24");
  await save.click();
  await expect(page.getByText(/Your current address \(127\.0\.0\.1\) is not in the list/)).toBeVisible();
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ipAllowlist).toEqual([]);

  await list.fill("127.0.0.0/8\n203.0.113.0/24  # office");
  await save.click();
  await expect(page.getByText("Security settings saved.")).toBeVisible();
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).ipAllowlist).toEqual([
    "127.0.0.0/8",
    "203.0.113.0/24",
  ]);
  const event = await db.auditEvent.findFirstOrThrow({
    where: { chain: `org:${org.id}`, action: "org.security_policy.updated" },
  });
  expect(event.metadata).toMatchObject({ ipAllowlist: { from: [], to: ["127.0.0.0/8", "203.0.113.0/24"] } });
});

test("an admin sees the allowed networks and Microsoft-only sign-in read-only, and saves the MFA policy without changing them (S23)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  await db.organization.update({ where: { id: org.id }, data: { ipAllowlist: ["127.0.0.0/8"] } });
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] }));
  await page.goto(`/portal/${org.slug}/settings`);

  await expect(page.getByText("An owner decides these")).toBeVisible();
  await expect(page.getByLabel("Allowed networks")).toHaveAttribute("readonly", "");
  await expect(page.getByLabel("Allowed networks")).toHaveValue("127.0.0.0/8");
  await expect(page.getByLabel("Members must sign in with Microsoft")).toBeDisabled();

  await page.getByLabel("Require two-factor authentication for every member.").check();
  await page.getByRole("button", { name: "Save security settings" }).click();
  await expect(page.getByText("Security settings saved.")).toBeVisible();
  expect(await db.organization.findUniqueOrThrow({ where: { id: org.id } })).toMatchObject({
    requireMfa: true,
    ssoRequired: false,
    ipAllowlist: ["127.0.0.0/8"],
  });
});

test("members outside the allowed networks are refused on every portal page, and it is audited", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  await db.organization.update({ where: { id: org.id }, data: { ipAllowlist: ["203.0.113.0/24"] } });
  const member = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await signIn(context, member);

  for (const path of [`/portal/${org.slug}`, `/portal/${org.slug}/members`, `/portal/${org.slug}/settings`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect(page.getByText(member.email)).toHaveCount(0);
  }
  // The first refusal is an event of its own; every one is counted for the summary (S24).
  const denied = { chain: `org:${org.id}`, action: "authz.ip_denied", actorUserId: member.id };
  expect(await refusalsCounted(denied)).toBeGreaterThanOrEqual(3);
});

test("requiring MFA sends a member without it to enrolment at their next request (S8)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] }), {
    mfaVerified: false,
  });
  await page.goto(`/portal/${org.slug}`);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

  await db.organization.update({ where: { id: org.id }, data: { requireMfa: true } });
  await page.goto(`/portal/${org.slug}`);
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
});

test("a member who is not an owner or admin cannot open the security settings (S11)", async ({
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  await signIn(
    context,
    await makeUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] }),
  );
  await page.goto(`/portal/${org.slug}`);
  await expect(page.getByRole("link", { name: "Security settings" })).toHaveCount(0);
  const response = await page.goto(`/portal/${org.slug}/settings`);
  expect(response?.status()).toBe(403);
});
