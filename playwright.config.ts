import { defineConfig } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.ts), which builds the app, starts it in production mode
// on a throw-away PostgreSQL and passes E2E_BASE_URL and DATABASE_URL here.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: /(scale|fuzz)\// },
    // Scale-out (issue 15): a second instance and a worker with a mail server, after everything else.
    {
      name: "scale",
      use: { browserName: "chromium" },
      testMatch: /scale\/.*\.spec\.ts/,
      dependencies: ["chromium"],
    },
    // Every action and route handler with arbitrary input (issue 15): last and alone, as it checks that
    // nothing in the database changed.
    { name: "fuzz", testMatch: /fuzz\/.*\.spec\.ts/, dependencies: ["scale"] },
  ],
});
