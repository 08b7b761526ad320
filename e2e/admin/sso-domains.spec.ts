// Staff decide organisations' claims to email domains for Microsoft sign-in (SECURITY.md S27, S11, S17):
// security staff see what they need to judge a claim (whose members have addresses at the domain,
// competing claims), approve with a note or refuse with a reason, and the organisations see the result in
// their settings. Staff roles without the permission and customers do not reach the page.
import { db } from "../../lib/db/client.ts";
import { createSsoConnectionRecord, uniqueDomain } from "../../lib/testing/sso-connection.ts";
import { expect, test } from "../fixtures";

test("security staff see competing claims and who has members at the domain, approve the rightful one and refuse the other; both organisations see the outcome (S27, S17)", async ({
  baseURL,
  browser,
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow(); // several argon2 hashes and three browsers
  const domain = uniqueDomain("claimed");
  const globex = await makeOrganization({ name: `Globex ${domain.slice(8, 16)}` });
  const initech = await makeOrganization({ name: `Initech ${domain.slice(8, 16)}` });
  const globexOwner = await makeUser({
    email: `owner@${domain}`,
    memberships: [{ organizationId: globex.id, role: "OWNER" }],
  });
  const initechOwner = await makeUser({ memberships: [{ organizationId: initech.id, role: "OWNER" }] });
  for (const [org, owner] of [
    [globex, globexOwner],
    [initech, initechOwner],
  ] as const) {
    await createSsoConnectionRecord({ organizationId: org.id, approvedDomains: [] });
    await db.ssoDomainClaim.create({ data: { organizationId: org.id, domain, requestedById: owner.id } });
  }
  const staff = await makeUser({ staffRoles: ["SECURITY"] });
  await signIn(context, staff);

  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Staff console navigation" })
    .getByRole("link", { name: "Sign-in domains" })
    .click();
  await expect(page).toHaveURL(/\/admin\/sso-domains$/);
  const initechCard = page.getByRole("region", { name: `${domain} for ${initech.name}` });
  await expect(initechCard.getByText(`${globex.name} (1 member).`, { exact: false })).toBeVisible();
  await expect(initechCard.getByText(`${globex.name} (waiting)`)).toBeVisible();
  const globexCard = page.getByRole("region", { name: `${domain} for ${globex.name}` });
  await expect(globexCard.getByText(`by ${globexOwner.email}`, { exact: false })).toBeVisible();

  const approve = page.getByRole("form", { name: `Approve ${domain} for ${globex.name}` });
  await approve.getByLabel("How control was checked").fill("TXT record article28-verify checked on 7 Dec");
  await approve.getByRole("button", { name: "Approve" }).click();
  // The decided claim leaves the queue for the table of decisions.
  const decided = page.getByRole("table", { name: "Approved and refused domains, latest decision first" });
  await expect(decided.getByRole("row").filter({ hasText: globex.name }).getByRole("cell").nth(2)).toHaveText(
    "Approved",
  );
  await expect(page.getByRole("region", { name: `${domain} for ${globex.name}` })).toHaveCount(0);
  await expect(initechCard.getByText(`${globex.name} (approved)`)).toBeVisible();

  const refuse = page.getByRole("form", { name: `Refuse ${domain} for ${initech.name}` });
  await refuse
    .getByLabel("Reason shown to the organisation")
    .fill("Another organisation controls this domain.");
  await refuse.getByRole("button", { name: "Refuse" }).click();
  await expect(
    decided.getByRole("row").filter({ hasText: initech.name }).getByRole("cell").nth(2),
  ).toHaveText("Refused");
  await expect(page.getByRole("heading", { name: "Waiting for a decision (0)" })).toBeVisible();

  const claims = await db.ssoDomainClaim.findMany({
    where: { domain },
    select: { organizationId: true, status: true, decidedById: true },
  });
  expect(claims).toEqual(
    expect.arrayContaining([
      { organizationId: globex.id, status: "APPROVED", decidedById: staff.id },
      { organizationId: initech.id, status: "REFUSED", decidedById: staff.id },
    ]),
  );
  for (const action of ["sso.domain.approved", "sso.domain.refused"])
    expect(await db.auditEvent.count({ where: { chain: "provider", action, actorUserId: staff.id } })).toBe(
      1,
    );

  // Each organisation sees its own claim's state in its settings.
  for (const [org, owner, state] of [
    [globex, globexOwner, "Approved"],
    [initech, initechOwner, "RefusedAnother organisation controls this domain."],
  ] as const) {
    const ownerContext = await browser.newContext({ baseURL });
    await signIn(ownerContext, owner);
    const ownerPage = await ownerContext.newPage();
    await ownerPage.goto(`/portal/${org.slug}/settings`);
    await expect(
      ownerPage.getByRole("list", { name: "Email domains and their approval" }).getByRole("listitem"),
    ).toHaveText([`${domain}${state}`]);
    await ownerContext.close();
  }
});

test("staff without the permission have no link and are refused the page; customers are told it does not exist (S11)", async ({
  baseURL,
  browser,
  context,
  page,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["PRIVACY"] }));
  await page.goto("/admin");
  const nav = page.getByRole("navigation", { name: "Staff console navigation" });
  await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Sign-in domains" })).toHaveCount(0);
  expect((await page.goto("/admin/sso-domains"))?.status()).toBe(403);

  const org = await makeOrganization();
  const customerContext = await browser.newContext({ baseURL });
  await signIn(customerContext, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
  const customerPage = await customerContext.newPage();
  expect((await customerPage.goto("/admin/sso-domains"))?.status()).toBe(404);
  await customerContext.close();
});
