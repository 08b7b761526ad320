// Two-factor authentication in the browser (SECURITY.md S4, S5, S6, S8, S9, S10): a user turns TOTP on
// from the account page (the test reads the manual key and computes codes like an authenticator app),
// is challenged at the next sign-in, a code works once, a backup code works once, staff are sent to
// enrolment, and turning MFA off needs a fresh confirmation.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { generate } from "otplib";
import { db } from "../../lib/db/client.ts";
import { refusalsCounted } from "../../lib/testing/refusals.ts";
import { expect, test } from "../fixtures";

const USER_AGENT = "Article28-e2e/mfa (Playwright; Chromium)";
const CODE_REFUSED = "That code is not correct or has already been used.";
const BACKUP_REFUSED = "That backup code is not correct or has already been used.";
const PERIOD_MS = 30_000;

test.use({ userAgent: USER_AGENT });

/** The RFC 6238 time step of now. */
const currentStep = () => Math.floor(Date.now() / PERIOD_MS);
const codeForStep = (secret: string, step: number) => generate({ secret, epoch: step * 30 });

/**
 * A code the server has not seen yet: the step after `lastUsed`. The server accepts one step of drift,
 * so that step may be the next one; only when it is two ahead do we wait (for the clock, not a fixed time).
 */
async function freshCode(secret: string, lastUsed: number): Promise<{ code: string; step: number }> {
  await expect.poll(() => currentStep() >= lastUsed, { timeout: 2 * PERIOD_MS, intervals: [250] }).toBe(true);
  const step = Math.max(lastUsed + 1, currentStep());
  return { code: await codeForStep(secret, step), step };
}

async function signInThroughForm(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
}

async function backupCodesOnPage(page: Page): Promise<string[]> {
  const items = page.getByRole("list", { name: "Backup codes" }).getByRole("listitem");
  await expect(items).toHaveCount(10);
  return items.allInnerTexts();
}

/** Sets up the authenticator app on the page in front of it; returns the secret, the step used and the backup codes. */
async function enrolOnPage(page: Page): Promise<{ secret: string; step: number; backupCodes: string[] }> {
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-manual-key").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const step = currentStep();
  await page.getByLabel("Code from your app").fill(await codeForStep(secret, step));
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByText("Two-factor authentication is on", { exact: true })).toBeVisible();
  return { secret, step, backupCodes: await backupCodesOnPage(page) };
}

