// The public trust center's front door: the home page without a session in English and German, and
// every public route of the issue answering 200 to an anonymous visitor.
import { expect, test } from "../fixtures";

const PUBLIC_ROUTES = [
  "/",
  "/security",
  "/toms",
  "/faq",
  "/ai",
  "/dpa",
  "/subprocessors",
  "/compliance",
  "/documents",
  "/updates",
  "/updates.atom",
  "/subprocessors.json",
  "/subprocessors.csv",
  "/dpa/latest.pdf",
  "/.well-known/security.txt",
];

test("the home page shows the provider and its highlights in English without a session", async ({ page }) => {
  const response = await page.goto("/en");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northwind Analytics");
  const highlights = page.getByRole("list").filter({ hasText: "Encryption at rest and in transit" });
  await expect(highlights.getByText(/^Data location: .+/)).toBeVisible();
  await expect(highlights.getByText("MFA and single sign-on", { exact: true })).toBeVisible();
  await expect(highlights.getByText(/^Breach notice within \d+ hours$/)).toBeVisible();
  for (const section of [
    "Security overview",
    "Technical and organisational measures",
    "FAQ",
    "AI and data use",
    "Data processing agreement",
    "Subprocessors",
    "Compliance roadmap",
    "Documents",
    "Updates",
  ]) {
    await expect(
      page
        .getByRole("main")
        .getByRole("link", { name: new RegExp(`^${section}`) })
        .first(),
      section,
    ).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Compliance roadmap", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Latest updates", level: 2 })).toBeVisible();
  const disclosure = page.getByRole("region", { name: "Vulnerability disclosure" });
  await expect(disclosure.getByRole("link", { name: /@/ })).toHaveAttribute("href", /^mailto:.+@.+/);
  await expect(disclosure.getByRole("link", { name: "/.well-known/security.txt" })).toHaveAttribute(
    "href",
    "/.well-known/security.txt",
  );
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/updates\.atom$/,
  );
});

test("a German browser gets the German home page on / (Accept-Language)", async ({ browser }) => {
  // Chromium sends Accept-Language from the context's locale.
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Northwind Analytics");
  await expect(
    page.getByText("Verschlüsselung bei Speicherung und Übertragung", { exact: true }),
  ).toBeVisible();
  await expect(page.getByText("MFA und Single Sign-on", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Meldung von Datenpannen innerhalb von \d+ Stunden$/)).toBeVisible();
  await expect(page.getByText(/^Datenstandort: .+/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Meldung von Schwachstellen" })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/updates\.atom\?lang=de$/,
  );
  await context.close();
});

test("every public route of the trust center answers 200 without a session", async ({ request }) => {
  for (const path of PUBLIC_ROUTES) {
    const response = await request.get(path, { headers: { "Accept-Language": "en" } });
    expect(response.status(), path).toBe(200);
  }
});

test("health reports the database and job queue (GET /api/health)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", db: "ok", jobs: "ok" });
});
