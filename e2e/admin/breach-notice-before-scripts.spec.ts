// Issue 11 item 16: the breach-notice composer is a server-rendered form. What staff type and tick
// before the page's scripts have loaded is kept when they load: the text stays, a ticked "Not yet known"
// stays ticked and disables its field, and saving sends what was typed.
import { createDeclaredBreach } from "../../lib/incidents/testing/breach-fixtures.ts";
import { expect, test } from "../fixtures";
import { holdScripts } from "../fixtures/hold-scripts.ts";

test("input typed into the notice composer before the scripts load is kept and saved", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const organization = await makeOrganization();
  const incident = await createDeclaredBreach({
    organizationIds: [organization.id],
    awareAt: new Date(Date.now() - 3_600_000),
  });
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"] }));

  const scripts = await holdScripts(page);
  await page.goto(`/admin/incidents/${incident.id}/notice`, { waitUntil: "domcontentloaded" });
  const nature = page.getByLabel("Nature of the breach", { exact: true });
  const consequences = page.getByLabel("Likely consequences", { exact: true });
  const consequencesUnknown = page.getByRole("checkbox", { name: "Not yet known: likely consequences" });
  await nature.fill("Typed before the scripts loaded");
  await page.getByLabel("Measures taken or proposed", { exact: true }).fill("Replica closed");
  await consequencesUnknown.check();
  await expect(consequences).toBeEnabled(); // no scripts yet: nothing reacts to the box

  await scripts.release();
  // Hydrated: the box is still ticked and now disables its field; the typed text is still there.
  await expect(consequences).toBeDisabled();
  await expect(consequencesUnknown).toBeChecked();
  await expect(nature).toHaveValue("Typed before the scripts loaded");

  for (const [label, value] of [
    ["Data subjects (categories, approximate number)", "End users, about 300"],
    ["Personal data records (categories, approximate number)", "Contact records, about 300"],
  ] as const)
    await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole("button", { name: "Save and preview" }).click();
  const preview = page.getByRole("region", { name: "Preview of phase 1" });
  await expect(preview.getByLabel("Email text")).toContainText("Typed before the scripts loaded");
  await expect(preview.getByLabel("Email text")).toContainText(
    "Not yet known. We will send it in a later update.",
  );
  await expect(nature).toHaveValue("Typed before the scripts loaded");
  await expect(consequencesUnknown).toBeChecked();
});
