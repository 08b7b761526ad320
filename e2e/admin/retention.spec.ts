// Retention and legal holds in the running product (issue 13; GDPR.md G1-G4; SECURITY.md S11, S12): a
// privacy staff member places a hold on one organisation, previews a shorter period for sent emails (the dry
// run counts what each organisation would lose and names the hold), saves it and runs the purge: the
// expired emails of the organisation without a hold are gone and the evidence row's hash matches their ids;
// the held organisation's emails are still there and the refusal is recorded with the hold. Releasing the
// hold purges them. Staff download the run's signed certificate (the provider's copy, with the held count):
// `npm run verify-certificate` accepts it with the published keys and refuses it after one changed byte. The
// owner of the first organisation reads its evidence in the portal, in German, and downloads the
// controller's copy of the same run, which verifies too; the other organisation's owner gets 404 for the
// page and the certificate. Rows are written relative to now, never at fixed dates.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { idsSha256 } from "../../lib/retention/evidence.ts";
import { expect, test } from "../fixtures";
import { checkCertificate } from "../fixtures/certificates";
import { placeHold, releaseHold } from "../fixtures/legal-holds";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

/** A full-page screenshot at phone and laptop width; `strict`: nothing may scroll sideways. */
async function look(page: Page, name: string, strict: boolean) {
  for (const [width, size] of [["phone", PHONE] as const, ["laptop", LAPTOP] as const]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    if (strict)
      expect(widths.page, `${name} at ${width} is ${widths.page} px wide`).toBeLessThanOrEqual(
        widths.viewport,
      );
  }
}

const DAY = 86_400_000;

async function sentEmail(organizationId: string, daysAgo: number) {
  const at = new Date(Date.now() - daysAgo * DAY);
  return db.outboxEmail.create({
    data: {
      idempotencyKey: `e2e-retention-${randomUUID()}`,
      organizationId,
      toAddress: "privacy@example.test",
      subject: "Old notice",
      textBody: "Old notice",
      status: "SENT",
      sentAt: at,
      createdAt: at,
    },
    select: { id: true },
  });
}

const remaining = async (emails: { id: string }[]) =>
  db.outboxEmail.count({ where: { id: { in: emails.map((e) => e.id) } } });

