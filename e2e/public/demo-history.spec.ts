// The seeded trust center reads like a provider's history, not a demo (issue 11, item 13, public part):
// no "(demo)" titles, updates spread over months at their own times rather than sixteen entries at the
// moment of the seed run, and document versions published by the content editor, not "system (seed)".
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

const DAY = 24 * 60 * 60 * 1000;

/** The publication instants of the updates listed on the page. */
async function publishedTimes(page: Page): Promise<string[]> {
  return page
    .getByRole("main")
    .getByRole("article")
    .locator("time[datetime]")
    .evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!));
}

test("no public page calls anything a demo", async ({ page }) => {
  for (const path of ["/en", "/de", "/en/updates", "/en/documents", "/en/compliance", "/en/subprocessors"]) {
    await page.goto(path);
    await expect(page.locator("body"), path).not.toContainText(/\(demo\)|\bdemo\b/i);
  }
});

test("the updates are spread over the past months, each at its own time", async ({ page }) => {
  await page.goto("/en/updates");
  const times = await publishedTimes(page);
  expect(times.length).toBeGreaterThanOrEqual(10);
  expect(new Set(times).size, "no two updates share a timestamp").toBe(times.length);
  const instants = times.map((t) => Date.parse(t));
  expect(Math.max(...instants) - Math.min(...instants), "a year of history").toBeGreaterThan(300 * DAY);
  const days = new Set(times.map((t) => t.slice(0, 10)));
  expect(days.size, "on many different days").toBeGreaterThanOrEqual(10);
  for (const instant of instants) expect(instant).toBeLessThanOrEqual(Date.now());

  // The TOMs history: version 1 about a year ago, version 2 weeks ago, not both at the seed run.
  await page.goto("/en/toms/history");
  const cells = page
    .getByRole("table", { name: "Published versions, newest first" })
    .locator("time[datetime]");
  const published = await cells.evaluateAll((t) => t.map((e) => Date.parse(e.getAttribute("datetime")!)));
  expect(new Set(published.map((p) => new Date(p).toISOString().slice(0, 10))).size).toBeGreaterThan(1);
});

test("staff see seeded versions published by the content editor, not by 'system (seed)'", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
  for (const path of ["/admin/trust/policies/dpa/en", "/admin/trust/policies/security/de"]) {
    await page.goto(path);
    const versions = page.getByRole("table", { name: "Published versions, newest first" });
    await expect(versions.getByRole("row").last(), path).toContainText("Carl Content");
    await expect(versions, path).not.toContainText("system (seed)");
  }
});
