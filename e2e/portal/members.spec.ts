// The members page: owners see everyone in their organisation; the MEMBER role has no Members entry
// and is refused the page itself (the role check lives in lib/, not only in the navigation).
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

test("an owner sees the members table, including a member added in this test", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Members Test ${tag}` });
  const owner = await makeUser({
    name: `Olga Owner ${tag}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  const member = await makeUser({
    name: `Max Member ${tag}`,
    email: `max.${tag}@members.example`,
    memberships: [{ organizationId: org.id, role: "MEMBER" }],
  });
  const outsider = await makeUser({ name: `Otto Outsider ${tag}` });
  await signIn(context, owner);

  await page.goto(`/portal/${org.slug}`);
  await page
    .getByRole("navigation", { name: "Customer portal navigation" })
    .getByRole("link", { name: "Members" })
    .click();

  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}/members$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(3); // header + two members
  const memberRow = rows.filter({ hasText: member.email });
  await expect(memberRow.getByRole("cell").nth(0)).toHaveText(member.name);
  await expect(memberRow.getByRole("cell").nth(1)).toHaveText(member.email);
  await expect(memberRow.getByRole("cell").nth(2)).toHaveText("Member");
  await expect(rows.filter({ hasText: owner.email }).getByRole("cell").nth(2)).toHaveText("Owner");
  await expect(page.getByText(outsider.name)).toHaveCount(0);
});

test("a MEMBER has no Members link and is refused the members page without seeing the list", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Members Refusal ${tag}` });
  const owner = await makeUser({
    email: `owner.${tag}@members.example`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  const member = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signIn(context, member);

  await page.goto(`/portal/${org.slug}`);
  const nav = page.getByRole("navigation", { name: "Customer portal navigation" });
  await expect(nav.getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Members" })).toHaveCount(0);

  const response = await page.goto(`/portal/${org.slug}/members`);

  expect(response?.status(), "refused as forbidden, not a server error").toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  const body = await response!.text();
  expect(body).not.toContain(owner.email);
  expect(body).not.toContain(owner.name);
  const denied = await db.auditEvent.findMany({ where: { action: "authz.denied", actorUserId: member.id } });
  expect(denied.length).toBeGreaterThan(0);
  expect(denied[0]).toMatchObject({ chain: `org:${org.id}`, organizationId: org.id });
  expect(denied[0]!.metadata).toMatchObject({ attempted: "org.members.view" });
});
