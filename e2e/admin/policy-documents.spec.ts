// Staff write and publish trust documents: live preview while typing, a new TOMs version that the
// public page, its history and its comparison show at once, a custom page shown in English to German
// visitors until translated, and the refusal of an unchanged text.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/** Reloads a prerendered public page until it shows the change (the publish marks it stale; it is re-rendered on a visit). */
async function eventually(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 15_000 });
}

async function publish(page: Page, changelog: string): Promise<number> {
  const button = page.getByRole("button", { name: /^Publish version \d+$/ });
  const version = Number((await button.textContent())!.match(/\d+/)![0]);
  await page.getByLabel("What changed").fill(changelog);
  await button.click();
  await expect(
    page.getByText(new RegExp(`^Published version ${version} \\(SHA-256 [0-9a-f]{12}…\\)\\.$`)),
  ).toBeVisible();
  return version;
}

test("content staff publish a new TOMs version: public page, history and comparison show it", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const sentence = `Staff complete a security awareness refresher ${randomUUID().slice(0, 8)} every quarter.`;
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
  // The public page is rendered and cached before the publish: publishing must revalidate it.
  await page.goto("/en/toms");
  await expect(page.locator("main")).not.toContainText(sentence);

  await page.goto("/admin/trust/policies");
  const row = page.getByRole("row").filter({ hasText: "/toms" });
  await row.getByRole("link", { name: "Edit English version of /toms" }).click();
  await expect(page).toHaveURL(/\/admin\/trust\/policies\/toms\/en$/);

  const body = page.getByLabel("Text (Markdown)");
  const preview = page.getByTestId("live-preview");
  await expect(preview).toContainText("Scope");
  await body.fill(`${(await body.inputValue()).trimEnd()}\n\n${sentence}\n`);
  await expect(preview).toContainText(sentence); // live preview, before anything is saved
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  const version = await publish(page, `Added the quarterly awareness refresher (${sentence.slice(-20)})`);
  expect(version).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole("table", { name: /Published versions/ }).getByRole("row")).toHaveCount(
    version + 1,
  );

  await eventually(page, "/en/toms", async () => {
    await expect(page.locator("main")).toContainText(sentence, { timeout: 1000 });
    await expect(page.getByText(`Version ${version}`, { exact: true })).toBeVisible({ timeout: 1000 });
  });

  const history = page.getByRole("table", { name: "Published versions, newest first" });
  await eventually(page, "/en/toms/history", async () => {
    await expect(history.getByRole("row"), "every version and the header row").toHaveCount(version + 1, {
      timeout: 1000,
    });
  });
  for (let n = 1; n <= version; n++)
    await expect(history.getByRole("cell", { name: `Version ${n}`, exact: true })).toBeVisible();

  await page.getByRole("link", { name: `Compare version ${version} with version ${version - 1}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/toms/diff/${version - 1}/${version}$`));
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(
    new RegExp(`^Changes from version ${version - 1} \\(.+\\) to version ${version} \\(.+\\)$`),
  );
  await expect(page.getByTestId("diff-summary")).toHaveText(/^2 lines added, 0 lines removed\.$/);
  await expect(page.locator("ins", { hasText: sentence })).toBeVisible();
});

test("a custom page: created, published twice, German visitors see the labelled English text, any two versions compared", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const slug = `e2e-page-${randomUUID().slice(0, 8)}`;
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));

  await page.goto("/admin/trust/policies");
  await page.getByLabel("Address").fill(slug);
  await page.getByLabel("English title").fill("Incident drills");
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/trust/policies/${slug}/en$`));

  await page.getByLabel("Text (Markdown)").fill("## Drills\n\nWe rehearse incidents twice a year.\n");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved. It is not public until you publish it.")).toBeVisible();
  expect((await page.request.get(`/en/${slug}`)).status()).toBe(404); // drafts are not public
  await publish(page, "First version.");

  await page
    .getByLabel("Text (Markdown)")
    .fill("## Drills\n\nWe rehearse incidents four times a year.\n\nResults go to the board.\n");
  await publish(page, "More drills.");
  await page.getByLabel("What changed").fill("Nothing changed.");
  await page.getByRole("button", { name: "Publish version 3" }).click();
  await expect(page.getByText("This text is already published as version 2.")).toBeVisible();

  await page.goto(`/de/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Incident drills");
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  await expect(page.getByText("Noch keine Übersetzung")).toBeVisible();
  await expect(
    page.getByText("Diese Seite ist noch nicht ins Deutsche übersetzt. Sie wird auf Englisch angezeigt."),
  ).toBeVisible();

  await page.goto(`/en/${slug}/history`);
  await page.getByLabel("Older version").selectOption("1");
  await page.getByLabel("Newer version").selectOption("2");
  await page.getByRole("button", { name: "Show changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${slug}/diff/1/2$`));
  await expect(page.getByRole("deletion").filter({ hasText: "twice" })).toBeVisible();
  await expect(page.getByRole("insertion").filter({ hasText: "four times" })).toBeVisible();
  await expect(page.locator("ins", { hasText: "Results go to the board." })).toBeVisible();
});

test("support staff cannot open the document editor", async ({ page, context, makeUser, signIn }) => {
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  for (const path of ["/admin/trust/policies", "/admin/trust/policies/toms/en"]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
});
