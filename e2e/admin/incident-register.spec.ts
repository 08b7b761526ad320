// The breach register (GDPR.md B5, B7): SECURITY staff record an incident, score its severity with the
// ENISA method (the score is shown as they type and kept), record it as not notifiable with the
// reasoning, and the CSV export of the register carries the incident with that reasoning.
import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";

const wallTime = (date: Date) => date.toISOString().slice(0, 16);

test("B5/B7: create an incident, assess severity, record 'not notifiable' with reasoning, export CSV", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["SECURITY"], timeZone: "UTC" }));
  const title = `Misaddressed report ${randomBytes(4).toString("hex")}`;
  const reasoning = `Only synthetic test accounts were in the report (${randomBytes(3).toString("hex")}); no real person is identifiable.`;

  await page.goto("/admin/incidents");
  await page.getByRole("link", { name: "New incident" }).click();
  await expect(page.getByRole("heading", { name: "New incident" })).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page
    .getByLabel("What happened")
    .fill("A scheduled report was emailed to the wrong customer contact.");
  await page.getByLabel("Detected at").fill(wallTime(new Date(Date.now() - 5 * 3_600_000)));
  await page.getByLabel("Became aware at").fill(wallTime(new Date(Date.now() - 4 * 3_600_000)));
  await page.getByLabel("Contact details (name, email, phone, address)").check();
  await page.getByRole("button", { name: "Record incident" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const reference = (await page.getByRole("heading", { level: 1 }).textContent())!.split(":")[0]!;
  expect(reference).toMatch(/^INC-\d{4}-\d{4}$/);

  // B7: the live score follows the inputs; saving keeps it in the history.
  await page.getByLabel("Data processing context (DPC)").fill("3");
  await page.getByLabel("Ease of identification (EI)").selectOption("1");
  await page.getByLabel("Loss of confidentiality").selectOption("0.25");
  await expect(page.getByTestId("live-severity")).toContainText("3.25");
  await expect(page.getByTestId("live-severity")).toContainText("High");
  await page.getByRole("button", { name: "Save assessment" }).click();
  await expect(page.getByText(`Assessed ${reference}: score 3.25, high.`)).toBeVisible();
  await expect(page.getByRole("table", { name: "Severity assessments, newest first" })).toContainText("3.25");

  // B5: the reasoning is required, then recorded.
  const determination = page.getByRole("form", { name: "Record that no notification is needed" });
  await determination.getByLabel("Determination", { exact: true }).selectOption("NOT_NOTIFIABLE");
  await determination.getByRole("button", { name: "Record determination" }).click();
  await expect(determination.getByText(/Record the reasoning/).first()).toBeVisible();
  await determination.getByLabel("Reasoning").fill(reasoning);
  await determination.getByRole("button", { name: "Record determination" }).click();
  await expect(page.getByText(`Recorded ${reference} as not notifiable, with the reasoning.`)).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("determination-reason")).toHaveText(reasoning);

  await page.goto("/admin/incidents");
  const row = page.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Not notifiable");
  await expect(row).toContainText("High");

  const response = await page.request.get("/admin/incidents/export/csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-disposition"]).toMatch(
    /^attachment; filename="breach-register-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const csv = await response.text();
  const line = csv.split("\n").find((l) => l.startsWith(reference));
  expect(line).toContain("NOT_NOTIFIABLE");
  expect(line).toContain(reasoning);
  expect(line).toContain(title);
});

test("S11: SUPPORT staff cannot open the register or its export", async ({
  page,
  context,
  makeUser,
  signIn,
}) => {
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  expect((await page.goto("/admin/incidents"))?.status()).toBe(403);
  expect((await page.request.get("/admin/incidents/export/csv")).status()).toBe(403);
});
