// Account closure in the running product (issue 13; GDPR.md D4, G2, H1; SECURITY.md S6, S11, S12): an owner
// confirms it is them and closes the account, choosing return; every portal page says the organisation is
// read-only, a change is refused, the export still works. The export window is then moved into the past (the
// "clock advanced": the deletion is due) and staff run the due deletions from the console: the organisation,
// its members' access and its data in the connected product system (the reference connector, asked over
// HTTP) are gone; the staff list keeps the signed certificate, which `npm run verify-certificate` accepts with
// the published key and refuses after one changed byte. Another organisation's owner never sees the page.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { PUBLISHED_KEYS_PATH } from "../../lib/signing/published-keys.ts";
import { expect, test } from "../fixtures";
import { addDemoProductCustomer, addDemoProductOrder, demoProductRows } from "../fixtures/demo-product.ts";
import { look } from "../fixtures/look";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

test.use({ timezoneId: "Asia/Tokyo" });

/** `npm run verify-certificate -- <file> --keys <url>`, as a former owner would run it. */
function verifyCertificate(file: string, keysUrl: string) {
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/verify-certificate.ts", file, "--keys", keysUrl],
    { encoding: "utf8", env: { ...process.env, NODE_ENV: "development", CERTIFICATE_SIGNING_KEYS: "" } },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test("D4: an owner closes the account → read-only, export works → (window passed) deletion runs → organisation, members' access and connected-system data gone; the certificate verifies, and fails after one changed byte", async ({
  page,
  context,
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(180_000);
  const org = await makeOrganization({ name: `Umbrella Closing ${randomUUID().slice(0, 6)}` });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const member = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  const product = await db.dataSystem.findUniqueOrThrow({ where: { key: "product-database" } });
  await db.organizationSystem.create({ data: { organizationId: org.id, dataSystemId: product.id } });
  await addDemoProductCustomer(org.slug, { email: "kim@umbrella-customer.example", name: "Kim" });
  await addDemoProductCustomer(org.slug, { email: "lou@umbrella-customer.example", name: "Lou" });
  await addDemoProductOrder(org.slug, {
    email: "kim@umbrella-customer.example",
    number: "UMB-1",
    cents: 4200,
  });
  expect(await demoProductRows(org.slug)).toBe(3);

  // Another organisation's owner: the closure page does not exist for them.
  const other = await makeOrganization();
  const stranger = await makeUser({ memberships: [{ organizationId: other.id, role: "OWNER" }] });
  const strangerContext = await browser.newContext();
  await signIn(strangerContext, stranger);
  const strangerPage = await strangerContext.newPage();
  expect((await strangerPage.goto(`/portal/${org.slug}/closure`))!.status()).toBe(404);
  await strangerContext.close();

  // The owner confirms it is them (the sign-in was more than five minutes ago) and closes, choosing return.
  const { sessionId } = await signIn(context, owner);
  await db.session.update({
    where: { id: sessionId },
    data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
  });
  await page.setViewportSize(LAPTOP);
  await page.goto(`/portal/${org.slug}`);
  await page
    .getByRole("navigation", { name: "Customer portal navigation" })
    .getByRole("link", { name: "Close account" })
    .click();
  await expect(page.getByRole("heading", { name: "Close the account", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
  await page.getByLabel("Your password").fill(owner.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  const form = page.getByRole("form", { name: "Ask to close the account" });
  await expect(form).toBeVisible();
  await form.getByRole("radio", { name: /Return, then deletion/ }).check();
  await form.getByLabel(`Type "${org.slug}" to confirm`).fill(org.slug);
  await look(page, "closure-form-laptop");
  await form.getByRole("button", { name: "Close the account" }).click();
  // The page now shows the closure in place of the form, and every portal page the read-only banner.
  await expect(page.getByRole("heading", { name: "Closure in progress" })).toBeVisible();
  await expect(page.getByText(/^AC-[0-9A-F]{6}$/)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("closing-banner")).toContainText("This organisation is being closed");
  await expect(page.getByText("Read-only, deletion scheduled")).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel the closure" })).toBeVisible();
  await page.setViewportSize(PHONE);
  await look(page, "closure-scheduled-phone");
  await page.setViewportSize(LAPTOP);
  const closure = await db.accountClosure.findFirstOrThrow({ where: { organizationId: org.id } });
  expect(closure).toMatchObject({ status: "SCHEDULED", choice: "RETURN" });
  expect(closure.deleteAfter.getTime() - closure.requestedAt.getTime()).toBe(30 * 86_400_000);

  // Read-only: a change is refused with the reason; the export still works.
  await page.goto(`/portal/${org.slug}/settings`);
  await expect(page.getByTestId("closing-banner")).toBeVisible();
  const contacts = page.getByRole("form", { name: "Breach notification contacts" });
  await contacts.getByLabel("Additional addresses").fill("privacy@umbrella.example");
  await contacts.getByRole("button", { name: "Save contacts" }).click();
  await expect(contacts.getByText(/This organisation is being closed and is read-only/)).toBeVisible();
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).privacyContacts).toEqual([]);
  await page.goto(`/portal/${org.slug}/export`);
  await page.getByRole("button", { name: "Start export" }).click();
  await expect(page.getByText("The export has started. Its progress is shown below.")).toBeVisible();
  await expect(page.getByTestId("export-row").first().getByRole("link", { name: "Download" })).toBeVisible({
    timeout: 60_000,
  });

  // Staff see the closure in progress with its dates.
  const staffContext = await browser.newContext({ timezoneId: "Europe/Berlin" });
  await signIn(staffContext, await makeUser({ staffRoles: ["ADMIN"] }));
  const staff = await staffContext.newPage();
  await staff.setViewportSize(LAPTOP);
  await staff.goto("/admin");
  await staff.getByRole("link", { name: "Account closures" }).click();
  await expect(staff.getByRole("heading", { name: "Account closures", level: 1 })).toBeVisible();
  const row = staff.getByTestId("closure-row").filter({ hasText: closure.reference });
  await expect(row).toContainText("Scheduled");

  // The export window has passed ("clock advanced"): staff run the due deletions from the console (the job's
  // own five-minute schedule may take it first; either way it completes).
  await db.accountClosure.update({
    where: { id: closure.id },
    data: { deleteAfter: new Date(Date.now() - 60_000) },
  });
  await staff.getByRole("button", { name: "Run due deletions now" }).click();
  await expect(staff.getByText(/closure run was queued|already waiting/)).toBeVisible();
  await expect
    .poll(async () => (await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } })).status, {
      timeout: 60_000,
      intervals: [1000],
    })
    .toBe("COMPLETED");

  // Gone: the organisation, its members' access, the product system's data.
  expect(await db.organization.count({ where: { id: org.id } })).toBe(0);
  expect(await db.user.count({ where: { id: { in: [owner.id, member.id] } } })).toBe(0);
  expect(await demoProductRows(org.slug)).toBe(0);
  const gone = await page.goto(`/portal/${org.slug}`);
  expect(page.url().includes(`/portal/${org.slug}`) ? gone!.status() : 404).toBe(404);

  // Staff keep the certificate; it verifies with the published key and fails after one changed byte.
  await staff.reload();
  await expect(row).toContainText("Completed");
  await staff.setViewportSize(PHONE);
  await look(staff, "closures-staff-phone");
  await staff.setViewportSize(LAPTOP);
  const response = await staff.request.get(`/admin/closures/${closure.id}/certificate?format=json`);
  expect(response.status()).toBe(200);
  const file = Buffer.from(await response.body());
  const folder = mkdtempSync(path.join(tmpdir(), "closure-certificate-"));
  const saved = path.join(folder, "deletion-certificate.json");
  writeFileSync(saved, file);
  const keysUrl = new URL(PUBLISHED_KEYS_PATH, response.url()).toString();
  const valid = verifyCertificate(saved, keysUrl);
  expect(valid.output).toContain("VALID: the signature matches");
  expect(valid.output).toContain(`Deletion certificate ${closure.reference}`);
  expect(valid.output).toMatch(/Product database" \(product-database, webhook\): done, 3 records/);
  expect(valid.status).toBe(0);
  const payloadAt = file.indexOf('"payload": "') + '"payload": "'.length + 40;
  const changed = Buffer.from(file);
  changed[payloadAt] = changed[payloadAt] === 0x41 ? 0x42 : 0x41;
  const tampered = path.join(folder, "changed.json");
  writeFileSync(tampered, changed);
  const refused = verifyCertificate(tampered, keysUrl);
  expect(refused.output).toContain("NOT VALID: the signature does not match");
  expect(refused.status).toBe(1);
  const pdf = await staff.request.get(`/admin/closures/${closure.id}/certificate?format=pdf`);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  // The former owner was emailed the certificate.
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: owner.email, organizationId: null, subject: { contains: closure.reference } },
  });
  expect(mail.subject).toContain("Deletion certificate");
  await staffContext.close();
});

