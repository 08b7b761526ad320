// A deletion that waits for staff (issue 13; GDPR.md D4): an organisation's data is also in a MANUAL system
// (no connector). The deletion has started; the console's closures list says a manual system waits for staff;
// the closure's page shows each system's part; a SUPPORT agent sees it but has no form; a PRIVACY officer
// records what was done by hand, the closure job completes the deletion, and the certificate names them and
// their words. Checked at phone width, in Berlin time.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

test.use({ timezoneId: "Europe/Berlin" });

test("D4: a manual system's deletion is recorded by staff; the deletion then completes and the certificate names who recorded it", async ({
  page,
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(120_000);
  const org = await makeOrganization({ name: `Hooli Closing ${randomUUID().slice(0, 6)}` });
  const archive = await db.dataSystem.create({
    data: { key: `archive-${org.id.slice(-8)}`, name: "Paper archive", connector: "MANUAL" },
  });
  await db.organizationSystem.create({ data: { organizationId: org.id, dataSystemId: archive.id } });
  const now = Date.now();
  const closure = await db.accountClosure.create({
    data: {
      reference: `AC-${randomUUID().slice(0, 6).toUpperCase()}`,
      organizationId: org.id,
      organizationSlug: org.slug,
      organizationName: org.name,
      choice: "DELETION",
      status: "DELETING",
      requestedById: "seed",
      requestedByName: "Olivia Owner",
      requestedAt: new Date(now - 9 * 86_400_000),
      deleteAfter: new Date(now - 2 * 86_400_000),
      deleteBy: new Date(now + 81 * 86_400_000),
      startedAt: new Date(now - 60_000),
      owners: [],
      systems: {
        create: {
          dataSystemId: archive.id,
          systemKey: archive.key,
          systemName: archive.name,
          connector: "MANUAL",
          idempotencyKey: randomUUID(),
        },
      },
    },
  });
  await db.organization.update({
    where: { id: org.id },
    data: { closingSince: new Date(now - 9 * 86_400_000) },
  });

  // SUPPORT sees where it stands, with no form to record anything.
  const supportContext = await browser.newContext({ timezoneId: "Europe/Berlin" });
  await signIn(supportContext, await makeUser({ staffRoles: ["SUPPORT"] }));
  const support = await supportContext.newPage();
  await support.goto(`/admin/closures/${closure.id}`);
  await expect(support.getByTestId("closure-system-row")).toContainText("Waiting for staff");
  await expect(support.getByRole("form", { name: /Record the deletion/ })).toHaveCount(0);
  await supportContext.close();

  await signIn(page.context(), await makeUser({ staffRoles: ["PRIVACY"], name: "Petra Privacy" }));
  await page.goto("/admin/closures");
  const row = page.getByTestId("closure-row").filter({ hasText: closure.reference });
  await expect(row).toContainText("1 manual system waits for staff");
  await row.getByRole("link", { name: org.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(closure.reference);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("closure-detail-phone.png"), fullPage: true });
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
  await page.setViewportSize({ width: 1366, height: 900 });

  const form = page.getByRole("form", { name: "Record the deletion in Paper archive" });
  // The evidence is required: nothing is recorded without it.
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByLabel(/What was done/)).toHaveAttribute("aria-invalid", "true");
  expect(await db.accountClosureSystem.count({ where: { closureId: closure.id, status: "PENDING" } })).toBe(
    1,
  );
  await form.getByLabel("Records removed (optional)").fill("14");
  await form
    .getByLabel(/What was done/)
    .fill("Shredded the 14 signed order forms in the Berlin archive (protocol AR-2291).");
  await form.getByRole("button", { name: "Record" }).click();
  // The page shows the record at once (the form is gone: nothing waits for staff any more).
  await expect(page.getByTestId("closure-system-row")).toContainText("Recorded by Petra Privacy");
  await expect(form).toHaveCount(0);

  // The job completes the deletion; the certificate names who recorded it and what was done.
  await expect
    .poll(async () => (await db.accountClosure.findUniqueOrThrow({ where: { id: closure.id } })).status, {
      timeout: 60_000,
      intervals: [500],
    })
    .toBe("COMPLETED");
  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: /^Completed$/ })).toBeVisible();
  await expect(page.getByTestId("closure-system-row")).toContainText("Recorded by Petra Privacy");
  const response = await page.request.get(`/admin/closures/${closure.id}/certificate?format=json`);
  expect(response.status()).toBe(200);
  const envelope = JSON.parse(await response.text()) as { payload: string };
  const certificate = JSON.parse(Buffer.from(envelope.payload, "base64").toString("utf8"));
  expect(certificate.systems).toEqual([
    expect.objectContaining({
      key: archive.key,
      status: "DONE",
      records: 14,
      confirmedBy: "Petra Privacy",
      evidence: "Shredded the 14 signed order forms in the Berlin archive (protocol AR-2291).",
    }),
  ]);
  expect(await db.organization.count({ where: { id: org.id } })).toBe(0);
});
