// Retention of a connected system's data (issue 13; GDPR.md G1, G3; ADR 0028) in the running product: the
// seeded "Analytics events" system (the reference connector) declares "Product usage events"; an ADMIN sees
// the category on the system's page, sets its period on the retention page, the dry run asks the system and
// shows the organisation's count, the purge asks the system to remove them: the connector's expired events of
// that organisation are gone, the evidence row is the system's answer, the recent event stays. Rows are
// written relative to now.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";
import { addDemoProductEvent, demoProductEventsOlderThan } from "../fixtures/demo-product";

const CATEGORY = "system:analytics-events:events";

test("G1/G3: staff set a period for a system's events; the dry run counts per organisation; the purge removes the connector's expired rows", async ({
  page,
  context,
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(90_000);
  const org = await makeOrganization({ name: `Stark Events ${randomUUID().slice(0, 6)}` });
  const system = await db.dataSystem.findUniqueOrThrow({ where: { key: "analytics-events" } });
  await db.organizationSystem.create({ data: { organizationId: org.id, dataSystemId: system.id } });
  for (const daysAgo of [400, 450, 500])
    await addDemoProductEvent(org.slug, { email: "pepper@stark.test", daysAgo });
  await addDemoProductEvent(org.slug, { email: "pepper@stark.test", daysAgo: 5 });
  await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));

  await page.goto(`/admin/systems/${system.id}`);
  await expect(page.getByRole("heading", { name: /Product usage events/ })).toBeVisible();
  await expect(page.getByText(CATEGORY)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("system-categories.png"), fullPage: true });

  await page.goto("/admin/retention");
  const form = page.getByRole("form", { name: "Retention of Analytics events: Product usage events" });
  await form.getByLabel("Period (days)").fill("390");
  await form.getByLabel("Customers may shorten to (days)").fill("30");
  await form.getByRole("button", { name: "Dry run" }).click();
  const row = form.getByRole("table").getByRole("row").filter({ hasText: org.name });
  await expect(row.getByRole("cell", { name: "3", exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("system-dry-run.png"), fullPage: true });
  expect(await demoProductEventsOlderThan(org.slug, 390)).toBe(3);

  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Saved the period of Analytics events: Product usage events")).toBeVisible();
  await page.getByRole("button", { name: "Run purge now" }).click();
  await expect
    .poll(
      () => db.retentionRun.count({ where: { category: CATEGORY, organizationId: org.id, removed: 3 } }),
      {
        timeout: 45_000,
        intervals: [500],
      },
    )
    .toBe(1);
  expect(await demoProductEventsOlderThan(org.slug, 390)).toBe(0);
  expect(await demoProductEventsOlderThan(org.slug, 0)).toBe(1);
  const evidence = await db.retentionRun.findFirstOrThrow({
    where: { category: CATEGORY, organizationId: org.id },
  });
  expect(evidence).toMatchObject({ periodDays: 390, error: null });
  expect(evidence.selector).toContain("reported by the system");

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: org.name }).first()).toContainText(
    "Analytics events: Product usage events",
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await page
    .getByRole("form", { name: "Retention of Analytics events: Product usage events" })
    .screenshot({ path: test.info().outputPath("retention-system-phone.png") });

  // The organisation's owner, in German and Berlin time: the system's category with its own period, and the
  // evidence of the system's purge.
  const owner = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  await signIn(owner, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
  const ownerPage = await owner.newPage();
  await ownerPage.setViewportSize({ width: 390, height: 844 });
  await ownerPage.goto(`/portal/${org.slug}/retention`);
  await expect(
    ownerPage.getByRole("heading", { name: /Analytics events: Product usage events/ }),
  ).toBeVisible();
  await expect(ownerPage.getByText("Gespeichert in Analytics events; das System löscht")).toBeVisible();
  await expect(ownerPage.getByText(evidence.idsSha256)).toBeVisible();
  await ownerPage.screenshot({ path: test.info().outputPath("portal-de-phone.png"), fullPage: true });
  const widths = await ownerPage.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  await db.retentionPolicy.deleteMany({ where: { category: CATEGORY } });
});
