// Generates the Prisma client after `npm install`.
// `prisma generate` never runs the native schema engine, but the CLI insists that one exists.
// On machines that cannot download it (see docs/decisions/0002-migrations-with-wasm-engine.md)
// any existing file satisfies the check, so point it at the Node binary unless one is configured.
import { spawnSync } from "node:child_process";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
