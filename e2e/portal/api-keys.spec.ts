// The portal's API page (S28): an admin creates an API key, sees it exactly once, uses it against the
// controller API (files a data-subject request with POST /api/v1/dsr), revokes it, and the same call is
// then refused with 401 problem+json. A privacy officer has no API entry and is refused the page.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { expect, test } from "../fixtures";

test.use({ timezoneId: "America/New_York" });

test("an admin creates a key, sees it once, files a request with it, revokes it and it is refused", async ({
  page,
  context,
  request,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.slow(); // many steps, each a page load or an API call
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `API Test ${tag}` });
  const admin = await makeUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  await signIn(context, admin);

  await page.goto(`/portal/${org.slug}`);
  await page
    .getByRole("navigation", { name: "Customer portal navigation" })
    .getByRole("link", { name: "API" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}/api$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API and webhooks");
  await expect(page.getByRole("heading", { name: "No API keys yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "API description (OpenAPI 3.1)" }).first()).toHaveAttribute(
    "href",
    "/api/v1/openapi.json",
  );

  const form = page.getByRole("form", { name: "Create an API key" });
  await form.getByLabel("Name").fill(`Ticketing ${tag}`);
  await form.getByLabel("dsr:write: file data-subject requests").check();
  await form.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText(`API key “Ticketing ${tag}” created.`)).toBeVisible();
  await expect(page.getByText("it is shown only this once")).toBeVisible();
  const key = await page.getByLabel("Your new API key").inputValue();
  expect(key).toMatch(/^a28_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row").filter({ hasText: `Ticketing ${tag}` });
  await expect(row).toContainText("dsr:read, dsr:write");
  await expect(row).toContainText(key.slice(0, 12));

  // Shown once: after a reload the key is nowhere on the page, only its first characters.
  await page.reload();
  await expect(page.getByLabel("Your new API key")).toHaveCount(0);
  expect(await page.content()).not.toContain(key);

  const file = () =>
    request.post("/api/v1/dsr", {
      headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": `e2e-${tag}` },
      data: {
        type: "ACCESS",
        subject: { email: `anna-${tag}@customer.example` },
        receivedAt: "2026-03-05T10:00:00Z",
        identityVerified: true,
      },
    });
  const created = await file();
  expect(created.status()).toBe(201);
  const dsr = (await created.json()) as { id: string; reference: string; source: string };
  expect(dsr.source).toBe("API");
  expect(created.headers()["location"]).toBe(`/api/v1/dsr/${dsr.id}`);
  expect(await db.dataSubjectRequest.count({ where: { organizationId: org.id } })).toBe(1);

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: `Ticketing ${tag}` })).not.toContainText("Never");

  await page
    .getByRole("row")
    .filter({ hasText: `Ticketing ${tag}` })
    .getByRole("button", { name: "Revoke" })
    .click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: `Revoke Ticketing ${tag}` })
    .click();
  // The row now says since when it is revoked, and offers no revoke button any more.
  const revokedRow = page.getByRole("row").filter({ hasText: `Ticketing ${tag}` });
  await expect(revokedRow).toContainText("Revoked");
  await expect(revokedRow.getByRole("button", { name: "Revoke" })).toHaveCount(0);

  const refused = await file();
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(await refused.json()).toMatchObject({ type: "urn:article28:problem:unauthenticated", status: 401 });
  expect(await db.dataSubjectRequest.count({ where: { organizationId: org.id } })).toBe(1);
});

test("a privacy officer has no API entry and is refused the page; another organisation's admin gets 404", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const victim = await makeOrganization({ name: `Victim ${tag}` });
  await db.apiKey.create({
    data: {
      organizationId: victim.id,
      name: `Victim key ${tag}`,
      scopes: ["dsr:read"],
      prefix: `a28_v${tag.slice(0, 7)}`,
      secretHash: randomUUID(),
      createdByLabel: "e2e",
    },
  });
  const officer = await makeUser({ memberships: [{ organizationId: victim.id, role: "PRIVACY_OFFICER" }] });
  await signIn(context, officer);
  await page.goto(`/portal/${victim.slug}`);
  await expect(
    page.getByRole("navigation", { name: "Customer portal navigation" }).getByRole("link", { name: "API" }),
  ).toHaveCount(0);
  const refused = await page.goto(`/portal/${victim.slug}/api`);
  expect(refused?.status()).toBe(403);
  await expect(page.getByText(`Victim key ${tag}`)).toHaveCount(0);

  await context.clearCookies();
  const attackerOrg = await makeOrganization();
  const attacker = await makeUser({ memberships: [{ organizationId: attackerOrg.id, role: "ADMIN" }] });
  await signIn(context, attacker);
  const notFound = await page.goto(`/portal/${victim.slug}/api`);
  expect(notFound?.status()).toBe(404);
  const html = await page.content();
  expect(html).not.toContain(`Victim key ${tag}`);
  expect(html).not.toContain(`Victim ${tag}`);
});
