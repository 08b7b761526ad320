// The end-to-end flow (GDPR.md B1-B4): SECURITY staff declare a breach affecting two of three
// organisations and send the notice; each affected owner gets exactly one email and sees it in the
// portal; the third organisation sees nothing (404, nothing in the body); an acknowledgement reaches
// the staff console. (Delivery through a real SMTP server is proven in lib/incidents/notices/send.integration.test.ts.)
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

test("B1-B4: declare for two of three organisations -> one email each, visible in their portals, nothing for the third; acknowledgement shown to staff", async ({
  page,
  browser,
  baseURL,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  // Staff declare and send, two customers read and acknowledge: longer than the default 30 s.
  test.setTimeout(60_000);
  const tag = randomBytes(4).toString("hex");
  const [affectedA, affectedB, bystander] = await Promise.all([
    makeOrganization(),
    makeOrganization(),
    makeOrganization(),
  ]);
  const ownerOf = (organization: { id: string }, letter: string) =>
    makeUser({
      name: `Owner ${letter} ${tag}`,
      memberships: [{ organizationId: organization.id, role: "OWNER" }],
    });
  const [ownerA, ownerB, ownerC] = await Promise.all([
    ownerOf(affectedA, "A"),
    ownerOf(affectedB, "B"),
    ownerOf(bystander, "C"),
  ]);
  const awareAt = new Date(Date.now() - 3_600_000);
  const incident = await db.incident.create({
    data: {
      reference: `INC-E2E-${tag}`,
      title: `Reporting replica exposed ${tag}`,
      description: "A reporting replica was reachable without authentication.",
      detectedAt: awareAt,
      awareAt,
      organizations: { create: [{ organizationId: affectedA.id }, { organizationId: affectedB.id }] },
    },
  });

  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));
  await page.goto(`/admin/incidents/${incident.id}`);
  await page.getByRole("button", { name: "Declare personal-data breach" }).click();
  await page.getByRole("link", { name: "Compose and send the notice" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/incidents/${incident.id}/notice$`));
  await expect(page.getByRole("heading", { name: "Compose phase 1" })).toBeVisible();
  const notifications = await db.incidentNotification.findMany({
    where: { incidentId: incident.id },
    select: { id: true, organizationId: true },
  });
  expect(notifications.map((n) => n.organizationId).sort()).toEqual([affectedA.id, affectedB.id].sort());

  await page.getByLabel("Nature of the breach", { exact: true }).fill(`Unauthenticated read access ${tag}`);
  await page
    .getByLabel("Data subjects (categories, approximate number)", { exact: true })
    .fill("End users, about 800");
  await page
    .getByLabel("Personal data records (categories, approximate number)", { exact: true })
    .fill("Contact records, about 2,000");
  await page.getByLabel("Likely consequences", { exact: true }).fill("Phishing attempts against end users");
  await page
    .getByLabel("Measures taken or proposed", { exact: true })
    .fill("Replica closed, credentials rotated");
  await page.getByRole("button", { name: "Save and preview" }).click();
  await page.getByRole("button", { name: "Send phase 1 to 2 organisation(s)" }).click();
  await expect(
    page.getByRole("list", { name: "Sent phases" }).getByRole("heading", { name: "Phase 1", exact: true }),
  ).toBeVisible();

  for (const owner of [ownerA, ownerB]) {
    expect(
      await db.outboxEmail.count({
        where: { toAddress: owner.email, subject: { contains: incident.reference } },
      }),
    ).toBe(1);
  }
  // (Breach emails only: a subprocessor announced by a spec running alongside notifies every organisation.)
  const breachEmails = { idempotencyKey: { startsWith: "breach" } };
  expect(await db.outboxEmail.count({ where: { toAddress: ownerC.email, ...breachEmails } })).toBe(0);
  expect(await db.outboxEmail.count({ where: { organizationId: bystander.id, ...breachEmails } })).toBe(0);

  // The affected owner sees it and acknowledges.
  const notificationA = notifications.find((n) => n.organizationId === affectedA.id)!;
  const customer = await browser.newContext({ baseURL });
  await signIn(customer, ownerA);
  const customerPage = await customer.newPage();
  await customerPage.goto(`/portal/${affectedA.slug}/breach-notifications`);
  await customerPage
    .getByRole("link", { name: new RegExp(incident.reference) })
    .first()
    .click();
  // What happened is among the key facts at the top (and in phase 1 below).
  await expect(customerPage.getByRole("region", { name: "At a glance" })).toContainText(
    `Unauthenticated read access ${tag}`,
  );
  await customerPage.getByRole("button", { name: "Acknowledge this notification" }).click();
  await expect(customerPage.getByText(`Acknowledged by Owner A ${tag}`)).toBeVisible();

  // The bystander: nothing in its list, 404 on the affected organisation's notification, nothing leaks.
  const bystanderContext = await browser.newContext({ baseURL });
  await signIn(bystanderContext, ownerC);
  const list = await bystanderContext.request.get(`/portal/${bystander.slug}/breach-notifications`);
  expect(list.status()).toBe(200);
  const foreign = await bystanderContext.request.get(
    `/portal/${bystander.slug}/breach-notifications/${notificationA.id}`,
  );
  expect(foreign.status()).toBe(404);
  for (const body of [await list.text(), await foreign.text()]) {
    // (The notification id is in the response only because the attacker put it in the URL.)
    for (const secret of [incident.reference, incident.title, affectedA.name, affectedB.name, affectedA.id])
      expect(body).not.toContain(secret);
  }

  // Staff see who acknowledged.
  await page.goto(`/admin/incidents/${incident.id}`);
  await expect(
    page.getByRole("table", { name: "Delivery and acknowledgement per organisation" }),
  ).toContainText(`Owner A ${tag}`);
  await customer.close();
  await bystanderContext.close();
});