async function submitChallenge(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

test("a user turns on TOTP, is challenged at the next sign-in, and a code works only once (S4, S6, S9)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "MEMBER" }] });
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

  await page.goto("/account/security");
  await expect(page.getByText("Off", { exact: true })).toBeVisible();
  // A wrong first code does not turn anything on (S6).
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  await page.getByLabel("Code from your app").fill("000000");
  await page.getByRole("button", { name: "Turn on two-factor authentication" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not correct" })).toBeVisible();
  expect((await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt).toBeNull();
  await page.reload();

  const { secret, step: enrolStep, backupCodes } = await enrolOnPage(page);
  // The page re-rendered with the rotated session: still signed in, status on, codes still shown once.
  await expect(page.getByText("On", { exact: true })).toBeVisible();
  expect(backupCodes.every((c) => /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(c))).toBe(true);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download backup codes (.txt)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("article28-backup-codes.txt");
  const file = await readFile((await download.path())!, "utf8");
  for (const code of backupCodes) expect(file).toContain(code);
  const credential = await db.credential.findUniqueOrThrow({ where: { userId: user.id } });
  expect(credential.totpEnabledAt).not.toBeNull();
  expect(JSON.stringify(credential), "the secret is stored only sealed (S4)").not.toContain(secret);
  await page.reload();
  await expect(page.getByText("Your authenticator app is set up.")).toBeVisible();
  await expect(
    page.getByRole("list", { name: "Backup codes" }),
    "backup codes are shown only once",
  ).toHaveCount(0);
  await expect(page.getByTestId("backup-codes-remaining")).toHaveText("10 of 10 backup codes unused.");

  await signOut(page);
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/mfa$/);
  // Owing the second factor, the portal is out of reach.
  await page.goto(`/portal/${org.slug}`);
  await expect(page).toHaveURL(/\/mfa$/);
  // The code that confirmed enrolment is spent (its time step is recorded).
  await submitChallenge(page, await codeForStep(secret, enrolStep));
  await expect(page.getByRole("alert").filter({ hasText: CODE_REFUSED })).toBeVisible();

  const first = await freshCode(secret, enrolStep);
  await submitChallenge(page, first.code);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  // An active session cannot use the challenge page.
  await page.goto("/mfa");
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

  await signOut(page);
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/mfa$/);
  await submitChallenge(page, first.code);
  await expect(
    page.getByRole("alert").filter({ hasText: CODE_REFUSED }),
    "the same code is refused the second time",
  ).toBeVisible();
  await expect(page).toHaveURL(/\/mfa$/);

  const second = await freshCode(secret, first.step);
  await submitChallenge(page, second.code);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

  const events = await db.auditEvent.findMany({
    where: { actorUserId: user.id, action: { startsWith: "mfa." } },
    orderBy: { createdAt: "asc" },
  });
  expect(events.filter((e) => e.action === "mfa.enabled")).toHaveLength(1);
  expect(events.filter((e) => e.action === "mfa.challenge.succeeded")).toHaveLength(2);
  // Two refused codes: the first is an event of its own, both are counted for the summary (S24).
  expect(events.filter((e) => e.action === "mfa.challenge.failed").length).toBeLessThanOrEqual(2);
  expect(await refusalsCounted({ actorUserId: user.id, action: "mfa.challenge.failed" })).toBe(2);
  for (const event of events)
    expect(event).toMatchObject({ chain: `org:${org.id}`, ip: "127.0.0.1", userAgent: USER_AGENT });
  const notices = await db.outboxEmail.findMany({
    where: { toAddress: user.email, subject: "Two-factor authentication was turned on" },
  });
  expect(notices).toHaveLength(1);
  for (const secretThing of [secret, first.code, ...backupCodes])
    expect(notices[0]!.textBody).not.toContain(secretThing);
});

test("a backup code signs in once and not twice; a new set voids the old one (S5)", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  test.setTimeout(120_000);
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "ADMIN" }] });
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  await page.goto("/account/security");
  const { secret, step, backupCodes } = await enrolOnPage(page);
  await signOut(page);

  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/mfa$/);
  await page.getByRole("link", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(backupCodes[4]!.toLowerCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  await page.goto("/account/security");
  await expect(page.getByTestId("backup-codes-remaining")).toHaveText("9 of 10 backup codes unused.");
  await signOut(page);

  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(/\/mfa$/);
  await page.getByRole("link", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(backupCodes[4]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: BACKUP_REFUSED })).toBeVisible();
  await expect(page).toHaveURL(/\/mfa\?method=backup$/);

  // The authenticator still works after that.
  await page.getByRole("link", { name: "Use your authenticator app instead" }).click();
  await submitChallenge(page, (await freshCode(secret, step)).code);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));

  expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "mfa.backup_code.used" } })).toBe(
    1,
  );
  const notice = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: user.email, subject: "A backup code was used to sign in" },
  });
  expect(notice.textBody).toContain("Backup codes left: 9.");
  expect(notice.textBody).not.toContain(backupCodes[4]!);

  // A new set voids the old one: an old unused code no longer signs in, a new one does.
  await page.goto("/account/security");
  await page.getByRole("button", { name: "Create new backup codes" }).click();
  const fresh = await backupCodesOnPage(page);
  expect(fresh.some((code) => backupCodes.includes(code))).toBe(false);
  await expect(page.getByTestId("backup-codes-remaining")).toHaveText("10 of 10 backup codes unused.");
  await signOut(page);
  await signInThroughForm(page, user.email, user.password);
  await page.getByRole("link", { name: "Use a backup code instead" }).click();
  await page.getByLabel("Backup code").fill(backupCodes[5]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("alert").filter({ hasText: BACKUP_REFUSED })).toBeVisible();
  await page.getByLabel("Backup code").fill(fresh[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  expect(
    await db.auditEvent.count({ where: { actorUserId: user.id, action: "mfa.backup_codes.regenerated" } }),
  ).toBe(1);
});

