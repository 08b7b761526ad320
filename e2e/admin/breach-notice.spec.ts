// Breach notices (GDPR.md B2, B3; issue 11 item 12): SECURITY staff compose a notice on its own page; an
// empty Art. 33(3) item is refused by name and nothing is sent; each item is named once; a ticked "Not
// yet known" stays ticked (and its field disabled) after "Save and preview" and after a reload; the
// preview and its send button survive a reload; sent, a second phase keeps the first.
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
  // Two phases, a reload and two previews: longer than the default 30 s on a shared machine.
  test.setTimeout(60_000);
  const organization = await makeOrganization();
  const owner = await makeUser({ memberships: [{ organizationId: organization.id, role: "OWNER" }] });
  const incident = await createDeclaredBreach({
    organizationIds: [organization.id],
    awareAt: new Date(Date.now() - 2 * 3_600_000),
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  // The notice has its own tab next to the register entry.
  await page.goto(`/admin/incidents/${incident.id}`);
  await page
    .getByRole("navigation", { name: "Incident sections" })
    .getByRole("link", { name: "Breach notice" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/incidents/${incident.id}/notice$`));
  await expect(page.getByRole("heading", { name: "Compose phase 1" })).toBeVisible();
  const form = page.getByRole("form", { name: "Notice phase 1" });
  // Each item is named once (not in a legend, a label and the checkbox again).
  for (const label of ["Nature of the breach", "Likely consequences", "Measures taken or proposed"])
    expect((await form.innerText()).split(label).length - 1, label).toBe(1);

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
  await expect(form.getByRole("alert")).toContainText(
    "“Likely consequences” is empty. A notice missing any Art. 33(3) item cannot be sent",
  );
  await expect(page.getByRole("button", { name: /^Send phase/ })).toHaveCount(0);
  // (Breach emails only: a subprocessor announced by a spec running alongside notifies every organisation.)
  expect(
    await db.outboxEmail.count({
      where: { organizationId: organization.id, idempotencyKey: { startsWith: "breach" } },
    }),
  ).toBe(0);

  // "Not yet known" for the consequences: ticked, its field disabled — and still so after saving.
  const consequencesUnknown = page.getByRole("checkbox", { name: "Not yet known: likely consequences" });
  await consequencesUnknown.check();
  await expect(page.getByLabel("Likely consequences", { exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Save and preview" }).click();
  const preview = page.getByRole("region", { name: "Preview of phase 1" });
  await expect(preview.getByLabel("Email text")).toContainText(
    "Not yet known. We will send it in a later update.",
  );
  await expect(consequencesUnknown).toBeChecked();
  await expect(page.getByLabel("Likely consequences", { exact: true })).toBeDisabled();
  await expect(page.getByLabel("Nature of the breach", { exact: true })).toHaveValue(
    "Unauthorised read access to a reporting database",
  );

  // A reload keeps the saved draft, the ticked box, the preview and the send button.
  await page.reload();
  await expect(consequencesUnknown).toBeChecked();
  await expect(page.getByLabel("Likely consequences", { exact: true })).toBeDisabled();
  await expect(preview.getByLabel("Email text")).toContainText(
    `/portal/${organization.slug}/breach-notifications/`,
  );
  // Editing hides the send button until the draft is saved again.
  await consequencesUnknown.uncheck();
  await page.getByLabel("Likely consequences", { exact: true }).fill("Targeted phishing of end users");
  await expect(page.getByRole("button", { name: /^Send phase/ })).toHaveCount(0);
  await expect(page.getByText("You changed the draft of phase 1 since it was saved.")).toBeVisible();
  await page.getByRole("button", { name: "Save and preview" }).click();
  await expect(preview.getByLabel("Email text")).toContainText("Targeted phishing of end users");
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
