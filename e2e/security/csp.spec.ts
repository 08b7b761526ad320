// Dynamic pages carry a per-request nonce-based script policy and the browser reports no violation
// while a user signs in and moves through the portal, the staff console and the account pages (S15).
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "../fixtures";

/** Collects every CSP violation the page reports, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("__reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI} @ ${location.pathname}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test("dynamic pages get a fresh nonce policy that Next.js's own scripts satisfy", async ({ request }) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toContain("'unsafe-inline'");
  expect(nonce).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
});

test("no CSP violation while a customer signs in and uses the portal and account pages", async ({
  page,
  makeOrganization,
  makeUser,
}) => {
  const violations = await watchViolations(page);
  const org = await makeOrganization();
  const user = await makeUser({
    password: DEMO_PASSWORD,
    memberships: [{ organizationId: org.id, role: "OWNER" }],
  });

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`**/portal/${org.slug}`);
  for (const path of [
    `/portal/${org.slug}/members`,
    `/portal/${org.slug}/settings`,
    "/account",
    "/account/sessions",
    "/account/security",
    "/account/no-such-page",
  ]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("no CSP violation in the staff console", async ({ page, context, makeUser, signIn }) => {
  const violations = await watchViolations(page);
  await signIn(context, await makeUser({ staffRoles: ["ADMIN"] }));
  for (const path of ["/admin", "/admin/audit", "/admin/mail"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
  }
  expect(violations).toEqual([]);
});
