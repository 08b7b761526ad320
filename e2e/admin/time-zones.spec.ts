// Issue 11 item 6: every person reads and enters times in their own time zone, named on the page. A staff
// member in Berlin sees the register and an incident in Berlin time (CET before the spring change, CEST
// after it) and records one in Berlin wall time, with no ?tz= anywhere. A customer whose browser is in New
// York gets that zone stored at their first signed-in page and reads the portal in it; they choose another
// zone under Your account, and their next security email is written in it. Fixed instants only: nothing
// here depends on today's date.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { formatInstant } from "../../lib/i18n/format.ts";
import { createDeclaredBreach, seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, latestEmailTo, test } from "../fixtures";

const SHOTS = process.env.TIME_ZONE_SHOTS;

/** Phone and desktop screenshots for looking at the pages (set TIME_ZONE_SHOTS=<folder>). */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [label, size] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1366, height: 900 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: true });
  }
}

test.describe("a staff member in Berlin", () => {
  const ZONE = "Europe/Berlin";
  // The browser is elsewhere: the stored preference decides, not the browser.
  test.use({ timezoneId: "Asia/Tokyo" });

  test("sees and enters Berlin times on the incident pages, CET and CEST named, without ?tz=", async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    test.slow();
    const tag = randomUUID().slice(0, 8);
    const org = await makeOrganization({ name: `Zeitzonen Kunde ${tag}`, breachNotificationHours: 36 });
    // Aware 13:00 CET on 28 March 2026; 36 hours later the clocks have gone forward: 02:00 CEST on the 30th.
    const awareAt = new Date("2026-03-28T12:00:00Z");
    const incident = await createDeclaredBreach({
      organizationIds: [org.id],
      awareAt,
      title: `Berlin breach ${tag}`,
    });
    const deadline = new Date("2026-03-30T00:00:00Z");
    expect(formatInstant("en", awareAt, ZONE)).toBe("28 March 2026, 13:00 CET");
    expect(formatInstant("en", deadline, ZONE)).toBe("30 March 2026, 02:00 CEST");
    await signIn(context, await makeUser({ staffRoles: ["SECURITY"], timeZone: ZONE }));

    await page.goto("/admin/incidents");
    await expect(page.getByTestId("times-in")).toHaveText(`Times in ${ZONE} (your time zone).`);
    const row = page.getByRole("row").filter({ hasText: incident.reference });
    await expect(row).toContainText("28 March 2026, 13:00 CET");
    await expect(row).toContainText("30 March 2026, 02:00 CEST");
    await expect(page.locator('a[href*="tz="]')).toHaveCount(0);
    await expect(page.getByText("?tz=")).toHaveCount(0);

    await row.getByRole("link", { name: incident.reference }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/incidents/${incident.id}$`));
    await expect(page.getByRole("region", { name: "Incident", exact: true })).toContainText(
      "28 March 2026, 13:00 CET",
    );
    await expect(page.getByRole("row").filter({ hasText: org.name }).first()).toContainText(
      "30 March 2026, 02:00 CEST",
    );
    // The edit form shows the stored awareness as Berlin wall time, and says so.
    const edit = page.getByRole("form", { name: "Edit incident" });
    await expect(edit.getByLabel(`Became aware at (${ZONE})`)).toHaveValue("2026-03-28T13:00");
    await expect(page.locator('a[href*="tz="]')).toHaveCount(0);
    await shoot(page, "incident-berlin");

    // A new incident entered in Berlin wall time across the spring change: 23:30 CET, then 03:30 CEST.
    await page.goto("/admin/incidents/new");
    const form = page.getByRole("form", { name: "Record an incident" });
    const title = `Night shift finding ${tag}`;
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("What happened").fill("A support export was readable without signing in.");
    await form.getByLabel(`Detected at (${ZONE})`).fill("2026-03-28T23:30");
    await form.getByLabel(`Became aware at (${ZONE})`).fill("2026-03-29T03:30");
    await form.getByLabel("Contact details (name, email, phone, address)").check();
    await form.getByRole("button", { name: "Record incident" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    const stored = await db.incident.findFirstOrThrow({
      where: { title },
      select: { detectedAt: true, awareAt: true },
    });
    expect(stored.detectedAt.toISOString()).toBe("2026-03-28T22:30:00.000Z");
    expect(stored.awareAt.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    const shown = page.getByRole("region", { name: "Incident", exact: true });
    await expect(shown).toContainText("28 March 2026, 23:30 CET");
    await expect(shown).toContainText("29 March 2026, 03:30 CEST");
  });
});

test.describe("a customer whose browser is in New York", () => {
  const ZONE = "America/New_York";
  test.use({ timezoneId: ZONE });

  test("gets that zone at the first sign-in, reads the portal in it, and can choose another", async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    test.slow();
    const tag = randomUUID().slice(0, 8);
    // The organisation reads in Berlin by default; the person has not chosen a zone yet.
    const org = await makeOrganization({
      name: `New York Customer ${tag}`,
      defaultTimeZone: "Europe/Berlin",
    });
    const officer = await makeUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
    const { incident, notifications } = await seedDeliveredBreach([org.id], {
      title: `Replica exposed ${tag}`,
      firstSentAt: new Date("2026-01-15T14:00:00Z"),
    });
    expect(formatInstant("en", incident.awareAt, ZONE)).toBe("15 January 2026, 08:00 GMT-5 (New York)");
    await signIn(context, officer);

    await page.goto(`/portal/${org.slug}/breach-notifications/${notifications[0]!.id}`);
    await expect
      .poll(async () => (await db.user.findUniqueOrThrow({ where: { id: officer.id } })).timeZone)
      .toBe(ZONE);
    await expect(page.getByText(`Times in your time zone: ${ZONE}`)).toBeVisible();
    const facts = page.getByRole("region", { name: "At a glance" });
    await expect(facts).toContainText(formatInstant("en", incident.awareAt, ZONE));
    await expect(facts).toContainText(formatInstant("en", notifications[0]!.deadlineAt, ZONE));
    await expect(
      page
        .getByRole("form", { name: "Your supervisory authority notification" })
        .getByLabel(`Authority notified at (${ZONE})`),
    ).toBeVisible();
    await shoot(page, "portal-new-york");
    const stored = await db.auditEvent.findFirstOrThrow({
      where: { action: "account.time_zone.changed", targetId: officer.id },
    });
    expect(stored.metadata).toEqual({ from: null, to: ZONE, source: "browser" });

    // Your account: the zone is shown and can be changed; the portal follows.
    await page.goto("/account");
    const choice = page.getByRole("form", { name: "Time zone" });
    await expect(choice.getByLabel("Time zone")).toHaveValue(ZONE);
    await choice.getByLabel("Time zone").selectOption("Asia/Tokyo");
    await choice.getByRole("button", { name: "Save time zone" }).click();
    await expect(choice.getByRole("status")).toContainText(
      "now shown, and read when you enter them, in Asia/Tokyo",
    );
    await expect(choice.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await page.reload();
    await expect(page.getByRole("form", { name: "Time zone" }).getByLabel("Time zone")).toHaveValue(
      "Asia/Tokyo",
    );
    await shoot(page, "account-time-zone");
    await page.goto(`/portal/${org.slug}/breach-notifications/${notifications[0]!.id}`);
    await expect(page.getByRole("region", { name: "At a glance" })).toContainText(
      formatInstant("en", incident.awareAt, "Asia/Tokyo"),
    );

    // An email to them names the zone: the security notice of a password change, written in Tokyo time.
    await page.goto("/account");
    const password = page.getByRole("form", { name: "Change password" });
    await password.getByLabel("Current password").fill(officer.password);
    await password.getByLabel("New password").fill(`harbour ${tag} lantern`);
    await password.getByRole("button", { name: "Change password" }).click();
    await expect(password.getByRole("status")).toContainText("Your password was changed.");
    await expect
      .poll(async () => (await latestEmailTo(officer.email, /password was changed/))?.text ?? "")
      .toMatch(/When: \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} GMT\+9 \(Tokyo\)/);
  });
});
