// Issue 11 items 3 and 15 (GDPR.md B1, B4): a customer's breach notification page starts with the key
// facts — what happened, when the processor detected it and became aware, its contractual deadline (met
// or not) and the delivery to each address — in the customer's language and the browser's time zone,
// before anything the customer is asked to do; the portal banner counts every unacknowledged
// notification and lists the newest first.
import { randomUUID } from "node:crypto";
import { formatInstant } from "../../lib/i18n/format.ts";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test } from "../fixtures";

/** How many notifications the banner lists (BANNER_LIMIT in lib/incidents/notifications/banner.ts, server-only). */
const BANNER_LIMIT = 5;

test.describe("in German, in New York", () => {
  const ZONE = "America/New_York";
  test.use({ locale: "de-DE", timezoneId: ZONE });

  test("B1/B4: what happened, detection, awareness, the deadline and delivery come first, the forms below", async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    const tag = randomUUID().slice(0, 8);
    const org = await makeOrganization({ name: `Fakten Kunde ${tag}` });
    const officer = await makeUser({
      memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }],
    });
    const { incident, notifications } = await seedDeliveredBreach([org.id], {
      title: `Replikat offen ${tag}`,
      withOutbox: true,
    });
    const notification = notifications[0]!;
    await signIn(context, officer);
    await page.goto(`/portal/${org.slug}/breach-notifications/${notification.id}`);

    await expect(page.getByText(`Zeiten in Ihrer Zeitzone: ${ZONE}`)).toBeVisible();
    const facts = page.getByRole("region", { name: "Auf einen Blick" });
    await expect(facts).toContainText("Was ist passiert");
    await expect(facts).toContainText("Phase 2: a misconfigured replica was reachable from the internet.");
    await expect(facts).toContainText(/Entdeckt von/);
    await expect(facts).toContainText(formatInstant("de", incident.detectedAt, ZONE));
    await expect(facts).toContainText(formatInstant("de", incident.awareAt, ZONE));
    await expect(facts).toContainText(
      `36 Stunden ab Kenntnis, bis ${formatInstant("de", notification.deadlineAt, ZONE)}`,
    );
    await expect(facts).toContainText(
      `Zugestellt: Ein Mailserver hat die Meldung für Ihre Adressen angenommen am ${formatInstant("de", notification.firstDeliveredAt!, ZONE)}`,
    );
    await expect(page.getByTestId("notification-delivery").getByRole("listitem")).toContainText("zugestellt");

    // The facts sit above the phases and the forms, and are visible without scrolling.
    const factsTop = (await facts.boundingBox())!.y;
    for (const below of [
      page.getByRole("heading", { name: "Phase 1", exact: true }),
      page.getByRole("button", { name: "Diese Meldung bestätigen" }),
      page.getByRole("form", { name: "Ihre Meldung an die Aufsichtsbehörde" }),
    ])
      expect((await below.boundingBox())!.y).toBeGreaterThan(factsTop);
    await expect(facts).toBeInViewport();
  });
});

test("the banner counts every unacknowledged notification and lists the newest first", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Banner Customer ${tag}` });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const total = BANNER_LIMIT + 2;
  const incidents = [];
  for (let i = 0; i < total; i++) {
    const { incident } = await seedDeliveredBreach([org.id], {
      title: `Breach ${i + 1} ${tag}`,
      firstSentAt: new Date(Date.now() - (total - i) * 3_600_000),
    });
    incidents.push(incident);
  }
  const newest = incidents.at(-1)!;
  const oldest = incidents[0]!;
  await signIn(context, owner);

  await page.goto(`/portal/${org.slug}/members`);
  const banner = page.getByTestId("breach-banner");
  await expect(banner).toContainText(
    `${total} personal data breach notifications await your acknowledgement`,
  );
  await expect(banner).toContainText(`The newest ${BANNER_LIMIT} of ${total}:`);
  const listed = banner.getByRole("listitem");
  await expect(listed).toHaveCount(BANNER_LIMIT);
  await expect(listed.first()).toContainText(`${newest.reference}: ${newest.title}`);
  await expect(banner).not.toContainText(oldest.reference);
  await banner.getByRole("link", { name: `See all ${total} in Breach notifications` }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}/breach-notifications$`));
  await expect(page.getByRole("row").filter({ hasText: oldest.reference })).toBeVisible();
});
