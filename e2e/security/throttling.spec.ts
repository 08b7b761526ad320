// Sign-in throttling (SECURITY.md S2): failures are counted per account+IP and per IP in PostgreSQL;
// the 11th rapid failure for one account is answered 429 with Retry-After, even with the right password,
// while another account from the same address still signs in.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";

async function attempt(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
}

test("the 11th failed sign-in for an account is throttled; the right password is refused too; others are unaffected (S2)", async ({
  playwright,
  baseURL,
  makeUser,
}) => {
  const victim = await makeUser();
  const bystander = await makeUser();
  const request = await playwright.request.newContext({ baseURL });

  for (let i = 1; i <= 10; i++) {
    const response = await attempt(request, victim.email, `wrong-${i}`);
    expect(response.status(), `failure ${i} is an ordinary failure`).toBe(401);
  }
  const throttled = await attempt(request, victim.email, "wrong-11");
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await throttled.json()).url).toContain("error=Throttled%3A15");

  const rightPassword = await attempt(request, victim.email, victim.password);
  expect(rightPassword.status()).toBe(429);

  const other = await attempt(request, bystander.email, bystander.password);
  expect(other.status()).toBe(200);
  await request.dispose();
});

test("the sign-in form says how long to wait (S2)", async ({ page, makeUser }) => {
  const user = await makeUser();
  for (let i = 0; i < 10; i++) await attempt(page.request, user.email, `wrong-${i}`);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Too many attempts. Try again in 15 minutes.")).toBeVisible();
});
