// Issue 11 item 2 (GDPR.md B4; ADR 0016): a privacy officer whose browser is in Berlin records when they
// notified their supervisory authority. The form takes the time in the browser's zone and names it; a
// time before the notice reached the organisation is refused; the saved time is shown with the zone it
// was entered in, and the evidence pack names that zone.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { db } from "../../lib/db/client.ts";
import { formatInstant } from "../../lib/i18n/format.ts";
import type { EvidencePack } from "../../lib/incidents/evidence/evidence-data.ts";
import { utcToWallTime, wallTimeToUtc } from "../../lib/incidents/register/wall-time.ts";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test } from "../fixtures";
import { holdScripts } from "../fixtures/hold-scripts.ts";

const ZONE = "Europe/Berlin";
test.use({ timezoneId: ZONE });

test("B4: the authority time is entered in the browser's zone, refused before the notice arrived, and the evidence pack names the zone", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomBytes(4).toString("hex");
  const org = await makeOrganization({ name: `Authority Customer ${tag}` });
  const officer = await makeUser({
    name: `Petra Privacy ${tag}`,
    memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }],
  });
  // Delivered 26 hours ago (the fixture's mail server accepted it when it was sent).
  const deliveredAt = new Date(Math.floor((Date.now() - 26 * 3_600_000) / 60_000) * 60_000);
  const { notifications } = await seedDeliveredBreach([org.id], { firstSentAt: deliveredAt });
  const notificationId = notifications[0]!.id;
  await signIn(context, officer);
  await page.goto(`/portal/${org.slug}/breach-notifications/${notificationId}`);

  const form = page.getByRole("form", { name: "Your supervisory authority notification" });
  const when = form.getByLabel(`Authority notified at (${ZONE})`);
  await expect(when).toBeVisible();

  // Five days before the notice reached the organisation: refused, nothing saved.
  await when.fill(utcToWallTime(new Date(deliveredAt.getTime() - 5 * 86_400_000), ZONE));
  await form.getByLabel("Authority's reference").fill(`LDA-${tag}`);
  await form.getByRole("button", { name: "Save authority record" }).click();
  await expect(form.getByRole("alert")).toContainText(
    `Your authority cannot have been notified before this notification reached you (${formatInstant("en", deliveredAt, ZONE)}).`,
  );
  expect(
    (await db.incidentNotification.findUniqueOrThrow({ where: { id: notificationId } })).authorityNotifiedAt,
  ).toBeNull();

  // Two hours after it arrived, as the clock on the wall in Berlin read.
  const wallTime = utcToWallTime(new Date(deliveredAt.getTime() + 2 * 3_600_000), ZONE);
  await when.fill(wallTime);
  await form.getByLabel("Authority's reference").fill(`LDA-${tag}`);
  await form.getByRole("button", { name: "Save authority record" }).click();
  await expect(form.getByText("Your supervisory authority record was saved.")).toBeVisible();
  const stored = await db.incidentNotification.findUniqueOrThrow({ where: { id: notificationId } });
  expect(stored.authorityNotifiedAt).toEqual(wallTimeToUtc(wallTime, ZONE));
  expect(stored.authorityTimeZone).toBe(ZONE);
  await expect(page.getByText(`(entered in ${ZONE}), reference LDA-${tag}`)).toBeVisible();
  // The form shows the saved time again in the browser's zone.
  await expect(when).toHaveValue(wallTime);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Evidence pack (JSON)" }).click();
  const pack = JSON.parse(await readFile((await (await download).path())!, "utf8")) as EvidencePack;
  expect(pack.timeZone).toBe("UTC");
  expect(pack.authority).toMatchObject({
    notifiedAt: wallTimeToUtc(wallTime, ZONE)!.toISOString(),
    notifiedTimeZone: ZONE,
    reference: `LDA-${tag}`,
  });
});

test("item 16: a time typed before the scripts load is kept, moved to the browser's zone with its label, and saved as typed", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomBytes(4).toString("hex");
  const org = await makeOrganization({ name: `Early Typist ${tag}` });
  const officer = await makeUser({ memberships: [{ organizationId: org.id, role: "PRIVACY_OFFICER" }] });
  const deliveredAt = new Date(Math.floor((Date.now() - 26 * 3_600_000) / 60_000) * 60_000);
  const { notifications } = await seedDeliveredBreach([org.id], { firstSentAt: deliveredAt });
  await signIn(context, officer);

  const scripts = await holdScripts(page);
  await page.goto(`/portal/${org.slug}/breach-notifications/${notifications[0]!.id}`, {
    waitUntil: "domcontentloaded",
  });
  const form = page.getByRole("form", { name: "Your supervisory authority notification" });
  // Before the scripts run the page knows no zone but UTC, and says so.
  const instant = new Date(deliveredAt.getTime() + 3 * 3_600_000);
  await form.getByLabel("Authority notified at (UTC)").fill(utcToWallTime(instant, "UTC"));
  await form.getByLabel("Authority's reference").fill(`EARLY-${tag}`);

  await scripts.release();
  // The label now names the browser's zone, and the typed time shows the same instant in it.
  const when = form.getByLabel(`Authority notified at (${ZONE})`);
  await expect(when).toHaveValue(utcToWallTime(instant, ZONE));
  await expect(form.getByLabel("Authority's reference")).toHaveValue(`EARLY-${tag}`);
  await form.getByRole("button", { name: "Save authority record" }).click();
  await expect(form.getByText("Your supervisory authority record was saved.")).toBeVisible();
  const stored = await db.incidentNotification.findUniqueOrThrow({ where: { id: notifications[0]!.id } });
  expect(stored.authorityNotifiedAt).toEqual(instant);
  expect(stored.authorityReference).toBe(`EARLY-${tag}`);
});
