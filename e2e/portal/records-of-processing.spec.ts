// Records of processing in the running product (issue 14 must-show; GDPR.md E1, E2; ADR 0031): Acme's owner
// opens the records, downloads JSON and PDF (checked), picks an earlier date and sees the earlier version of
// an activity; privacy staff edit an activity and the records show the new version from that moment while
// the earlier date still shows the old one. A Globex member gets 404 on Acme's page and downloads; an Acme
// member has no such page. Looked at on a phone, in German, in Tokyo time.
import { db } from "../../lib/db/client.ts";
import { printedText } from "../../lib/pdf/testing/pdf-content.ts";
import { expect, test } from "../fixtures";
import { look } from "../fixtures/look";

test.use({ timezoneId: "Asia/Tokyo" });
test.describe.configure({ timeout: 180_000 });

const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

test("Acme's owner reads the records, downloads JSON and PDF, picks an earlier date; staff edit an activity and the records change from then on", async ({
  browser,
  makeUser,
  signIn,
}) => {
  const acme = await db.organization.findUniqueOrThrow({ where: { slug: "acme" } });
  const globex = await db.organization.findUniqueOrThrow({ where: { slug: "globex" } });
  const owner = await db.user.findUniqueOrThrow({ where: { email: "owner@acme.example" } });
  const ownerContext = await browser.newContext();
  await signIn(ownerContext, owner);
  const page = await ownerContext.newPage();
  await page.goto("/portal/acme");
  await page.getByRole("navigation").getByRole("link", { name: "Records" }).first().click();
  await expect(page.getByRole("heading", { name: "Records of processing", level: 1 })).toBeVisible();
  await expect(page.getByText("Product analytics events")).toBeVisible();
  await expect(page.getByText("to show the customer usage reports")).toBeVisible();
  await expect(page.getByText(owner.email).first()).toBeVisible();

  const json = await page.request.get("/portal/acme/records/json");
  expect(json.status()).toBe(200);
  const records = JSON.parse(await json.text());
  expect(records.schema).toBe("article28.records-of-processing/1");
  expect(records.controller.name).toBe(acme.name);
  expect(records.activities.map((a: { name: string }) => a.name)).toContain("Product analytics events");
  expect(records.securityMeasures.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(records)).not.toContain(globex.slug);
  const pdf = await page.request.get("/portal/acme/records/pdf");
  const pdfBytes = Buffer.from(await pdf.body());
  expect(pdfBytes.subarray(0, 5).toString()).toBe("%PDF-");
  const printed = printedText(pdfBytes);
  expect(printed).toContain("Records of processing activities");
  expect(printed).toContain("Product analytics events");
  expect(printed).toContain(records.securityMeasures.sha256);

  // 60 days ago the analytics activity had its first version.
  const earlier = new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10);
  await page.getByLabel("As of (end of day, UTC)").fill(earlier);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`date=${earlier}`));
  await expect(page.getByText("Recording how the product is used to fix faults.")).toBeVisible();
  await expect(page.getByText("to show the customer usage reports")).toHaveCount(0);
  const earlierJson = JSON.parse(
    await (await page.request.get(`/portal/acme/records/json?date=${earlier}`)).text(),
  );
  expect(earlierJson.asOf).toBe(`${earlier}T23:59:59.999Z`);

  // Privacy staff edit "Customer support": the records show the new version from now on; the earlier date
  // keeps the old one.
  const tag = `Answering support requests (${Date.now()}).`;
  const staffContext = await browser.newContext();
  await signIn(staffContext, await makeUser({ staffRoles: ["PRIVACY"], name: "Pia Privacy" }));
  const staff = await staffContext.newPage();
  await staff.goto("/admin");
  await staff.getByRole("link", { name: "Records of processing: processing activities" }).click();
  const form = staff.getByRole("form", { name: "Edit Customer support" });
  await form.getByLabel("Purpose").fill(tag);
  await form.getByRole("button", { name: "Save new version" }).click();
  await expect(form.getByText(/Version 2 saved \(purpose changed\)/)).toBeVisible();
  await staff.screenshot({ path: test.info().outputPath("staff-activities.png"), fullPage: true });
  await staff.goto(`/admin/records/${acme.id}`);
  await expect(staff.getByText(tag)).toBeVisible();
  await page.goto("/portal/acme/records");
  await expect(page.getByText(tag)).toBeVisible();
  await page.goto(`/portal/acme/records?date=${earlier}`);
  await expect(page.getByText(tag)).toHaveCount(0);

  // German, on a phone.
  await db.user.update({ where: { id: owner.id }, data: { language: "de" } });
  try {
    const phone = await browser.newContext({ viewport: PHONE });
    await signIn(phone, owner);
    const small = await phone.newPage();
    await small.goto(`/portal/acme/records?date=${earlier}`);
    await expect(
      small.getByRole("heading", { name: "Verzeichnis der Verarbeitungstätigkeiten", level: 1 }),
    ).toBeVisible();
    await look(small, "records-phone-de");
  } finally {
    await db.user.update({ where: { id: owner.id }, data: { language: owner.language } });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/portal/acme/records");
  await look(page, "records-desktop-en");

  // A Globex member: 404 on Acme's page and both downloads; Acme's MEMBER has no records.
  const strangerContext = await browser.newContext();
  await signIn(
    strangerContext,
    await makeUser({ memberships: [{ organizationId: globex.id, role: "OWNER" }] }),
  );
  const stranger = await strangerContext.newPage();
  for (const path of [
    "/portal/acme/records",
    `/portal/acme/records?date=${earlier}`,
    "/portal/acme/records/json",
    "/portal/acme/records/pdf",
    "/admin/records",
    "/admin/records/activities",
    `/admin/records/${acme.id}`,
    `/admin/records/${acme.id}/json`,
    "/admin/records/export",
  ]) {
    const answer = await stranger.request.get(path);
    expect(answer.status(), path).toBe(404);
    expect(await answer.text()).not.toContain(owner.email);
  }
  const memberContext = await browser.newContext();
  await signIn(memberContext, await makeUser({ memberships: [{ organizationId: acme.id, role: "MEMBER" }] }));
  const member = await memberContext.newPage();
  expect((await member.request.get("/portal/acme/records/json")).status()).toBe(403);
});
