// A customer's side of a breach notification (GDPR.md B1, B3, B4, B8): the banner on every portal
// page while the notification awaits acknowledgement, both phases on the notification page, the
// acknowledgement (after which the banner is gone), and the evidence pack whose PDF names the SHA-256
// of the JSON file.
import { createHash, randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { seedDeliveredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test } from "../fixtures";

test("B1/B3/B4/B8: an owner sees the banner, reads both phases, acknowledges, and downloads the evidence pack", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Breach Customer ${tag}` });
  const owner = await makeUser({
    name: `Orla Owner ${tag}`,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });
  const { incident, notifications } = await seedDeliveredBreach([org.id], {
    title: `Replica exposure ${tag}`,
    withOutbox: true,
  });
  const notificationId = notifications[0]!.id;
  await signIn(context, owner);

  await page.goto(`/portal/${org.slug}/members`);
  const banner = page.getByTestId("breach-banner");
  await expect(banner).toContainText("awaits your acknowledgement");
  await banner.getByRole("link", { name: new RegExp(incident.reference) }).click();

  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}/breach-notifications/${notificationId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Replica exposure ${tag}`);
  await expect(page.getByRole("heading", { name: "Phase 1" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Phase 2" })).toBeVisible();
  await expect(page.getByText("Not yet known — will follow").first()).toBeVisible();
  await expect(page.getByText("Your 72-hour clock to your supervisory authority")).toBeVisible();

  await page.getByRole("button", { name: "Acknowledge this notification" }).click();
  await expect(page.getByText(`Acknowledged by Orla Owner ${tag}`)).toBeVisible();
  await expect(page.getByTestId("breach-banner")).toHaveCount(0);

  await page.goto(`/portal/${org.slug}/breach-notifications`);
  await expect(page.getByRole("row").filter({ hasText: incident.reference })).toContainText(
    `Acknowledged by Orla Owner ${tag}`,
  );
  await expect(page.getByTestId("breach-banner")).toHaveCount(0);

  await page.goto(`/portal/${org.slug}/breach-notifications/${notificationId}`);
  const jsonDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Evidence pack (JSON)" }).click();
  const jsonPath = await (await jsonDownload).path();
  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Evidence pack (PDF)" }).click();
  expect(await (await pdfDownload).path()).toBeTruthy();

  const json = await readFile(jsonPath);
  const pack = JSON.parse(json.toString("utf8")) as {
    phases: unknown[];
    acknowledgement: { by: string } | null;
    organization: { name: string };
  };
  expect(pack.phases).toHaveLength(2);
  expect(pack.acknowledgement?.by).toBe(`Orla Owner ${tag}`);
  expect(pack.organization.name).toBe(org.name);
  const pdf = await context.request.get(
    `/portal/${org.slug}/breach-notifications/${notificationId}/evidence.pdf`,
  );
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // The PDF's document information carries the same line it prints on page 1.
  expect((await pdf.body()).toString("latin1")).toContain(
    `SHA-256 of the JSON evidence file: ${createHash("sha256").update(json).digest("hex")}`,
  );
});
