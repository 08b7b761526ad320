// Per test file: a fresh database cloned from the migrated template. DATABASE_URL points at it as the
// restricted application role; DATABASE_OWNER_URL as its owner (for tests that tamper like an owner).
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { localAppUrl } from "./lib/db/app-role.ts";
import { disconnectDb } from "./lib/db/client.ts";

const serverUrl = inject("serverUrl");
const name = `test_${randomBytes(6).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name} TEMPLATE article28_template`);
await admin.end();
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_OWNER_URL = url.toString();
process.env.DATABASE_URL = localAppUrl(url.toString());
// Each file's erasures go to a ledger of its own (ADR 0034), never into the working tree's.
process.env.ERASURE_LEDGER_DIR = mkdtempSync(path.join(tmpdir(), "erasure-ledger-"));

afterAll(async () => {
  await disconnectDb();
});
