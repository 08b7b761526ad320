// Retention and legal holds in the running product (issue 13; GDPR.md G1-G4; SECURITY.md S11, S12): a
// privacy staff member places a hold on one organisation, previews a shorter period for sent emails (the dry
// run counts what each organisation would lose and names the hold), saves it and runs the purge: the
// expired emails of the organisation without a hold are gone and the evidence row's hash matches their ids;
// the held organisation's emails are still there and the refusal is recorded with the hold. Releasing the
// hold purges them. The owner of the first organisation reads its evidence in the portal; the other
// organisation's owner gets 404 there. Rows are written relative to now, never at fixed dates.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { idsSha256 } from "../../lib/retention/evidence.ts";
import { expect, test } from "../fixtures";
import { placeHold, releaseHold } from "../fixtures/legal-holds";

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
  test.setTimeout(90_000);
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
    await expect(page.getByText("A purge run was queued")).toBeVisible();

    // The evidence commits with each batch; a finished category replaces it with one row per organisation,
    // in the transaction that writes the held organisation's row and refusal: wait for that one.
    await expect
      .poll(() => db.retentionRun.count({ where: { organizationId: held.id, held: { gt: 0 } } }), {
        timeout: 30_000,
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
    await expect(page.getByRole("row").filter({ hasText: evidence.idsSha256 })).toContainText(free.name);
    await page.goto("/admin/legal-holds");
    await expect(page.getByRole("row").filter({ hasText: reference })).toContainText("Retention purge");

    await releaseHold(page, reference, "Case settled");
    await expect.poll(() => runsOf(held.id), { timeout: 30_000, intervals: [500] }).toBe(1);
    expect(await remaining(heldOld)).toBe(0);
    const after = await db.retentionRun.findFirstOrThrow({
      where: { organizationId: held.id, removed: { gt: 0 } },
    });
    expect(after.idsSha256).toBe(idsSha256(heldOld.map((e) => e.id)));

    // The customer's view: their own evidence only.
    const owner = await browser.newContext();
    await signIn(owner, await makeUser({ memberships: [{ organizationId: free.id, role: "OWNER" }] }));
    const ownerPage = await owner.newPage();
    await ownerPage.goto(`/portal/${free.slug}/retention`);
    await expect(ownerPage.getByRole("heading", { name: "Retention", level: 1 })).toBeVisible();
    await expect(ownerPage.getByText(evidence.idsSha256)).toBeVisible();
    const other = await browser.newContext();
    await signIn(other, await makeUser({ memberships: [{ organizationId: held.id, role: "OWNER" }] }));
    const refused = await other.request.get(`/portal/${free.slug}/retention`);
    expect(refused.status()).toBe(404);
    expect(await refused.text()).not.toContain(evidence.idsSha256);
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
  for (const path of ["/admin/retention", "/admin/legal-holds"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
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
