// The public trust documents without a session: every kind in German and English, version facts and
// history, exact versions, the DPA page and its PDF, 404s for what does not exist.
import { PDFDocument } from "@pdfme/pdf-lib";
import { expect, test } from "../fixtures";

const GERMAN_PAGES = [
  { path: "/de/security", title: "Sicherheitsübersicht", text: "Verschlüsselung" },
  { path: "/de/toms", title: "Technische und organisatorische Maßnahmen", text: "Zugriffskontrolle" },
  { path: "/de/faq", title: "Häufig gestellte Fragen", text: "Wo werden unsere Daten gespeichert?" },
  { path: "/de/ai", title: "KI und Datennutzung", text: "Kundendaten" },
  { path: "/de/dpa", title: "Auftragsverarbeitungsvertrag", text: "Auftragsverarbeiter" },
  {
    path: "/de/business-continuity",
    title: "Geschäftskontinuität und Notfallwiederherstellung",
    text: "Wiederherstellung",
  },
];

test("every document kind has a German page with German content, without a session", async ({ page }) => {
  for (const { path, title, text } of GERMAN_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(title);
    await expect(page.locator("main"), path).toContainText(text);
    await expect(page.locator("main header").getByText(/^Version \d+$/), path).toBeVisible();
    await expect(
      page.locator("main header").getByText(/^gültig ab \d{1,2}\. \p{L}+ \d{4}$/u),
      path,
    ).toBeVisible();
    await expect(page.getByText("Noch keine Übersetzung"), path).toHaveCount(0);
    await expect(page.locator("main h1"), path).not.toHaveAttribute("lang", "en");
  }
});

test("English pages show version, effective date and a hash that expands to 64 hex digits", async ({
  page,
}) => {
  for (const path of [
    "/en/security",
    "/en/toms",
    "/en/faq",
    "/en/ai",
    "/en/dpa",
    "/en/business-continuity",
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
  await page.goto("/en/faq");
  await expect(page.getByText(/^Version \d+$/)).toBeVisible();
  await expect(page.getByText(/^effective \d{1,2} \w+ \d{4}$/)).toBeVisible();
  const summary = page.locator("details summary", { hasText: "SHA-256" });
  await expect(summary).toHaveText(/^SHA-256 [0-9a-f]{12}…$/);
  await summary.click();
  await expect(page.locator("details code").filter({ hasText: /^[0-9a-f]{64}$/ })).toBeVisible();
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]),
    );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ["en", "/en/faq"],
      ["de", "/de/faq"],
    ]),
  );
});

test("the TOMs history lists both seeded versions; an old version and a comparison can be opened", async ({
  page,
}) => {
  await page.goto("/de/toms/history");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Versionsverlauf: Technische und organisatorische Maßnahmen",
  );
  const table = page.getByRole("table", { name: "Veröffentlichte Versionen, neueste zuerst" });
  const row = (version: number) =>
    table
      .getByRole("row")
      .filter({ has: page.getByRole("cell", { name: `Version ${version}`, exact: true }) });
  await expect(row(1)).toHaveCount(1);
  await expect(row(2)).toHaveCount(1);
  await expect(row(1)).toContainText("Erste veröffentlichte Fassung.");
  await expect(table.locator("code").first()).toHaveText(/^[0-9a-f]{64}$/);

  await page.getByRole("link", { name: "Version 1 ansehen" }).click();
  await expect(page).toHaveURL(/\/de\/toms\/v\/1$/);
  await expect(
    page.getByRole("status").or(page.getByRole("alert")).filter({ hasText: "Nicht die aktuelle Version" }),
  ).toBeVisible();

  await page.goto("/de/toms/history");
  await page.getByRole("link", { name: "Version 2 mit Version 1 vergleichen" }).click();
  await expect(page).toHaveURL(/\/de\/toms\/diff\/1\/2$/);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    /^Änderungen von Version 1 \(.+\) zu Version 2 \(.+\)$/,
  );
  await expect(page.getByTestId("diff-summary")).toHaveText(
    /^\d+ Zeilen? hinzugefügt, \d+ Zeilen? entfernt\.$/,
  );
  await expect(page.locator("ins").first()).toBeVisible();
  await expect(page.locator("del").first()).toBeVisible();
});

test("the DPA page offers its PDF; /dpa/latest.pdf is a valid, paginated PDF carrying the text's hash", async ({
  page,
  request,
}) => {
  await page.goto("/en/dpa");
  const download = page.getByRole("link", { name: /^Download PDF \(version \d+\)$/ });
  await expect(download).toHaveAttribute("href", /^\/en\/dpa\/\d+\.pdf$/);
  await expect(page.getByRole("link", { name: "Permanent link to the latest version" })).toHaveAttribute(
    "href",
    "/en/dpa/latest.pdf",
  );
  await page.locator("details summary", { hasText: "SHA-256" }).click();
  const shownHash = await page
    .locator("details code")
    .filter({ hasText: /^[0-9a-f]{64}$/ })
    .textContent();

  const response = await request.get("/dpa/latest.pdf", { headers: { "Accept-Language": "en" } });
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/pdf",
    "x-content-type-options": "nosniff",
    "x-content-sha256": shownHash,
    "cache-control": "public, max-age=300",
  });
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="northwind-analytics-dpa-v\d+-en\.pdf"$/,
  );
  expect(response.headers()["etag"]).toMatch(/^"[0-9a-f]{64}"$/);
  const bytes = await response.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((await PDFDocument.load(bytes)).getPageCount()).toBeGreaterThanOrEqual(2);

  const numbered = await request.get((await download.getAttribute("href"))!);
  expect(numbered.status()).toBe(200);
  expect((await numbered.body()).equals(bytes)).toBe(true);

  const german = await request.get("/de/dpa/latest.pdf");
  expect(german.headers()["content-disposition"]).toMatch(/-de\.pdf"$/);
  expect((await request.get("/en/dpa/999.pdf")).status()).toBe(404);
  expect((await request.get("/en/dpa/latest.txt")).status()).toBe(400);
  expect((await request.get("/en/dpa/0.pdf")).status()).toBe(400);
  expect((await request.get("/en/dpa/history")).status()).toBe(200);
});

test("unknown documents, versions and comparisons answer 404", async ({ request }) => {
  for (const path of [
    "/en/no-such-document",
    "/de/no-such-document",
    "/en/toms/v/999",
    "/en/toms/v/abc",
    "/en/toms/diff/1/999",
    "/en/no-such-document/history",
    "/en/dpa/v/999",
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("an unprefixed address is served in the browser's language", async ({ browser }) => {
  const context = await browser.newContext({
    locale: "de-DE",
    extraHTTPHeaders: { "Accept-Language": "de-DE,de;q=0.9" },
  });
  const page = await context.newPage();
  expect((await page.goto("/faq"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Häufig gestellte Fragen");
  await context.close();
});
