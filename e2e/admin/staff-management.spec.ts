// Staff management on the users page (SECURITY.md S6, S10, S11, S17, S23): an admin invites a colleague
// with a role, the colleague accepts from the emailed link, sets up two-factor authentication and reaches
// the console; the admin changes the colleague's role, and resets their two-factor authentication after
// confirming their own identity; the users table shows when each account last signed in.
import type { Page } from "@playwright/test";
import { generate } from "otplib";
import { db } from "../../lib/db/client.ts";
import { expect, latestEmailTo, test } from "../fixtures";

const SHOTS = "/tmp/i11-staff-shots";

async function invitationLink(to: string): Promise<string> {
  let body = "";
  await expect
    .poll(async () => (body = (await latestEmailTo(to, /staff console/))?.text ?? ""), { timeout: 10_000 })
    .toContain("/staff-invite/");
  return /(https?:\/\/\S+\/staff-invite\/[A-Za-z0-9_-]{43})/.exec(body)![1]!;
}

/** Sets up the authenticator app on the enrolment page, reading the manual key like a person would. */
async function enrol(page: Page) {
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  const secret = (await page.getByTestId("totp-manual-key").innerText()).replace(/\s/g, "");
  await page.getByLabel("Code from your app").fill(await generate({ secret }));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await page.getByRole("link", { name: "I have saved my codes, continue" }).click();
}

async function shoot(page: Page, name: string) {
  for (const [label, size] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1366, height: 900 }],
  ] as const) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `${SHOTS}/${name}-${label}.png`, fullPage: label === "desktop" });
  }
}

test("an admin invites a colleague as Content, the colleague joins from the email, then the admin changes their role and resets their two-factor authentication", async ({
  browser,
  context,
  page,
  makeUser,
  signIn,
}) => {
  test.setTimeout(150_000);
  const tag = Date.now().toString(36);
  const email = `colleague.${tag}@staff.example`;
  const admin = await makeUser({ staffRoles: ["ADMIN"], name: `Ada Admin ${tag}` });
  const { sessionId } = await signIn(context, admin);

  // Invite.
  await page.goto("/admin/users");
  const invite = page.getByRole("form", { name: "Invite a colleague" });
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption({ label: "Content" });
  await invite.getByRole("button", { name: "Send invitation" }).click();
  await expect(
    page.getByText(`Invitation sent to ${email} as Content. The link works once, for 7 days.`),
  ).toBeVisible();
  expect(await db.user.count({ where: { email } }), "no account, no role before acceptance").toBe(0);

  // The colleague accepts in their own browser and lands in the console after setting up 2FA.
  const link = await invitationLink(email);
  const mail = await latestEmailTo(email, /staff console/);
  expect(mail!.text).toContain(`"Ada Admin ${tag}" (${admin.email}) invited you`);
  const theirs = await browser.newContext({ timezoneId: "Europe/Berlin" });
  try {
    const colleague = await theirs.newPage();
    await colleague.goto(link);
    await expect(colleague.getByRole("heading", { name: "Join the staff console" })).toBeVisible();
    await expect(colleague.getByText("Content", { exact: true })).toBeVisible();
    await colleague.getByLabel("Your name").fill(`Cleo Colleague ${tag}`);
    await colleague.getByLabel("Choose a password").fill(`copper kite ${tag} rivers`);
    await colleague.getByRole("button", { name: "Create account and join" }).click();
    await expect(colleague).toHaveURL(/\/mfa\/enrol$/);
    await enrol(colleague);
    await expect(colleague).toHaveURL(/\/admin$/);
    await expect(colleague.getByRole("navigation", { name: "Staff console navigation" })).toBeVisible();

    // The admin sees the new colleague, their role and their last sign-in, and changes the role.
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Staff · Content");
    await expect(row.locator("time")).toContainText(/UTC/); // the last sign-in, just now
    await expect(page.getByRole("row").filter({ hasText: admin.email })).toContainText("Never");
    await shoot(page, "users");
    await page.setViewportSize({ width: 1366, height: 900 });
    await row.getByLabel(`Role for ${email}`).selectOption({ label: "Privacy" });
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(
      page.getByText(`${email} is now Privacy. The change applies to their next page.`),
    ).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Staff · Privacy");
    // Policy documents are Content work: the colleague's next page already knows they are Privacy now.
    expect((await colleague.goto("/admin/trust/policies"))?.status()).toBe(403);

    // Reset their two-factor authentication: the admin confirms it's them first.
    await db.session.update({
      where: { id: sessionId },
      data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
    });
    await page
      .getByRole("row")
      .filter({ hasText: email })
      .getByRole("link", { name: "Reset two-factor" })
      .click();
    await expect(page.getByRole("heading", { name: "Reset two-factor authentication" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reset two-factor authentication" })).toHaveCount(0);
    await shoot(page, "mfa-reset-locked");
    await page.getByLabel("Your password").fill(admin.password);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page.getByRole("heading", { name: "Confirm it's you" })).toHaveCount(0);
    await page.getByRole("button", { name: "Reset two-factor authentication" }).click();
    await expect(
      page.getByText(
        `Two-factor authentication of ${email} was reset: 10 backup code(s) removed, 1 session(s) ended. They were told by email.`,
      ),
    ).toBeVisible();
    await shoot(page, "mfa-reset-done");

    // The colleague is signed out, and told by email.
    await colleague.goto("/admin");
    await expect(colleague).toHaveURL(/\/sign-in/);
    await expect
      .poll(async () => (await latestEmailTo(email, /two-factor authentication was reset/))?.subject ?? "")
      .toBe("Your two-factor authentication was reset");
    const events = await db.auditEvent.findMany({
      where: {
        action: { in: ["admin.staff.invited", "admin.staff.role_changed", "admin.user.mfa_reset"] },
        actorUserId: admin.id,
      },
      select: { action: true },
    });
    expect(events.map((e) => e.action).sort()).toEqual(
      ["admin.staff.invited", "admin.staff.role_changed", "admin.user.mfa_reset"].sort(),
    );
  } finally {
    await theirs.close();
  }
});

test("support staff see the users and their last sign-in but are offered no invitation or role controls (S11)", async ({
  context,
  page,
  makeUser,
  signIn,
}) => {
  const content = await makeUser({ staffRoles: ["CONTENT"] });
  await signIn(context, await makeUser({ staffRoles: ["SUPPORT"] }));
  await page.goto("/admin/users");
  await expect(page.getByRole("columnheader", { name: "Last sign-in" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Invite a colleague" })).toHaveCount(0);
  const row = page.getByRole("row").filter({ hasText: content.email });
  await expect(row).toBeVisible();
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(row.getByRole("link", { name: "Reset two-factor" })).toHaveCount(0);
});
