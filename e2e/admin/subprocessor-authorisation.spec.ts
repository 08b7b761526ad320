// Subprocessor authorisation per customer in the browser (GDPR.md C1, C2; issue 14's must-show): privacy
// staff preview and announce a new subprocessor; Acme (general, 30 days), Globex (specific) and Initech
// (general) each get a notice by email and in the portal. Globex's view does not list it as authorised
// until Globex approves, nor in its records of processing (Art. 30(2)); Acme's privacy officer (German,
// Berlin, phone) sees the portal banner of notices awaiting an answer, objects with a reason → staff
// queue → resolution recorded; Initech stays silent and, with its window moved into the past ("clock
// advanced", as the account-closure spec does), the job records its deemed acceptance. A Globex member
// gets 404 and none of Acme's data on Acme's page.
import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { expect, latestEmailTo, test } from "../fixtures";
import { look } from "../fixtures/look";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

test.use({ timezoneId: "Europe/Berlin" });

/** Names of the subprocessors in the organisation's records of processing (the JSON download). */
async function recordedSubprocessors(page: Page, slug: string): Promise<string[]> {
  const response = await page.request.get(`/portal/${slug}/records/json`);
  expect(response.status()).toBe(200);
  const records = JSON.parse(await response.text()) as { subprocessors: { name: string }[] };
  return records.subprocessors.map((s) => s.name);
}

/**
 * The German banner counts the organisation's notices that await its answer (e2e has no SMTP, so no general
 * window has opened: every NOTIFIED addition counts), and is gone when none does. Retried: another spec may
 * announce a change meanwhile.
 */
async function expectBannerCount(banner: Locator, org: { id: string }) {
  await expect(async () => {
    const open = await db.subprocessorNotice.count({
      where: { organizationId: org.id, status: "NOTIFIED", change: { type: { not: "REMOVE" } } },
    });
    if (open === 0) await expect(banner).toHaveCount(0, { timeout: 1_000 });
    else
      await expect(banner).toContainText(
        open === 1
          ? "Eine Mitteilung zu Unterauftragsverarbeitern wartet auf Ihre Antwort"
          : `${open} Mitteilungen zu Unterauftragsverarbeitern warten auf Ihre Antwort`,
        { timeout: 1_000 },
      );
  }).toPass({ timeout: 10_000 });
}

/** Waits out the last seconds before midnight (UTC), so the server's today is the same when shown and sent. */
async function awayFromMidnight() {
  const untilMidnight = 86_400_000 - (Date.now() % 86_400_000);
  if (untilMidnight > 30_000) return;
  test.setTimeout(test.info().timeout + untilMidnight + 1_000);
  await new Promise((resolve) => setTimeout(resolve, untilMidnight + 1_000));
}

