// Each language of the trust center speaks its own language (issue 11, item 5): the English updates
// page, home page and Atom feed show English entries and the German ones German entries (an English
// change not yet translated is shown to German readers marked as such); German pages name the GDPR, the
// provider's country and the subprocessor notes in German. When the English text of a document gains a
// version, staff and German readers are told since which version the translation lags.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

test.describe.configure({ timeout: 90_000 });

/** The entries of the updates list on the page (titles with their badges). */
const entries = (page: Page) => page.getByRole("main").getByRole("article");

test("English pages and the English feed show English updates; German ones German updates", async ({
  page,
  request,
}) => {
  await page.goto("/en/updates");
  await expect(entries(page).first()).toBeVisible();
  await expect(page.getByRole("main")).toContainText("published (English)");
  await expect(page.getByRole("main")).not.toContainText("(German)");
  await expect(page.getByRole("main")).not.toContainText("veröffentlicht");

  await page.goto("/de/updates");
  await expect(page.getByRole("main")).toContainText("veröffentlicht (Deutsch)");
  await expect(page.getByRole("main")).not.toContainText("published (");
  // An English version not yet translated is shown, marked: never an unmarked English entry.
  const english = entries(page).filter({ hasText: "(Englisch)" });
  await expect(english.filter({ hasNotText: "Nur auf Englisch" })).toHaveCount(0);

  await page.goto("/en");
  const latest = page.getByRole("region", { name: "Latest updates" });
  await expect(latest).toContainText("published (English)");
  await expect(latest).not.toContainText("(German)");

  const feed = await (await request.get("/updates.atom")).text();
  expect(feed).toContain("published (English)");
  expect(feed).not.toContain("(German)");
  expect(feed).not.toContain("veröffentlicht");
  const german = await (await request.get("/updates.atom?lang=de")).text();
  expect(german).toContain("veröffentlicht (Deutsch)");
  expect(german).not.toContain("published (");
});

test("German pages name the GDPR, the provider's country and subprocessor notes in German", async ({
  page,
}) => {
  await page.goto("/de/compliance");
  await expect(page.getByRole("main")).toContainText("DSGVO (Verordnung (EU) 2016/679)");
  await expect(page.getByRole("main")).not.toContainText("GDPR (Regulation");
  await expect(page.getByRole("contentinfo")).toContainText("Deutschland");
  await expect(page.getByRole("contentinfo")).not.toContainText("Germany");

  await page.goto("/de/subprocessors");
  await expect(page.getByRole("main")).toContainText("Wir verlagern den Versand transaktionaler E-Mails");
  await expect(page.getByRole("main")).not.toContainText("We are moving transactional email");

  await page.goto("/en/compliance");
  await expect(page.getByRole("main")).toContainText("GDPR (Regulation (EU) 2016/679)");
  await expect(page.getByRole("contentinfo")).toContainText("Germany");
});

async function publish(page: Page, changelog: string) {
  const button = page.getByRole("button", { name: /^Publish version \d+$/ });
  await page.getByLabel("What changed").fill(changelog);
  await button.click();
  await expect(page.getByText(/^Published version \d+ \(SHA-256 [0-9a-f]{12}…\)\.$/)).toBeVisible();
}

test("a new English version: staff see the German translation out of date since it, German readers are told", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const slug = `e2e-lag-${randomUUID().slice(0, 8)}`;
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));

  await page.goto("/admin/trust/policies");
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("English title").fill("Backup drills");
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/trust/policies/${slug}/en$`));
  await page.getByLabel("Text (Markdown)").fill("## Drills\n\nWe restore a backup every month.\n");
  await publish(page, "First version.");

  await page.goto(`/admin/trust/policies/${slug}/de`);
  await page.getByLabel("Title").fill("Wiederherstellungsübungen");
  await page
    .getByLabel("Text (Markdown)")
    .fill("## Übungen\n\nWir stellen monatlich eine Sicherung wieder her.\n");
  await publish(page, "Erste Fassung.");

  const row = () => page.getByRole("row").filter({ hasText: `/${slug}` });
  await page.goto("/admin/trust/policies");
  await expect(row().getByText(/^Translation out of date/)).toHaveCount(0);

  await page.goto(`/admin/trust/policies/${slug}/en`);
  await page
    .getByLabel("Text (Markdown)")
    .fill("## Drills\n\nWe restore a backup every week.\n\nThe board sees the results.\n");
  await publish(page, "Weekly drills.");

  await page.goto("/admin/trust/policies");
  await expect(row().getByText("Translation out of date since version 2", { exact: true })).toHaveCount(1);
  await expect(row().getByText("Published, no draft changes")).toHaveCount(2);
  await page.goto(`/admin/trust/policies/${slug}/de`);
  await expect(
    page.getByRole("status").filter({ hasText: "Translation out of date since version 2" }),
  ).toBeVisible();

  await expect(async () => {
    await page.goto(`/de/${slug}`);
    await expect(page.getByText("Übersetzung veraltet seit Version 2")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wiederherstellungsübungen");

  // The updates: English readers see both English versions; German readers their version and the
  // untranslated English one, marked.
  await expect(async () => {
    await page.goto("/de/updates");
    const lagging = entries(page).filter({
      hasText: "Wiederherstellungsübungen: Version 2 veröffentlicht (Englisch)",
    });
    await expect(lagging).toContainText("Nur auf Englisch", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(
    entries(page).filter({ hasText: "Wiederherstellungsübungen: Version 1 veröffentlicht (Deutsch)" }),
  ).toHaveCount(1);
  await page.goto("/en/updates");
  await expect(entries(page).filter({ hasText: "Wiederherstellungsübungen" })).toHaveCount(0);
  await expect(entries(page).filter({ hasText: "Backup drills: version 2 published (English)" })).toHaveCount(
    1,
  );
});
