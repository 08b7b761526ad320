// Provider settings (ADMIN): a changed tagline shows on the public home page; invalid input is refused
// with a specific message and nothing is saved; other staff roles cannot open the page.
import { randomBytes } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

test("an admin changes the tagline and the public home page shows it", async ({
  page,
  context,
  browser,
  makeUser,
  signIn,
}) => {
  const tagline = `Analytics you can trust ${randomBytes(3).toString("hex")}`;
  await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { name: "Provider settings", level: 1 })).toBeVisible();
  await page.getByLabel("Tagline (English)").fill(tagline);
  await page.getByRole("button", { name: "Save provider settings" }).click();
  await expect(page.getByRole("status")).toContainText("Provider settings saved");

  const visitor = await (await browser.newContext()).newPage();
  await expect(async () => {
    await visitor.goto("/en");
    await expect(visitor.getByText(tagline)).toBeVisible();
  }).toPass({ timeout: 15_000 });

  const audit = await db.auditEvent.findFirst({
    where: { action: "provider.settings.updated" },
    orderBy: { createdAt: "desc" },
  });
  expect(JSON.stringify(audit?.metadata)).toContain(tagline);
});

test("invalid settings are refused field by field and nothing is saved", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const before = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
  await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));
  await page.goto("/admin/settings");
  await page.getByLabel("Breach-notification window (hours)").fill("96");
  await page.getByLabel("Brand colour").fill("#ffff00");
  await page.getByLabel("Vulnerability-disclosure policy URL").fill("http://insecure.example/policy");
  await page.getByRole("button", { name: "Save provider settings" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Please correct the highlighted fields.");
  await expect(page.getByText("must be at most 72")).toBeVisible();
  await expect(page.getByText("too light to read on white")).toBeVisible();
  await expect(page.getByText("Enter an https:// address")).toBeVisible();
  const after = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
  expect(after.defaultBreachNotificationHours).toBe(before.defaultBreachNotificationHours);
  expect(after.brandColor).toBe(before.brandColor);
});

test("content staff cannot open provider settings (403)", async ({ page, context, makeUser, signIn }) => {
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
  const response = await page.goto("/admin/settings");
  expect(response?.status()).toBe(403);
});
