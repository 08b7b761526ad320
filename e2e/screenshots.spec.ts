// The README's screenshots (docs/screenshots/), taken from the demo seed: not part of the normal run.
//   SCREENSHOTS=1 npm run test:e2e -- e2e/screenshots.spec.ts
import type { Page } from "@playwright/test";
import { db } from "../lib/db/client.ts";
import { expect, test } from "./fixtures";

test.skip(!process.env.SCREENSHOTS, "only with SCREENSHOTS=1");
test.use({ timezoneId: "Europe/Berlin" });

const SIZES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };

async function shoot(page: Page, name: string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.reload();
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: `docs/screenshots/${name}-${size}.png` });
  }
}

async function demoUser(email: string) {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
}

test("the public subprocessor page", async ({ page }) => {
  await page.goto("/en/subprocessors");
  await shoot(page, "public-subprocessors");
});

test("the incident register", async ({ page, context, signIn }) => {
  await signIn(context, await demoUser("admin@northwind.example"));
  await page.goto("/admin/incidents");
  await shoot(page, "incident-register");
});

test("a breach notification in the customer portal", async ({ page, context, signIn }) => {
  await signIn(context, await demoUser("owner@globex.example"));
  await page.goto("/portal/globex/breach-notifications");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/breach-notifications\/[^/]+$/);
  await shoot(page, "portal-breach-notification");
});
