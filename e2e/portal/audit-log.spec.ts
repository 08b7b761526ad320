// Issue 13, the customer's audit log: an auditor of Acme reads Acme's own log in German with the zone
// named, the provider's staff shown as such (no address, no network), another organisation's events
// nowhere; filters it by event type, downloads the CSV (content checked) and verifies the chain. A Globex
// member gets 404 for Acme's log and its export; Acme's privacy officer has no entry and is refused
// (403). Screenshots at phone and laptop width are kept with the test results.
import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { recordAudit } from "../../lib/audit/record.ts";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";
import { look } from "../fixtures/look";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

// A German browser; the auditor reads in New York (a zone neither UTC nor the browser's).
test.use({ locale: "de-DE", timezoneId: "Europe/Berlin" });

async function providerName(): Promise<string> {
  const row = await db.providerSettings.findUnique({ where: { id: "provider" } });
  return row?.displayName.trim() || "Trust Center";
}

test("an Acme auditor reads Acme's log in German with the zone, filters it, downloads the CSV and verifies it", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const acme = await makeOrganization({ name: `Acme ${tag} GmbH` });
  const globex = await makeOrganization({ name: `Globex ${tag} AG` });
  const owner = await makeUser({
    email: `owner-${tag}@acme.example`,
    memberships: [{ organizationId: acme.id, role: "OWNER" }],
  });
  const staff = await makeUser({ email: `support-${tag}@provider.example`, staffRoles: ["SUPPORT"] });
  const auditor = await makeUser({
    email: `auditor-${tag}@acme.example`,
    memberships: [{ organizationId: acme.id, role: "AUDITOR" }],
    timeZone: "America/New_York",
  });
  await db.user.update({ where: { id: auditor.id }, data: { language: "de" } });
  await recordAudit({
    organizationId: acme.id,
    actor: { userId: owner.id, label: owner.email },
    action: "org.breach_contacts.updated",
    request: { ip: "198.51.100.23", userAgent: "Mozilla/5.0 (Acme laptop)", requestId: null },
    metadata: { from: [], to: [`privacy-${tag}@acme.example`] },
  });
  await recordAudit({
    organizationId: acme.id,
    actor: { userId: staff.id, label: staff.email },
    action: "dsr.request.extended",
    request: { ip: "203.0.113.200", userAgent: "StaffBrowser/9", requestId: null },
    metadata: { reference: `DSR-${tag}`, previousDueAt: "a", newDueAt: "b", ground: "g", reason: "r" },
  });
  await recordAudit({
    organizationId: acme.id,
    actor: { userId: owner.id, label: owner.email },
    action: "breach.evidence.downloaded",
    request: { ip: "198.51.100.23", userAgent: "Mozilla/5.0 (Acme laptop)", requestId: null },
    metadata: { incidentId: `inc-${tag}`, format: "pdf", sha256: "0".repeat(64) },
  });
  await recordAudit({
    organizationId: globex.id,
    actor: { userId: null, label: `someone-${tag}@globex.example` },
    action: "org.security_policy.updated",
    metadata: {},
  });
  const provider = await providerName();
  await signIn(context, auditor);

  await page.setViewportSize(LAPTOP);
  await page.goto(`/portal/${acme.slug}`);
  await page
    .getByRole("navigation", { name: "Navigation: Kundenportal" })
    .getByRole("link", { name: "Audit-Protokoll" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/portal/${acme.slug}/audit$`));
  await expect(page.getByRole("heading", { name: "Audit-Protokoll", level: 1 })).toBeVisible();
  await expect(page.getByTestId("audit-summary")).toContainText("Zeiten in America/New_York.");
  const rows = page.getByRole("table").getByRole("row");
  const download = rows.filter({ hasText: "Nachweispaket heruntergeladen" });
  await expect(download).toContainText(owner.email);
  await expect(download).toContainText("198.51.100.23");
  await expect(download).toContainText(/GMT-5 \(New York\)|EST/);
  const extended = rows.filter({ hasText: "Gesetzliche Frist verlängert" });
  await expect(extended).toContainText(`Mitarbeitende von ${provider}`);
  await expect(extended).not.toContainText("203.0.113.200");
  const html = await page.content();
  for (const hidden of [staff.email, "203.0.113.200", "StaffBrowser", `someone-${tag}@globex.example`])
    expect(html).not.toContain(hidden);
  await look(page, "audit-de-laptop");
  await page.setViewportSize(PHONE);
  await look(page, "audit-de-phone");
  await page.setViewportSize(LAPTOP);

  // Filter by event type: the GET form puts it in the URL.
  const filters = page.getByRole("form", { name: "Ereignisse filtern" });
  await expect(filters.getByLabel("Von (America/New_York)")).toBeVisible();
  await filters.getByLabel("Ereignistyp").selectOption({ label: "Nachweispaket heruntergeladen" });
  await filters.getByRole("button", { name: "Ereignisse anzeigen" }).click();
  await expect(page).toHaveURL(/[?&]event=breach\.evidence\.downloaded/);
  await expect(page.getByTestId("audit-summary")).toHaveText(
    "1 Ereignis, das den Filtern entspricht, neueste zuerst. Zeiten in America/New_York.",
  );
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);

  // The provider's staff as one actor: their link filters their events.
  await page.goto(`/portal/${acme.slug}/audit`);
  await page.getByRole("link", { name: `Mitarbeitende von ${provider}` }).click();
  await expect(page).toHaveURL(/[?&]actor=provider-staff/);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expect(page.getByRole("table")).toContainText("Gesetzliche Frist verlängert");

  // The CSV of the filtered log.
  await page.goto(`/portal/${acme.slug}/audit?event=breach.evidence.downloaded`);
  const file = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV herunterladen" }).click();
  const csvFile = await file;
  expect(csvFile.suggestedFilename()).toMatch(/^audit-log-organisation-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await csvFile.path())!, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  expect(header).toBe(
    "seq,time_utc,actor,actor_user_id,event,action,target,target_type,target_id,ip,user_agent,request_id,metadata,prev_hash,hash",
  );
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(
      `^3,[^,]+Z,${owner.email},${owner.id},Nachweispaket heruntergeladen,breach\\.evidence\\.downloaded,`,
    ),
  );
  expect(csv).not.toContain(`someone-${tag}`);

  // Verify the whole log: intact; the download and the verification are in the log.
  await page.goto(`/portal/${acme.slug}/audit`);
  await page.getByRole("button", { name: "Gesamtes Protokoll prüfen" }).click();
  await expect(page.getByRole("form", { name: "Protokoll prüfen" })).toContainText(
    /Ereignisse geprüft: Das Protokoll ist bis Ereignis #4 intakt\./,
  );
  await page.reload();
  await expect(page.getByText(/Protokoll geprüft: alle 4 Ereignisse sind unverändert/)).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Audit-Protokoll exportiert");
  await expect(page.getByRole("table")).toContainText("Audit-Protokoll geprüft");
  await look(page, "audit-de-verified-laptop");
});

test("a Globex member gets 404 for Acme's log and its export; Acme's privacy officer has no entry and gets 403", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const acme = await makeOrganization({ name: `Acme ${randomUUID().slice(0, 8)} GmbH` });
  const globex = await makeOrganization();
  const globexMember = await makeUser({ memberships: [{ organizationId: globex.id, role: "MEMBER" }] });
  await signIn(context, globexMember);
  expect((await page.goto(`/portal/${acme.slug}/audit`))?.status()).toBe(404);
  const foreign = await page.request.get(`/portal/${acme.slug}/audit/export?format=csv`);
  expect(foreign.status()).toBe(404);
  expect(await foreign.text()).not.toContain("seq,time_utc");

  await context.clearCookies();
  const officer = await makeUser({ memberships: [{ organizationId: acme.id, role: "PRIVACY_OFFICER" }] });
  await signIn(context, officer);
  await page.goto(`/portal/${acme.slug}`);
  const nav = page.getByRole("navigation", { name: "Navigation: Kundenportal" });
  await expect(nav.getByRole("link", { name: "Anfragen" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Audit-Protokoll" })).toHaveCount(0);
  expect((await page.goto(`/portal/${acme.slug}/audit`))?.status()).toBe(403);
  const refused = await page.request.get(`/portal/${acme.slug}/audit/export?format=json`);
  expect(refused.status()).toBe(403);
  expect(await refused.text()).not.toContain('"events"');
});
