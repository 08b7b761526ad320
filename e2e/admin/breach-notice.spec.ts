// Breach notices (GDPR.md B2, B3): SECURITY staff compose a notice; an empty Art. 33(3) item is refused
// by name and nothing is sent; filled in, it is previewed and sent (one email per recipient); a second
// phase keeps the first, and the incident page lists both.
import { db } from "../../lib/db/client.ts";
import { createDeclaredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, latestEmailTo, test } from "../fixtures";

test("B2/B3: compose with an empty item -> refused naming it; fill -> preview -> send; a second phase keeps the first", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const organization = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
  const incident = await createDeclaredBreach({
    organizationIds: [organization.id],
    awareAt: new Date(Date.now() - 2 * 3_600_000),
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  await page.goto(`/admin/incidents/${incident.id}`);
  await expect(page.getByRole("heading", { name: "Compose phase 1" })).toBeVisible();
  await page
    .getByLabel("Nature of the breach", { exact: true })
    .fill("Unauthorised read access to a reporting database");
  await page
    .getByLabel("Data subjects (categories, approximate number)", { exact: true })
    .fill("End users, about 1,200");
  await page
    .getByLabel("Personal data records (categories, approximate number)", { exact: true })
    .fill("Contact records, about 3,400");
  await page.getByLabel("Measures taken or proposed", { exact: true }).fill("Credentials rotated");
  // Likely consequences left empty, without "not yet known".
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(page.getByRole("form", { name: "Notice phase 1" }).getByRole("alert")).toContainText(
    "“Likely consequences” is empty. A notice missing any Art. 33(3) item cannot be sent",
  );
  await expect(page.getByRole("button", { name: /^Send phase/ })).toHaveCount(0);
  expect(await db.outboxEmail.count({ where: { organizationId: organization.id } })).toBe(0);

  await page.getByLabel("Likely consequences", { exact: true }).fill("Targeted phishing of end users");
  await page.getByRole("button", { name: "Save and preview" }).click();
  const preview = page.getByRole("region", { name: "Preview of phase 1" });
  await expect(preview.getByLabel("Email text")).toContainText("Targeted phishing of end users");
  await expect(preview.getByLabel("Email text")).toContainText(
    `/portal/${organization.slug}/breach-notifications/`,
  );
  await preview.getByRole("button", { name: "Send phase 1 to 1 organisation(s)" }).click();
  // The page refreshes: phase 1 is listed as sent and the composer moves on to phase 2.
  await expect(
    page.getByRole("list", { name: "Sent phases" }).getByRole("heading", { name: "Phase 1", exact: true }),
  ).toBeVisible();
  const first = await latestEmailTo(
    owner.email,
    new RegExp(`Personal data breach notification ${incident.reference}$`),
  );
  expect(first?.text).toContain("Targeted phishing of end users");

  await expect(page.getByRole("heading", { name: "Compose phase 2" })).toBeVisible();
  await page.getByLabel("Summary: what changed since the last phase").fill("The record count is confirmed.");
  await page
    .getByLabel("Personal data records (categories, approximate number)", { exact: true })
    .fill("Contact records, 3,412 exactly");
  await page.getByRole("button", { name: "Save and preview" }).click();
  await page.getByRole("button", { name: "Send phase 2 to 1 organisation(s)" }).click();
  await expect(
    page.getByRole("list", { name: "Sent phases" }).getByRole("heading", { name: "Phase 2", exact: true }),
  ).toBeVisible();

  await page.reload();
  const phases = page.getByRole("list", { name: "Sent phases" });
  await expect(phases.getByRole("heading", { name: "Phase 1", exact: true })).toBeVisible();
  await expect(phases.getByRole("heading", { name: "Phase 2", exact: true })).toBeVisible();
  await expect(phases.getByText("Contact records, about 3,400")).toBeVisible();
  await expect(phases.getByText("Contact records, 3,412 exactly")).toBeVisible();
  const second = await latestEmailTo(owner.email, /— update 2$/);
  expect(second?.text).toContain("The record count is confirmed.");
});
