import { expect, test } from "../fixtures";

test("the public trust center home page loads without a session", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Security, privacy and compliance");
  await expect(page.getByRole("link", { name: "Customer portal sign-in" })).toBeVisible();
});

test("health reports the database and job queue (GET /api/health)", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", db: "ok", jobs: "ok" });
});
