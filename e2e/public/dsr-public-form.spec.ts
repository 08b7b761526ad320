// The public form for data subjects (GDPR.md A7/A8): whatever company is named — a customer or one nobody
// knows — the answer is the same and says nothing about it; the German page answers in German.
import { randomUUID } from "node:crypto";
import { expect, test } from "../fixtures";

async function send(page: import("@playwright/test").Page, locale: "en" | "de", company: string) {
  const tag = randomUUID().slice(0, 8);
  await page.goto(`/${locale}/data-requests`);
  const en = locale === "en";
  await page.getByLabel(en ? "Your name" : "Ihr Name").fill("Erika Mustermann");
  await page.getByLabel(en ? "Your email address" : "Ihre E-Mail-Adresse").fill(`erika-${tag}@example.test`);
  await page
    .getByLabel(en ? "The company you are a customer of" : "Das Unternehmen, dessen Kunde Sie sind")
    .fill(company);
  await page.getByLabel(en ? "What are you asking for?" : "Worum bitten Sie?").selectOption("ERASURE");
  await page.getByRole("button", { name: en ? "Send" : "Senden" }).click();
  await expect(page.getByText(en ? /^Thank you, we received/ : /^Vielen Dank, wir haben/)).toBeVisible();
  await expect(page.locator("main form")).toHaveCount(0);
  return (await page.locator("main").innerText()).trim();
}

test("A8: the public form answers the same for a customer and for an unknown company, in English and German", async ({
  page,
}) => {
  const customer = await send(page, "en", "Acme Retail AG");
  const stranger = await send(page, "en", `Nonexistent Widgets ${randomUUID().slice(0, 6)} Ltd`);
  expect(customer).toContain("Thank you, we received your message");
  expect(stranger).toBe(customer);
  expect(customer).not.toContain("Acme");
  const german = await send(page, "de", "Acme Retail AG");
  expect(german).toContain("Vielen Dank, wir haben Ihre Nachricht erhalten");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/de/data-requests");
  await page.screenshot({ path: "test-results/dsr-public-form-de-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
