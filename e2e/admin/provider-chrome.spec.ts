// The product's chrome carries the provider (issue 11): the staff console's header and the sign-in page
// name the provider as its settings do, in its brand colour; the portal names it beside the organisation.
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

async function provider() {
  const settings = await db.providerSettings.findUniqueOrThrow({ where: { id: "provider" } });
  return { name: settings.displayName, color: settings.brandColor };
}

/** "#1d4ed8" as the browser reports a computed colour: "rgb(29, 78, 216)". */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test("the sign-in page names the provider in its brand colour", async ({ page }) => {
  const { name, color } = await provider();
  await page.goto("/sign-in");
  const brand = page.getByRole("link", { name, exact: true });
  await expect(brand).toBeVisible();
  await expect(brand).toHaveCSS("color", rgb(color));
  await expect(page.getByText("Trust Center", { exact: true })).toHaveCount(0);
});

test("the staff console's header shows the provider's name, not the product's", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  const { name, color } = await provider();
  await signIn(context, await makeUser({ staffRoles: ["CONTENT"] }));
  await page.goto("/admin");
  await expect(page.getByTestId("shell-title")).toHaveText(name);
  await expect(page.getByTestId("shell-title")).toHaveCSS("color", rgb(color));
  await expect(page.getByRole("banner")).not.toContainText("Article28");
});

test("the customer portal names the provider beside the organisation", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const { name } = await provider();
  const org = await makeOrganization();
  await signIn(context, await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] }));
  await page.goto(`/portal/${org.slug}`);
  await expect(page.getByTestId("shell-title")).toHaveText(org.name);
  await expect(page.getByTestId("shell-brand")).toHaveText(name);
});
