// `npm run test:e2e`: production build, throw-away PostgreSQL (migrated + seeded), the app started
// exactly as `npm start` does, then Playwright in Chromium against it. Everything stops afterwards.
import { logContains, tablesContaining } from "./secret-canary.ts";
import { buildProduction, runCommand, startProductionSandbox } from "./production-sandbox.ts";

if (!process.env.E2E_SKIP_BUILD) buildProduction();

const sandbox = await startProductionSandbox({ echo: true });
let exitCode = 1;
try {
  exitCode = runCommand("npx", ["playwright", "test", ...process.argv.slice(2)], {
    ...sandbox.env,
    E2E_BASE_URL: sandbox.baseUrl,
    // Only for what is not the app's: the reference connector's own records (e2e/fixtures/demo-product.ts).
    DATABASE_OWNER_URL: sandbox.ownerDatabaseUrl,
  });

  const leakedInto = await tablesContaining(sandbox.ownerDatabaseUrl);
  const inLog = logContains(sandbox.log());
  if (leakedInto.length > 0 || inLog) {
    console.error(
      `Secrets made by the tests were found in clear: ${[...leakedInto, ...(inLog ? ["the server log"] : [])].join(", ")}`,
    );
    exitCode = 1;
  } else {
    console.log("Secret canary: no test password appears in the database or the server log.");
  }
} finally {
  await sandbox.stop();
}
process.exit(exitCode);
