// The product on a phone (390×844) and on a laptop (1366×900): no page scrolls sideways on a phone
// (tables become stacked rows), the incident register's "New incident" button is on screen and works,
// navigation rows show the current page and an arrow where more links are hidden, and on a laptop the
// staff console's dozen links and the German trust-center links fit on one line.
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };
/** The German trust-center links every installation has (custom pages follow them). */
const GERMAN_BUILT_IN_LINKS = [
  "Übersicht",
  "Sicherheit",
  "TOM",
  "FAQ",
  "KI & Daten",
  "AVV",
  "Unterauftragsverarbeiter",
  "Compliance",
  "Dokumente",
  "Neuigkeiten",
];
const ALL_STAFF_ROLES = ["ADMIN", "SECURITY", "PRIVACY", "CONTENT", "SUPPORT"] as const;

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page, `${page.url()} is ${widths.page} px wide`).toBeLessThanOrEqual(widths.viewport);
}

/**
 * Every link of the navigation is on one line, none wrapped; `fitting` (default: all) lie inside it. Pages
 * other tests publish may add links beyond those: then the row shows that there is more.
 */
async function expectOnOneLine(page: Page, name: string, fitting?: readonly string[]) {
  const nav = page.getByRole("navigation", { name, exact: true });
  const box = (await nav.boundingBox())!;
  const links = await nav
    .getByRole("link")
    .evaluateAll((elements) =>
      elements.map((e) => ({ text: e.textContent ?? "", ...e.getBoundingClientRect().toJSON() })),
    );
  expect(links.length).toBeGreaterThan(5);
  for (const link of links) {
    expect(link.top, `${link.text} is on the first line`).toBe(links[0]!.top);
    expect(link.height, `${link.text} does not wrap`).toBeLessThan(40);
    if (!fitting || fitting.includes(link.text))
      expect(link.right, `${link.text} is not cut off`).toBeLessThanOrEqual(box.x + box.width);
  }
  const overflowing = links.some((link) => link.right > box.x + box.width);
  await expect(nav.getByTestId("nav-more-after")).toHaveCount(overflowing ? 1 : 0);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the incident register fits and its New incident button works", async ({
    page,
    context,
    makeUser,
    signIn,
  }) => {
    await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));
    await page.goto("/admin/incidents");

    const button = page.getByRole("link", { name: "New incident" });
    await expect(button).toBeInViewport();
    await expectNoSidewaysScroll(page);
    await button.click();
    await expect(page).toHaveURL(/\/admin\/incidents\/new$/);
    await expectNoSidewaysScroll(page);
  });

  test("public tables and the members table do not scroll the page sideways", async ({
    page,
    context,
    makeOrganization,
    makeUser,
    signIn,
  }) => {
    for (const path of ["/en/subprocessors", "/de/subprocessors", "/en/compliance", "/de/compliance"]) {
      await page.goto(path);
      await expect(page.getByRole("table").first()).toBeVisible();
      await expectNoSidewaysScroll(page);
    }

    const org = await makeOrganization();
    await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
    await page.goto(`/portal/${org.slug}/members`);
    await expect(page.getByRole("table").first()).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("the trust-center navigation marks the current page and shows that more links follow", async ({
    page,
  }) => {
    await page.goto("/en/compliance");
    const nav = page.getByRole("navigation", { name: "Trust center", exact: true });
    const current = nav.getByRole("link", { name: "Compliance" });
    await expect(current).toHaveAttribute("aria-current", "page");
    await expect(current).toBeInViewport({ ratio: 1 });
    await expect(nav.locator("[aria-current]")).toHaveCount(1);

    await page.goto("/en/toms");
    await expect(nav.getByRole("link", { name: "TOMs" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByTestId("nav-more-after")).toBeVisible();
    await expect(nav.getByRole("link", { name: "Updates" })).not.toBeInViewport();

    await nav.getByRole("link").last().scrollIntoViewIfNeeded();
    await expect(nav.getByTestId("nav-more-after")).toHaveCount(0);
    await expect(nav.getByTestId("nav-more-before")).toBeVisible();
  });

  test("the staff console navigation shows that more links follow", async ({
    page,
    context,
    makeUser,
    signIn,
  }) => {
    await signIn(context, await makeUser({ staffRoles: [...ALL_STAFF_ROLES] }));
    await page.goto("/admin/incidents");
    const nav = page.getByRole("navigation", { name: "Staff console navigation" });
    await expect(nav.getByRole("link", { name: "Incidents" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByTestId("nav-more-after")).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test.describe("on a laptop", () => {
  test.use({ viewport: LAPTOP });

  test("the staff console's navigation fits on one line", async ({ page, context, makeUser, signIn }) => {
    await signIn(context, await makeUser({ staffRoles: [...ALL_STAFF_ROLES] }));
    await page.goto("/admin/trust/subprocessors");
    const nav = page.getByRole("navigation", { name: "Staff console navigation" });
    await expect(nav.getByRole("link")).toHaveCount(14);
    await expect(nav.getByRole("link", { name: "Subprocessors" })).toHaveAttribute("aria-current", "page");
    await expectOnOneLine(page, "Staff console navigation");
  });

  test("the German trust-center navigation fits on one line", async ({ page }) => {
    await page.goto("/de/subprocessors");
    const nav = page.getByRole("navigation", { name: "Trust Center", exact: true });
    await expect(nav.getByRole("link", { name: "Unterauftragsverarbeiter" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    // The pages every installation has fit; a page another test published may add a link after them.
    await expectOnOneLine(page, "Trust Center", GERMAN_BUILT_IN_LINKS);
  });
});