test("G1-G4: the dry run counts per organisation; the purge removes expired rows with matching evidence, keeps the held organisation's rows with the refusal recorded; the release purges them", async ({
  page,
  context,
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(150_000);
  const free = await makeOrganization({ name: `Initech ${randomUUID().slice(0, 6)}` });
  const held = await makeOrganization({ name: `Umbrella ${randomUUID().slice(0, 6)}` });
  const freeOld = [await sentEmail(free.id, 300), await sentEmail(free.id, 200)];
  const freeFresh = await sentEmail(free.id, 10);
  const heldOld = [await sentEmail(held.id, 300), await sentEmail(held.id, 250)];
  await signIn(context, await makeUser({ staffRoles: ["PRIVACY"] }));

  try {
    const reference = await placeHold(page, {
      scope: "ORGANIZATION",
      organizationName: held.name,
      reason: "Litigation hold, case 4 O 12/26",
    });

    await page.goto("/admin");
    await page.getByRole("link", { name: "Retention policies and purges" }).click();
    const form = page.getByRole("form", { name: "Retention of Sent emails" });
    await form.getByLabel("Period (days)").fill("120");
    await form.getByLabel("Customers may shorten to (days)").fill("30");
    await form.getByRole("button", { name: "Dry run" }).click();
    const preview = form.getByRole("table");
    await expect(preview.getByRole("row").filter({ hasText: free.name })).toContainText("2");
    const heldRow = preview.getByRole("row").filter({ hasText: held.name });
    await expect(heldRow).toContainText("2");
    await expect(heldRow).toContainText(`Kept by ${reference}`);
    expect(await remaining([...freeOld, ...heldOld])).toBe(4);

    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByText("Saved the period of Sent emails")).toBeVisible();
    const started = new Date();
    await page.getByRole("button", { name: "Run purge now" }).click();
    // Another spec may have queued a run a moment before (one waits at a time): either answer means a run comes.
    await expect(page.getByText(/A purge run (was queued|is already waiting)/)).toBeVisible();

    // The evidence commits with each batch; a finished category replaces it with one row per organisation,
    // in the transaction that writes the held organisation's row and refusal: wait for that one.
    await expect
      .poll(() => db.retentionRun.count({ where: { organizationId: held.id, held: { gt: 0 } } }), {
        timeout: 60_000,
        intervals: [500],
      })
      .toBe(1);
    const runsOf = (organizationId: string) =>
      db.retentionRun.count({ where: { organizationId, removed: { gt: 0 } } });
    await expect.poll(() => runsOf(free.id), { timeout: 30_000, intervals: [500] }).toBe(1);
    expect(await remaining(freeOld)).toBe(0);
    const evidence = await db.retentionRun.findFirstOrThrow({
      where: { organizationId: free.id, startedAt: { gte: new Date(started.getTime() - 5_000) } },
    });
    expect(evidence).toMatchObject({ category: "outbox-emails", removed: 2, periodDays: 120 });
    expect(evidence.idsSha256).toBe(idsSha256(freeOld.map((e) => e.id)));
    expect(await remaining([freeFresh])).toBe(1);
    expect(await remaining(heldOld)).toBe(2);
    const hold = await db.legalHold.findUniqueOrThrow({ where: { reference } });
    const refusal = await db.holdRefusal.findFirstOrThrow({ where: { holdId: hold.id } });
    expect(refusal).toMatchObject({
      path: "RETENTION_PURGE",
      targetId: `outbox-emails:${held.id}`,
      records: 2,
    });

    await page.reload();
    const evidenceRow = page.getByRole("row").filter({ hasText: evidence.idsSha256 });
    await expect(evidenceRow).toContainText(free.name);

    // Staff's certificate of the held organisation's run: the provider's copy states the rows the hold kept.
    const heldEvidence = await db.retentionRun.findFirstOrThrow({
      where: { organizationId: held.id, held: { gt: 0 } },
    });
    const heldLink = page.getByRole("link", {
      name: `Signed certificate (JSON): Sent emails, ${held.name}`,
    });
    await expect(heldLink.first()).toHaveAttribute(
      "href",
      `/admin/retention/runs/${heldEvidence.id}/certificate?format=json`,
    );
    const staffFile = await page.request.get(
      `/admin/retention/runs/${heldEvidence.id}/certificate?format=json`,
    );
    expect(staffFile.status()).toBe(200);
    const staffChecked = checkCertificate(Buffer.from(await staffFile.body()), staffFile.url());
    expect(staffChecked.valid.output).toContain("VALID: the signature matches");
    expect(staffChecked.valid.output).toContain(
      `Retention certificate ${heldEvidence.id} (schema 1, provider's copy)`,
    );
    expect(staffChecked.valid.output).toContain("Kept by a legal hold: 2");
    expect(staffChecked.valid.status).toBe(0);
    expect(staffChecked.changed.output).toContain("NOT VALID: the signature does not match");
    expect(staffChecked.changed.status).toBe(1);
    const staffPdf = await page.request.get(
      (await evidenceRow.getByRole("link", { name: /^Certificate \(PDF\)/ }).getAttribute("href"))!,
    );
    expect(staffPdf.headers()["content-type"]).toContain("application/pdf");
    await look(page, "retention-staff", false);
    await page.goto("/admin/legal-holds");
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Retention purge");

    await releaseHold(page, reference, "Case settled");
    await expect.poll(() => runsOf(held.id), { timeout: 30_000, intervals: [500] }).toBe(1);
    expect(await remaining(heldOld)).toBe(0);
    const after = await db.retentionRun.findFirstOrThrow({
      where: { organizationId: held.id, removed: { gt: 0 } },
    });
    expect(after.idsSha256).toBe(idsSha256(heldOld.map((e) => e.id)));

    // The customer's view, in German: their own evidence only, and its certificate (the controller's copy).
    const owner = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    await signIn(owner, await makeUser({ memberships: [{ organizationId: free.id, role: "OWNER" }] }));
    const ownerPage = await owner.newPage();
    await ownerPage.goto(`/portal/${free.slug}/retention`);
    await expect(ownerPage.getByRole("heading", { name: "Aufbewahrung", level: 1 })).toBeVisible();
    await expect(ownerPage.getByText(evidence.idsSha256)).toBeVisible();
    const certificateHref = `/portal/${free.slug}/retention/runs/${evidence.id}/certificate`;
    await expect(
      ownerPage.getByRole("link", { name: "Signierte Datei (JSON): Versendete E-Mails" }),
    ).toHaveAttribute("href", `${certificateHref}?format=json`);
    const [pdfDownload] = await Promise.all([
      ownerPage.waitForEvent("download"),
      ownerPage.getByRole("link", { name: "Zertifikat (PDF): Versendete E-Mails" }).click(),
    ]);
    expect(pdfDownload.suggestedFilename()).toBe(`retention-certificate-${evidence.id}.pdf`);
    const ownerFile = await ownerPage.request.get(`${certificateHref}?format=json`);
    const ownerChecked = checkCertificate(Buffer.from(await ownerFile.body()), ownerFile.url());
    expect(ownerChecked.valid.output).toContain(
      `Retention certificate ${evidence.id} (schema 1, controller's copy)`,
    );
    expect(ownerChecked.valid.output).toContain(`SHA-256 of the removed ids: ${evidence.idsSha256}`);
    expect(ownerChecked.valid.output).toContain("Kept by a legal hold: not stated in the controller's copy");
    expect(ownerChecked.valid.status).toBe(0);
    expect(ownerChecked.changed.status).toBe(1);
    // The download is a data access in the organisation's own audit log.
    await ownerPage.goto(`/portal/${free.slug}/audit`);
    await expect(ownerPage.getByRole("table")).toContainText("Zertifikat eines Löschlaufs heruntergeladen");
    await ownerPage.goto(`/portal/${free.slug}/retention`);
    await look(ownerPage, "retention-portal-de", true);

    const other = await browser.newContext();
    await signIn(other, await makeUser({ memberships: [{ organizationId: held.id, role: "OWNER" }] }));
    const refused = await other.request.get(`/portal/${free.slug}/retention`);
    expect(refused.status()).toBe(404);
    expect(await refused.text()).not.toContain(evidence.idsSha256);
    for (const path of [
      `${certificateHref}?format=json`,
      `/portal/${held.slug}/retention/runs/${evidence.id}/certificate?format=json`,
    ]) {
      const foreign = await other.request.get(path);
      expect(foreign.status(), path).toBe(404);
      expect(await foreign.text()).not.toContain(evidence.idsSha256);
    }
  } finally {
    // The shared database keeps the default period for the specs that follow.
    await db.retentionPolicy.deleteMany({ where: { category: "outbox-emails" } });
  }
});