test("D4 (German): the closure page, its confirmation and the read-only banner speak German; cancelling makes the organisation writable again", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(90_000);
  const org = await makeOrganization({ name: `Globex Schließung ${randomUUID().slice(0, 6)}` });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await db.user.update({ where: { id: owner.id }, data: { language: "de" } });
  const { sessionId } = await signIn(context, owner);
  await db.session.update({
    where: { id: sessionId },
    data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
  });
  await page.setViewportSize(PHONE);
  await page.goto(`/portal/${org.slug}/closure`);
  await expect(page.getByRole("heading", { name: "Konto schließen", level: 1 })).toBeVisible();
  await page.getByLabel("Ihr Passwort").fill(owner.password);
  await page.getByRole("button", { name: "Bestätigen" }).click();
  const form = page.getByRole("form", { name: "Schließung des Kontos beantragen" });
  await form.getByRole("radio", { name: /Löschung: keine Kopie nötig/ }).check();
  await form.getByLabel(`Geben Sie zur Bestätigung „${org.slug}“ ein`).fill("falsch");
  await form.getByRole("button", { name: "Konto schließen" }).click();
  await expect(form.getByText(/Geben Sie zur Bestätigung den Adressnamen/)).toBeVisible();
  await look(page, "closure-form-de-phone");
  await form.getByLabel(`Geben Sie zur Bestätigung „${org.slug}“ ein`).fill(org.slug);
  await form.getByRole("button", { name: "Konto schließen" }).click();
  await expect(page.getByRole("heading", { name: "Laufende Schließung" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("closing-banner")).toContainText("Diese Organisation wird geschlossen");
  await expect(page.getByText("Löschung", { exact: true })).toBeVisible();
  await page.setViewportSize(LAPTOP);
  await look(page, "closure-scheduled-de-laptop");

  await page.getByRole("button", { name: "Schließung abbrechen" }).click();
  await expect(page.getByRole("form", { name: "Schließung des Kontos beantragen" })).toBeVisible();
  await expect(page.getByTestId("closing-banner")).toHaveCount(0);
  expect((await db.organization.findUniqueOrThrow({ where: { id: org.id } })).closingSince).toBeNull();
});
