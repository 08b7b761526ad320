// The migration that made Microsoft sign-in domains claims (SECURITY.md S27, ADR 0014), run on a database
// that holds connections from before it: listed domains become approved claims, except the provider's own,
// free-mail and Microsoft's shared domains (refused); a domain two organisations listed is approved for the
// earlier one only; the connection's old list is gone.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

const DIR = path.resolve("prisma/migrations");
const THIS = "sso_domain_claims";
const migrations = readdirSync(DIR)
  .filter((name) => /^\d+_/.test(name))
  .sort();
const sql = (name: string) => readFileSync(path.join(DIR, name, "migration.sql"), "utf8");

const name = `migration_${randomBytes(6).toString("hex")}`;
const serverUrl = inject("serverUrl");
let client: pg.Client;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const migration of migrations.slice(
    0,
    migrations.findIndex((m) => m.endsWith(THIS)),
  ))
    await client.query(sql(migration));
});

afterAll(async () => {
  await client?.end();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.end();
});

describe("migrating allowed domains to claims (S27)", () => {
  it("approves the domains listed before, refuses the provider's, free-mail and Microsoft's, and approves a shared one once", async () => {
    await client.query(`INSERT INTO "ProviderSettings" (id, "legalName", "displayName", address, "dpoName", "dpoEmail", "securityEmail", "updatedAt")
      VALUES ('provider', 'P', 'P', 'a', 'd', 'dpo@privacy-provider.example', 'sec@provider.example', now())`);
    await client.query(
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ('staff', 'sam@mail.staff.example', 'Sam', now())`,
    );
    await client.query(
      `INSERT INTO "StaffRoleAssignment" (id, "userId", role) VALUES ('role', 'staff', 'ADMIN')`,
    );
    for (const id of ["first", "second"])
      await client.query(
        `INSERT INTO "Organization" (id, slug, name, "breachNotificationHours", "dsrDueDays", "updatedAt") VALUES ($1, $1, $1, 36, 10, now())`,
        [id],
      );
    await client.query(`INSERT INTO "SsoConnection" (id, "organizationId", "tenantId", "clientId", "clientSecretEnc", "allowedDomains", "createdAt", "updatedAt") VALUES
      ('c1', 'first', 't', 'c', 'x', ARRAY['acme.example', 'staff.example', 'eu.privacy-provider.example', 'gmail.com', 'shared.example'], '2026-01-01', now()),
      ('c2', 'second', 't', 'c', 'x', ARRAY['shared.example', 'globex.example', 'mail.yahoo.de', 'onmicrosoft.com', 'contoso.onmicrosoft.com', 'login.windows.net'], '2026-02-01', now())`);

    await client.query(sql(migrations.find((m) => m.endsWith(THIS))!));

    const claims = await client.query<{
      organizationId: string;
      domain: string;
      status: string;
      reason: string | null;
    }>(
      `SELECT "organizationId", domain, status, "decisionReason" AS reason FROM "SsoDomainClaim" ORDER BY "organizationId", domain`,
    );
    expect(claims.rows.map((r) => [r.organizationId, r.domain, r.status])).toEqual([
      ["first", "acme.example", "APPROVED"],
      ["first", "eu.privacy-provider.example", "REFUSED"],
      ["first", "gmail.com", "REFUSED"],
      ["first", "shared.example", "APPROVED"],
      ["first", "staff.example", "REFUSED"],
      ["second", "contoso.onmicrosoft.com", "APPROVED"],
      ["second", "globex.example", "APPROVED"],
      ["second", "login.windows.net", "REFUSED"],
      ["second", "mail.yahoo.de", "REFUSED"],
      ["second", "onmicrosoft.com", "REFUSED"],
      ["second", "shared.example", "PENDING"],
    ]);
    expect(claims.rows.filter((r) => r.status !== "PENDING").every((r) => r.reason)).toBe(true);
    const columns = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'SsoConnection' AND column_name = 'allowedDomains'`,
    );
    expect(columns.rowCount).toBe(0);
    // One approved organisation per domain, from now on enforced by the database.
    await expect(
      client.query(
        `UPDATE "SsoDomainClaim" SET status = 'APPROVED' WHERE "organizationId" = 'second' AND domain = 'shared.example'`,
      ),
    ).rejects.toThrow(/SsoDomainClaim_domain_approved_key/);
  });
});
