// A controller files a data-subject request in the portal (GDPR.md A1, A3, A7, A15) and sees it: the
// form names the time zone the receipt is read in (the browser's, here Berlin), refuses a missing identity
// attestation with a specific message, and files; the request's page shows the legal due date counted in
// the organisation's zone and one task per connected system; the list shows it; the pages read in German.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { legalDueAt } from "../../lib/dsr/deadlines.ts";
import { formatInstant } from "../../lib/i18n/format.ts";
import { utcToWallTime, wallTimeToUtc } from "../../lib/incidents/register/wall-time.ts";
import { connectSystem } from "../fixtures/dsr";
import { expect, test } from "../fixtures";

test.use({ timezoneId: "Europe/Berlin" });

test("A1/A7: a privacy officer files an access request and sees its deadlines, tasks and list row, in English and German", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Filing Customer ${tag}` });
  await db.organization.update({ where: { id: org.id }, data: { defaultTimeZone: "Europe/Berlin" } });
  await connectSystem(org.id, `Product database ${tag}`);
  await connectSystem(org.id, `Analytics events ${tag}`);
  const officer = await makeUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
  await signIn(context, officer);

  await page.goto(`/portal/${org.slug}/requests`);
  await expect(page.getByRole("heading", { name: "No requests yet" })).toBeVisible();
  await page.getByRole("link", { name: "New request" }).first().click();

  const received = page.getByLabel("When you received the request (Europe/Berlin)");
  await expect(received).toBeVisible();
  const yesterday = utcToWallTime(new Date(Date.now() - 86_400_000), "Europe/Berlin").slice(0, 10);
  const wallTime = `${yesterday}T23:30`;
  await page.getByLabel("Type of request").selectOption("ACCESS");
  await page.getByLabel("Email address").fill(`anna-${tag}@acme-customer.example`);
  await received.fill(wallTime);
  await page.getByRole("button", { name: "File request" }).click();
  await expect(page.getByText("Confirm that you have verified the data subject's identity.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(`anna-${tag}@acme-customer.example`);

  await page.getByLabel("I confirm that we have verified the data subject's identity.").check();
  await page.getByRole("button", { name: "File request" }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}\?filed=1$/);
  await expect(page.getByText(/Request DSR-\d{4}-0001 filed/)).toBeVisible();

  const receivedAt = wallTimeToUtc(wallTime, "Europe/Berlin")!;
  const due = formatInstant(
    "en",
    legalDueAt(receivedAt, { timeZone: "Europe/Berlin", dueOnWorkingDay: false }),
    "Europe/Berlin",
  );
  await expect(page.getByText(due).first()).toBeVisible();
  await expect(page.getByText("end of day, Europe/Berlin")).toBeVisible();
  const tasks = page.getByRole("table").filter({ hasText: `Product database ${tag}` });
  await expect(tasks.getByRole("row").filter({ hasText: "Pending" })).toHaveCount(2);
  await expect(page.getByText(`anna-${tag}@acme-customer.example`)).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/dsr-request-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/portal/${org.slug}/requests`);
  const row = page.getByRole("row").filter({ hasText: /DSR-\d{4}-0001/ });
  await expect(row).toContainText("Access");
  await expect(row).toContainText("Open");
  await expect(row).toContainText(due);
  await expect(row).toContainText("0 of 2 done");

  // CSV: a file with one bad row is shown row by row and offers no import; nothing is stored.
  await page.getByRole("link", { name: "Import from CSV" }).click();
  const csv = [
    "type,email,external_id,received_at,instruction_reference,note,identity_verified,corrections,scope",
    `access,csv-${tag}@example.test,,2026-03-05T10:00:00Z,T-1,,yes,,`,
    "erasure,,,2026-03-05T10:00:00Z,T-2,,no,,",
  ].join("\n");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "requests.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("1 of 2 rows have problems.", { exact: false })).toBeVisible();
  const bad = page.getByRole("row").filter({ hasText: "Confirm that you have verified" });
  await expect(bad.getByRole("rowheader")).toHaveText("3");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/dsr-import-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(`/portal/${org.slug}/requests`);
  await expect(page.getByRole("row").filter({ hasText: /DSR-/ })).toHaveCount(1);

  await context.addCookies([{ name: "a28-locale", value: "de", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Betroffenenanfragen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Anfragen", exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: /DSR-\d{4}-0001/ })).toContainText("Auskunft");
  await page.screenshot({ path: "test-results/dsr-list-de.png", fullPage: true });
});
