// Customer organisations in the staff console: an administrator creates one with its contract settings,
// invites its first owner, who accepts from the email in a fresh browser and lands in the portal; the
// administrator changes the breach window, and the overview row opens the organisation. Support staff
// see the organisation but cannot change it; an unknown id is a 404.
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { db } from "../../lib/db/client.ts";
import { expect, latestEmailTo, test } from "../fixtures";

test.use({ timezoneId: "Europe/Berlin" });

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

/** Screenshots at phone and desktop width, to look at (kept with the test's output). */
async function look(page: Page, name: string, outputPath: (name: string) => string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: outputPath(`${name}-${size}.png`), fullPage: true });
  }
  await page.setViewportSize(SIZES.desktop);
}

/** The link in the invitation (written in the organisation's language: German for Umbrella). */
async function invitationLinkFor(to: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => (body = (await latestEmailTo(to, /invited|Einladung/))?.text ?? ""), {
      timeout: 10_000,
    })
    .toContain("/invite/");
  return /(https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})/.exec(body)![1]!;
}

test("staff create Umbrella Logistics GmbH, its owner accepts the emailed invitation, staff change the breach window", async ({
  page,
  context,
  browser,
  baseURL,
  makeUser,
  signIn,
}, testInfo) => {
  const tag = randomUUID().slice(0, 8);
  const slug = `umbrella-${tag}`;
  const ownerEmail = `olivia.${tag}@umbrella.example`;
  await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));

  await page.goto("/admin");
  await page.getByRole("link", { name: "New organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New customer organisation");
  const form = page.getByRole("form", { name: "New customer organisation" });
  await form.getByLabel("Name").fill("Umbrella Logistics GmbH");
  await form.getByLabel("Slug").fill("admin");
  await form.getByLabel("Breach-notification window (hours)").fill("24");
  await form.getByLabel("Default time zone").selectOption("Europe/Berlin");
  await form.getByLabel("Default language").selectOption({ label: "German" });
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(form.getByText("This slug is reserved; choose another.")).toBeVisible();
  await look(page, "new-organisation-refused", (n) => testInfo.outputPath(n));

  await form.getByLabel("Slug").fill(slug);
  await form.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/admin\/organizations\/(?!new$)[^/]+$/);
  const organizationUrl = page.url();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umbrella Logistics GmbH");
  await expect(page.getByText(`/portal/${slug}`)).toBeVisible();
  const contract = page.getByRole("form", { name: "Contract settings" });
  await expect(contract.getByLabel("Breach-notification window (hours)")).toHaveValue("24");
  await expect(contract.getByLabel("Default time zone")).toHaveValue("Europe/Berlin");
  await expect(contract.getByLabel("Default language")).toHaveValue("de");

  const invitation = page.getByRole("form", { name: "First owner" });
  await invitation.getByLabel("Owner's email").fill(ownerEmail);
  await invitation.getByRole("button", { name: "Send owner invitation" }).click();
  await expect(invitation.getByRole("status")).toHaveText(
    `Invitation sent to ${ownerEmail}. It is valid for 7 days.`,
  );
  await page.reload();
  const invitations = page.getByRole("table", { name: "Invitations" });
  await expect(invitations.getByRole("row").filter({ hasText: ownerEmail })).toContainText("Pending");

  const link = await invitationLinkFor(ownerEmail);
  const fresh = await browser.newContext({ baseURL });
  try {
    const owner = await fresh.newPage();
    await owner.goto(link);
    await expect(owner.getByRole("heading", { name: "Join Umbrella Logistics GmbH" })).toBeVisible();
    await owner.getByLabel("Your name").fill("Olivia Owner");
    await owner.getByLabel("Choose a password").fill(`umbrella keys ${tag} stay safe`);
    await owner.getByRole("button", { name: "Create account and join" }).click();
    await expect(owner).toHaveURL(new RegExp(`/portal/${slug}$`));
    await expect(owner.getByTestId("shell-title")).toHaveText("Umbrella Logistics GmbH");
  } finally {
    await fresh.close();
  }

  await page.reload();
  const members = page.getByRole("table", { name: "Members" });
  await expect(members.getByRole("row").filter({ hasText: ownerEmail })).toContainText("Owner");
  await expect(page.getByText("This organisation has an owner")).toBeVisible();

  await expect(
    page.getByText("Notifications already created keep the window and deadline they were declared with."),
  ).toBeVisible();
  await contract.getByLabel("Breach-notification window (hours)").fill("12");
  await contract.getByRole("button", { name: "Save contract settings" }).click();
  await expect(contract.getByRole("status")).toHaveText("Contract settings saved.");
  await look(page, "organisation", (n) => testInfo.outputPath(n));
  const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
  expect(organization).toMatchObject({
    breachNotificationHours: 12,
    defaultTimeZone: "Europe/Berlin",
    defaultLanguage: "de",
  });
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { organizationId: organization.id, action: "org.contract.updated" },
  });
  expect(audit.metadata).toEqual({ changes: { breachNotificationHours: { from: 24, to: 12 } } });

  await page.goto("/admin");
  const row = page.getByRole("row").filter({ hasText: slug });
  await expect(row).toContainText("12 h");
  await look(page, "overview", (n) => testInfo.outputPath(n));
  await row.getByRole("link", { name: "Umbrella Logistics GmbH" }).click();
  await expect(page).toHaveURL(organizationUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Umbrella Logistics GmbH");
});

test("support staff open an organisation but cannot change it; an unknown organisation is a 404", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  const org = await makeOrganization({ name: `Initech ${randomUUID().slice(0, 6)}` });
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));

  await page.goto("/admin");
  await expect(page.getByRole("link", { name: "New organisation" })).toHaveCount(0);
  await page.getByRole("row").filter({ hasText: org.slug }).getByRole("link", { name: org.name }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(org.name);
  await expect(page.getByRole("form", { name: "Contract settings" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: "First owner" })).toHaveCount(0);
  await expect(
    page.getByText("Only administrators and privacy staff can change these settings.").first(),
  ).toBeVisible();

  const newPage = await page.goto("/admin/organizations/new");
  expect(newPage?.status()).toBe(403);
  const unknown = await page.goto("/admin/organizations/c0000000000000000000unknown");
  expect(unknown?.status()).toBe(404);
});