test("announce → per-customer notices; Globex approves, Acme objects and staff resolve, Initech is deemed to accept", async ({
  browser,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(180_000);
  const tag = randomUUID().slice(0, 8);
  const acme = await makeOrganization({ slug: `acme-${tag}`, name: `Acme Retail ${tag}` });
  const globex = await makeOrganization({
    slug: `globex-${tag}`,
    name: `Globex Health ${tag}`,
    subprocessorAuthorisation: "SPECIFIC",
  });
  const initech = await makeOrganization({ slug: `initech-${tag}`, name: `Initech Insurance ${tag}` });
  const acmePrivacy = await makeUser({
    email: `privacy.${tag}@acme.example`,
    memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }],
    timeZone: "Europe/Berlin",
  });
  await db.user.update({ where: { id: acmePrivacy.id }, data: { language: "de" } });
  const globexAdmin = await makeUser({ memberships: [{ organizationId: globex.id, role: "ADMIN" }] });
  const globexMember = await makeUser({ memberships: [{ organizationId: globex.id, role: "MEMBER" }] });
  const initechOwner = await makeUser({ memberships: [{ organizationId: initech.id, role: "OWNER" }] });
  const staffUser = await makeUser({ staffRoles: ["PRIVACY"] });

  // Staff preview the notice and its recipients, then announce (effective today: shorter notice, on purpose).
  const name = `Ticketdesk ${tag} Ltd`;
  const staffContext = await browser.newContext();
  await signIn(staffContext, staffUser);
  const staff = await staffContext.newPage();
  await staff.setViewportSize(LAPTOP);
  await awayFromMidnight();
  await staff.goto("/admin/trust/subprocessors");
  const form = staff.getByRole("form", { name: "Announce a change" });
  await form.getByLabel("Company name").fill(name);
  await form.getByLabel("Purpose (English)").fill("Support ticket hosting");
  await form.getByLabel("Data categories (English)").fill("Names\nEmail addresses");
  await form.getByLabel("Location").fill("Dublin");
  await form.getByLabel("Country code").fill("IE");
  await form.getByLabel("Transfer mechanism").fill("EU/EEA – no transfer");
  const effectiveDate = form.getByLabel("Effective date", { exact: true });
  await effectiveDate.fill((await effectiveDate.getAttribute("min"))!);
  await form.getByLabel(/Announce with shorter notice/).check();
  await expect(form.getByRole("button", { name: "Announce change and notify customers" })).toBeDisabled();
  await form.getByRole("button", { name: "Preview notice and recipients" }).click();
  const preview = form.getByRole("region", { name: "Preview before sending" });
  await expect(preview).toBeVisible();
  const acmeRow = preview.getByRole("row").filter({ hasText: acme.name });
  await expect(acmeRow).toContainText("General, 30 days");
  await expect(acmeRow).toContainText(acmePrivacy.email);
  await expect(preview.getByRole("row").filter({ hasText: globex.name })).toContainText("Specific");
  await expect(preview.getByTestId("notice-preview-de")).toContainText("Verarbeitungstätigkeit");
  await staff.setViewportSize(PHONE);
  await look(staff, "announce-preview-phone");
  await staff.setViewportSize(LAPTOP);
  await form.getByRole("button", { name: "Announce change and notify customers" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Change announced." })).toContainText(
    "customer organisations notified",
  );

  const change = await db.subprocessorChange.findFirstOrThrow({ where: { subprocessor: { name } } });
  const notices = await db.subprocessorNotice.findMany({
    where: { changeId: change.id, organizationId: { in: [acme.id, globex.id, initech.id] } },
  });
  const noticeOf = (org: { id: string }) => notices.find((n) => n.organizationId === org.id)!;
  // The window runs from delivery (C1); e2e runs without SMTP, so no email is accepted and none has opened.
  expect(noticeOf(acme)).toMatchObject({
    mode: "GENERAL",
    noticeDays: 30,
    deliveredAt: null,
    windowEndsAt: null,
  });
  expect(noticeOf(globex)).toMatchObject({ mode: "SPECIFIC", windowEndsAt: null });
  expect(noticeOf(initech)).toMatchObject({ mode: "GENERAL" });
  // (Other specs may announce changes meanwhile: Acme is notified of those too.)
  const german = await latestEmailTo(
    acmePrivacy.email,
    new RegExp(`Mitteilung zu Unterauftragsverarbeitern.*${tag}`),
  );
  expect(german!.text).toContain(name);
  expect(german!.text).toContain("Dublin");

  // Globex: listed as not authorised until Globex approves; a member reads, the admin answers.
  const globexContext = await browser.newContext();
  await signIn(globexContext, globexAdmin);
  const globexPage = await globexContext.newPage();
  await globexPage.goto(`/portal/${globex.slug}`);
  await globexPage
    .getByRole("navigation", { name: "Customer portal navigation" })
    .getByRole("link", { name: "Subprocessors" })
    .click();
  const applied = globexPage.getByRole("row").filter({ hasText: name });
  await expect(applied.getByTestId("applied-status")).toHaveText("Not authorised: awaiting your approval");
  // Art. 30(2): not in Globex's records of processing until Globex approves.
  expect(await recordedSubprocessors(globexPage, globex.slug)).not.toContain(name);
  // The attacker's view: Acme's page does not exist for a Globex admin.
  expect((await globexPage.goto(`/portal/${acme.slug}/subprocessors`))!.status()).toBe(404);
  await globexPage.goto(`/portal/${globex.slug}/subprocessors`);
  const globexAnswer = globexPage.getByRole("form", { name: `Answer the notice about ${name}` });
  await globexAnswer.getByRole("button", { name: "Approve" }).click();
  // The notice is answered: its form gives way to the answer in its history.
  await expect(globexPage.getByRole("region", { name: `New subprocessor: ${name}` })).toContainText(
    "Approved",
  );
  await expect(globexAnswer).toHaveCount(0);
  await expect(
    globexPage.getByRole("row").filter({ hasText: name }).getByTestId("applied-status"),
  ).toHaveText("Authorised");
  expect(await recordedSubprocessors(globexPage, globex.slug)).toContain(name);
  const memberContext = await browser.newContext();
  await signIn(memberContext, globexMember);
  const memberPage = await memberContext.newPage();
  await memberPage.goto(`/portal/${globex.slug}/subprocessors`);
  await expect(memberPage.getByTestId("subprocessor-notice").first()).toBeVisible();
  await expect(memberPage.getByRole("button", { name: "Object" })).toHaveCount(0);
  await memberContext.close();

  // Acme's privacy officer, in German on a phone in Berlin, objects with a reason.
  const acmeContext = await browser.newContext({ locale: "de-DE" });
  await signIn(acmeContext, acmePrivacy);
  const acmePage = await acmeContext.newPage();
  await acmePage.setViewportSize(PHONE);
  await acmePage.goto(`/portal/${acme.slug}/subprocessors`);
  await expect(acmePage.getByRole("heading", { name: "Unterauftragsverarbeiter", level: 1 })).toBeVisible();
  // Every portal page tells those who may answer how many notices await it (other specs may announce too).
  const banner = acmePage.getByTestId("subprocessor-notices-banner");
  await expect(banner).toBeVisible();
  await expectBannerCount(banner, acme);
  await expect(banner.getByRole("link", { name: "Mitteilungen lesen und beantworten" })).toHaveAttribute(
    "href",
    `/portal/${acme.slug}/subprocessors`,
  );
  await expect(acmePage.getByRole("row").filter({ hasText: name }).getByTestId("applied-status")).toHaveText(
    "Noch nicht genehmigt: Widerspruchsfrist läuft",
  );
  await expect(
    acmePage.getByRole("region", { name: `Neuer Unterauftragsverarbeiter: ${name}` }),
  ).toContainText("30 Tage nach Zugang unserer E-Mail");
  const reason = `Unser Betriebsrat hat ${tag} nicht zugestimmt.`;
  const acmeAnswer = acmePage.getByRole("form", { name: `Mitteilung zu ${name} beantworten` });
  await acmeAnswer.getByLabel("Begründung").fill(reason);
  await look(acmePage, "portal-subprocessors-de-phone");
  await acmeAnswer.getByRole("button", { name: "Widersprechen" }).click();
  await expect(acmeAnswer).toHaveCount(0);
  // Answered: the banner counts one notice fewer, or is gone with the last one.
  await expectBannerCount(banner, acme);
  await expect(
    acmePage.getByRole("region", { name: `Neuer Unterauftragsverarbeiter: ${name}` }),
  ).toContainText(reason);
  await look(acmePage, "portal-subprocessors-objected-de-phone");

  // Globex sees none of it.
  const globexHtml = await (await globexPage.request.get(`/portal/${globex.slug}/subprocessors`)).text();
  expect(globexHtml).not.toContain(reason);
  expect(globexHtml).not.toContain(acme.name);

  // Privacy staff are emailed, in English, the reason on one line, with the queue's link.
  const staffMail = await latestEmailTo(staffUser.email, new RegExp(`objects to subprocessor ${name}`));
  expect(staffMail!.text).toContain(`Reason, as the customer wrote it: “${reason}”`);
  expect(staffMail!.text).toContain("/admin/trust/subprocessors/objections");

  // Staff: the objections queue, linked from the subprocessors page; resolution recorded.
  await staff.goto("/admin/trust/subprocessors");
  await staff.getByRole("link", { name: "Objections", exact: true }).click();
  await expect(staff.getByRole("heading", { name: "Objections to subprocessors", level: 1 })).toBeVisible();
  const resolve = staff.getByRole("form", { name: `Resolve ${acme.name}'s objection to ${name}` });
  await expect(staff.getByRole("row").filter({ hasText: reason })).toBeVisible();
  await resolve.getByLabel("Outcome").selectOption({ label: "Resolved by an alternative" });
  await resolve.getByLabel("Note").fill("Acme's tickets stay on our own servers in Frankfurt.");
  await resolve.getByRole("button", { name: "Record resolution" }).click();
  // Resolved: the objection leaves the open list for the resolved one.
  await expect(resolve).toHaveCount(0);
  await expect(
    staff
      .getByRole("row")
      .filter({ hasText: acme.name })
      .filter({ hasText: name })
      .getByTestId("objection-outcome"),
  ).toHaveText("Resolved by an alternative");
  await staff.setViewportSize(PHONE);
  await look(staff, "objections-queue-phone");
  await staff.setViewportSize(LAPTOP);
  expect(await db.subprocessorNotice.findUniqueOrThrow({ where: { id: noticeOf(acme).id } })).toMatchObject({
    status: "OBJECTED",
    objectionOutcome: "ALTERNATIVE",
  });

  // Initech stays silent. Its notice was delivered and the window has passed since ("clock advanced"):
  // staff ask for the check (the job's own five-minute schedule may take it first; either way once).
  await db.subprocessorNotice.update({
    where: { id: noticeOf(initech).id },
    data: {
      deliveredAt: new Date(Date.now() - 30 * 86_400_000 - 60_000),
      windowEndsAt: new Date(Date.now() - 60_000),
    },
  });
  await staff.goto("/admin/trust/subprocessors/notices");
  await staff.getByRole("button", { name: "Check closed windows now" }).click();
  await expect(staff.getByText(/check of closed windows was queued|already waiting/)).toBeVisible();
  await expect
    .poll(
      async () =>
        (await db.subprocessorNotice.findUniqueOrThrow({ where: { id: noticeOf(initech).id } })).status,
      { timeout: 60_000, intervals: [1000] },
    )
    .toBe("DEEMED_ACCEPTED");
  await staff.reload();
  const initechRow = staff.getByRole("row").filter({ hasText: initech.name });
  await expect(initechRow).toContainText("Deemed accepted");
  await expect(staff.getByRole("row").filter({ hasText: acme.name })).toContainText("Objected");
  await expect(staff.getByRole("row").filter({ hasText: globex.name })).toContainText("Approved");
  await look(staff, "notice-matrix-laptop");
  // Staff pick the change and a state (GET filter); the CSV link carries it: an audited, uncached attachment
  // with Initech's row and not Acme's. SUPPORT staff get neither the page nor the file.
  const filters = staff.getByRole("form", { name: "Filter the notices" });
  await filters.getByLabel("Change").selectOption(change.id);
  await filters.getByLabel("State").selectOption("deemed_accepted");
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(staff).toHaveURL(/state=deemed_accepted/);
  await expect(staff.getByRole("row").filter({ hasText: initech.name })).toContainText("Deemed accepted");
  await expect(staff.getByRole("row").filter({ hasText: acme.name })).toHaveCount(0);
  await staff.setViewportSize(PHONE);
  await look(staff, "notice-matrix-filtered-phone");
  await staff.setViewportSize(LAPTOP);
  const csvPath = (await filters.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!;
  expect(csvPath).toContain(`change=${change.id}`);
  const csv = await staff.request.get(csvPath);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(csv.headers()["cache-control"]).toContain("no-store");
  const csvText = await csv.text();
  expect(csvText).toContain(`,${initech.slug},GENERAL,30,deemed_accepted,`);
  expect(csvText).not.toContain(`,${acme.slug},`);
  await expect(
    db.auditEvent.count({ where: { action: "subprocessor.notices.exported", actorUserId: staffUser.id } }),
  ).resolves.toBe(1);
  expect((await staff.request.get(`${csvPath.split("?")[0]}?state=lost`)).status()).toBe(400);
  await staff.goto("/admin/trust/subprocessors/notices?state=lost");
  await expect(
    staff
      .getByRole("alert")
      .filter({ hasText: "This filter cannot be used: the state is not one of the list" }),
  ).toBeVisible();
  const supportContext = await browser.newContext();
  await signIn(supportContext, await makeUser({ staffRoles: ["SUPPORT"] }));
  expect((await supportContext.request.get(csvPath)).status()).toBe(403);
  await supportContext.close();
  const initechPage = await (async () => {
    const context = await browser.newContext();
    await signIn(context, initechOwner);
    return context.newPage();
  })();
  await initechPage.goto(`/portal/${initech.slug}/subprocessors`);
  await expect(
    initechPage.getByRole("row").filter({ hasText: name }).getByTestId("applied-status"),
  ).toHaveText("Authorised");
  await expect(initechPage.getByRole("region", { name: `New subprocessor: ${name}` })).toContainText(
    "Deemed accepted",
  );
  await staffContext.close();
  await globexContext.close();
  await acmeContext.close();
});