test("staff signing in without TOTP are sent to enrolment, and reach the console after it (S8)", async ({
  page,
  makeUser,
}) => {
  test.setTimeout(90_000);
  const staff = await makeUser({ staffRoles: ["SUPPORT"] });
  await signInThroughForm(page, staff.email, staff.password);
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await expect(page.getByText("Staff accounts must use two-factor authentication.")).toBeVisible();
  // The challenge page and the console both send an enrolment-owing session back here.
  await page.goto("/mfa");
  await expect(page).toHaveURL(/\/mfa\/enrol$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/mfa\/enrol$/);

  const { backupCodes } = await enrolOnPage(page);
  expect(backupCodes).toHaveLength(10);
  // The codes stay on screen after the session was rotated, until the user moves on.
  await page.getByRole("link", { name: "I have saved my codes, continue" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("navigation", { name: "Staff console navigation" })).toBeVisible();

  // Staff cannot turn MFA off.
  await page.goto("/account/security");
  await expect(page.getByText("Staff accounts must keep two-factor authentication on.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn off two-factor authentication" })).toHaveCount(0);
  const sessions = await db.session.findMany({ where: { userId: staff.id, revokedAt: null } });
  expect(sessions).toHaveLength(1);
  expect(sessions[0]!.mfaVerifiedAt).not.toBeNull();
});

test("turning MFA off needs a fresh confirmation of the password, then ends other sessions (S6, S10)", async ({
  page,
  context,
  makeOrganization,
  makeUser,
  signIn,
}) => {
  test.setTimeout(90_000);
  const org = await makeOrganization();
  const user = await makeUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] });
  await signInThroughForm(page, user.email, user.password);
  await expect(page).toHaveURL(new RegExp(`/portal/${org.slug}$`));
  await page.goto("/account/security");
  await enrolOnPage(page);

  // Another browser signed in elsewhere; and this session's last confirmation is now ten minutes old.
  const other = await context.browser()!.newContext();
  const { sessionId: otherSessionId } = await signIn(other, user);
  await other.close();
  await db.session.updateMany({
    where: { userId: user.id, revokedAt: null },
    data: { reauthenticatedAt: new Date(Date.now() - 10 * 60_000) },
  });
  await page.reload();

  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Turn off two-factor authentication" })).toBeDisabled();
  await page.getByLabel("Your password").fill("not-the-password");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "That password or code is not correct." }),
  ).toBeVisible();
  await page.getByLabel("Your password").fill(user.password);
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByRole("heading", { name: "Confirm it's you" })).toHaveCount(0);

  await page.getByRole("button", { name: "Turn off two-factor authentication" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("Off", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Set up authenticator app" })).toBeVisible();

  expect((await db.credential.findUniqueOrThrow({ where: { userId: user.id } })).totpEnabledAt).toBeNull();
  expect(await db.backupCode.count({ where: { userId: user.id } })).toBe(0);
  expect((await db.session.findUniqueOrThrow({ where: { id: otherSessionId } })).revokedReason).toBe(
    "mfa_disabled",
  );
  expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "auth.reauthenticated" } })).toBe(
    1,
  );
  expect(
    await db.auditEvent.count({ where: { actorUserId: user.id, action: "auth.reauthentication.failed" } }),
  ).toBe(1);
  expect(await db.auditEvent.count({ where: { actorUserId: user.id, action: "mfa.disabled" } })).toBe(1);
  expect(
    await db.outboxEmail.count({
      where: { toAddress: user.email, subject: "Two-factor authentication was turned off" },
    }),
  ).toBe(1);
});