test("S11: support staff have no retention or legal-hold pages; a privacy officer has no retention page", async ({
  page,
  context,
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  const anyRun = await db.retentionRun.create({
    data: {
      runId: randomUUID(),
      category: "sessions",
      periodDays: 30,
      cutoff: new Date(),
      selector: "Session expired before the cutoff",
      removed: 1,
      idsSha256: idsSha256(["x"]),
      startedAt: new Date(),
      finishedAt: new Date(),
    },
  });
  for (const path of [
    "/admin/retention",
    "/admin/legal-holds",
    `/admin/retention/runs/${anyRun.id}/certificate?format=json`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await db.retentionRun.delete({ where: { id: anyRun.id } });
  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "Legal holds" })).toHaveCount(0);

  const org = await makeOrganization();
  const officer = await browser.newContext();
  await signIn(
    officer,
    await makeUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] }),
  );
  const response = await officer.request.get(`/portal/${org.slug}/retention`);
  expect(response.status()).toBe(403);
});

test("an owner shortens the sent-email period for their organisation in German, within the provider's bounds; an admin of another organisation changes nothing there", async ({
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization();
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
  const page = await context.newPage();
  await page.goto(`/portal/${org.slug}/settings`);
  await page.getByRole("link", { name: "Aufbewahrungsfristen und Löschnachweise" }).click();
  await expect(page.getByRole("heading", { name: "Aufbewahrung", level: 1 })).toBeVisible();
  const form = page.getByRole("form", { name: "Versendete E-Mails" });
  const field = form.getByLabel("Ihre Frist (Tage)");
  await field.fill("10");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByText("Wählen Sie eine Frist zwischen")).toBeVisible();
  await field.fill("90");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByText("Gespeichert; der nächste Lauf wendet sie an.")).toBeVisible();
  expect(
    await db.retentionOverride.findUniqueOrThrow({
      where: { organizationId_category: { organizationId: org.id, category: "outbox-emails" } },
    }),
  ).toMatchObject({ periodDays: 90 });
  await page.reload();
  await expect(
    page.getByRole("form", { name: "Versendete E-Mails" }).getByLabel("Ihre Frist (Tage)"),
  ).toHaveValue("90");

  const other = await makeOrganization();
  const intruder = await browser.newContext();
  await signIn(intruder, await makeUser({ memberships: [{ organizationId: other.id, role: "ADMIN" }] }));
  const refused = await intruder.request.get(`/portal/${org.slug}/retention`);
  expect(refused.status()).toBe(404);
});
