// Staff work a data-subject request (GDPR.md A2, A3, A4, A16): an extension beyond receipt + 3 months is
// refused with nothing changed; one within the rules is recorded with its reason, emailed to the controller
// and shown in the portal; after the legal due date no extension is offered; a decline shows its reason to
// the controller.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client.ts";
import { latestDueAt } from "../../lib/dsr/deadlines.ts";
import { addDays, isoDate } from "../../lib/time/calendar-date.ts";
import { connectSystem, fileRequestFor } from "../fixtures/dsr";
import { expect, latestEmailTo, test, type Fixtures } from "../fixtures";

async function world(
  { makeOrganization, makeUser }: Pick<Fixtures, "makeOrganization" | "makeUser">,
  daysAgo: number,
) {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Staff Customer ${tag}` });
  await connectSystem(org.id, `Product database ${tag}`);
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const staff = await makeUser({ name: `Pia Privacy ${tag}`, staffRoles: ["PRIVACY"] });
  const request = await fileRequestFor(org.id, owner, { daysAgo });
  const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
  return { org, owner, staff, request, stored };
}

test.use({ viewport: { width: 1366, height: 900 } });

test("A2/A16: staff extend with a reason the controller sees; beyond 3 months is refused and changes nothing", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const { org, owner, staff, request, stored } = await world({ makeOrganization, makeUser }, 3);
  await signIn(context, staff);
  await page.goto("/admin/requests");
  await page.getByRole("link", { name: "DSRs" }).click();
  await page
    .getByRole("row")
    .filter({ hasText: org.name })
    .getByRole("link", { name: request.reference })
    .click();
  const cap = latestDueAt(stored.receivedAt, { timeZone: "UTC", dueOnWorkingDay: false });
  const form = page.getByRole("form", { name: "Extend the legal due date (A2)" });
  await form.getByLabel("New legal due date").fill(isoDate(addDays(cap, 1)));
  await form.getByLabel("Reason for the controller").fill("Many systems hold the records.");
  await form.getByRole("button", { name: "Extend" }).click();
  await expect(
    form.getByText("That is beyond three months from receipt, the most Art. 12(3) GDPR allows."),
  ).toBeVisible();
  expect((await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } })).legalDueAt).toEqual(
    stored.legalDueAt,
  );
  await expect(page.getByText("No changes.")).toBeVisible();

  await form.getByLabel("New legal due date").fill(isoDate(cap));
  await form.getByRole("button", { name: "Extend" }).click();
  const staffHistory = page.getByRole("table", { name: "Deadline changes" });
  await expect(staffHistory).toContainText("Many systems hold the records.");
  await expect(
    page.getByText("This request was extended before; Art. 12(3) allows one extension."),
  ).toBeVisible();
  await page.screenshot({ path: "test-results/dsr-console-request.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/requests");
  await page.screenshot({ path: "test-results/dsr-console-queue-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.goto("/admin/requests/inbox");
  await expect(page.getByRole("heading", { name: "Messages from data subjects" })).toBeVisible();
  await page.screenshot({ path: "test-results/dsr-console-inbox-phone.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const email = await latestEmailTo(owner.email, /legal due date extended/);
  expect(email?.text).toContain("Many systems hold the records.");

  await context.clearCookies();
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/requests/${request.id}`);
  const history = page.getByRole("table", { name: "Deadline changes" });
  await expect(history).toContainText("Extended by us");
  await expect(history).toContainText("Many systems hold the records.");
  await page.goto(`/portal/${org.slug}/requests`);
  await expect(page.getByRole("row").filter({ hasText: request.reference })).toContainText("Extended");
});

test("A2/A4: after the legal due date no extension is offered; a decline's reason reaches the controller", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const { org, owner, staff, request } = await world({ makeOrganization, makeUser }, 40);
  await signIn(context, staff);
  await page.goto(`/admin/requests/${request.id}`);
  await expect(
    page.getByText("The legal due date has passed; an extension must be recorded before it."),
  ).toBeVisible();
  await expect(page.getByRole("form", { name: "Extend the legal due date (A2)" })).toHaveCount(0);

  const decline = page.getByRole("form", { name: "Decline (A4)" });
  await decline
    .getByLabel("Reason for the controller")
    .fill("We hold no data about this person in any system.");
  await decline.getByRole("button", { name: "Decline request" }).click();
  await expect(page.getByText("Declined because")).toBeVisible();
  await expect(page.getByRole("form", { name: "Decline (A4)" })).toHaveCount(0);

  await context.clearCookies();
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/requests/${request.id}`);
  await expect(page.getByText("Declined by us")).toBeVisible();
  await expect(page.getByText("We hold no data about this person in any system.")).toBeVisible();
});

test("A11: staff complete a manual system's task on the request page; the controller sees it done", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const tag = randomUUID().slice(0, 8);
  const org = await makeOrganization({ name: `Manual Customer ${tag}` });
  await db.dataSystem.create({
    data: {
      key: `e2e-manual-${tag}`,
      name: `Paper archive ${tag}`,
      connector: "MANUAL",
      organizations: { create: [{ organizationId: org.id }] },
    },
  });
  const owner = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  const staff = await makeUser({ staffRoles: ["PRIVACY"] });
  const request = await fileRequestFor(org.id, owner, { daysAgo: 1 });
  await signIn(context, staff);
  await page.goto(`/admin/requests/${request.id}`);
  const row = page.getByRole("row").filter({ hasText: `Paper archive ${tag}` });
  await expect(row).toContainText("Pending");
  const form = row.getByRole("form", { name: "Complete manual task" });
  await form.getByLabel("Records", { exact: true }).fill("3");
  await form.getByLabel("Fields", { exact: true }).fill("email, name");
  await form.getByLabel("Evidence note").fill("Copied the subject's file from the paper archive.");
  // An evidence file: without one the form is refused today ("Invalid input": the empty file input is
  // parsed as a file of 0 bytes by lib/dsr/connectors/manual-task.ts), reported to that part's owners.
  await form.getByLabel("Evidence file (optional)").setInputFiles({
    name: "archive-scan.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("Folder 12, sheets 3-5: name, email.\n"),
  });
  await form.getByRole("button", { name: "Complete task" }).click();
  // The form goes with the pending task: the row itself says what became of it.
  await expect(form).toHaveCount(0);
  await expect(row.getByRole("cell", { name: "Done", exact: true })).toBeVisible();
  const task = await db.dsrTask.findFirstOrThrow({ where: { requestId: request.id } });
  expect(task).toMatchObject({ status: "DONE", records: 3 });

  await context.clearCookies();
  await signIn(context, owner);
  await page.goto(`/portal/${org.slug}/requests/${request.id}`);
  await expect(
    page
      .getByRole("row")
      .filter({ hasText: `Paper archive ${tag}` })
      .getByRole("cell", { name: "Done", exact: true }),
  ).toBeVisible();
});
