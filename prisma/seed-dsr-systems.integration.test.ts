// The DSR demo seed (prisma/seed-dsr-systems.ts): the reference connector's systems registered as WEBHOOK systems with
// sealed secrets that the connector's own table holds too, linked to the seeded organisations, the demo
// records written once; running it again changes nothing.
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { db } from "../lib/db/client.ts";
import { openSigningSecret } from "../lib/dsr/connectors/signing-secret.ts";
import { createOrganization } from "./factories.ts";
import { seedDsrSystems } from "./seed-dsr-systems.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
afterAll(async () => pool.end());

it("registers Product database and Analytics events for acme, globex and initech, idempotently", async () => {
  for (const slug of ["acme", "globex", "initech"]) await createOrganization({ slug });
  const now = new Date("2027-01-15T10:00:00Z");
  expect((await seedDsrSystems(now)).configured).toBe(4);
  expect((await seedDsrSystems(now)).configured).toBe(0);
  const systems = await db.dataSystem.findMany({
    where: { key: { in: ["product-database", "analytics-events"] } },
    include: { organizations: { include: { organization: true } } },
    orderBy: { key: "asc" },
  });
  expect(systems.map((s) => [s.name, s.connector, s.organizations.length])).toEqual([
    ["Analytics events", "WEBHOOK", 3],
    ["Product database", "WEBHOOK", 3],
  ]);
  const { rows } = await pool.query<{ system_key: string; secret: string }>(
    "SELECT system_key, secret FROM demo_product.endpoints ORDER BY system_key",
  );
  expect(rows).toHaveLength(4);
  for (const system of systems) {
    expect(system.endpointUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${system.key}/tasks$`));
    expect(rows.find((r) => r.system_key === system.key)?.secret).toBe(
      openSigningSecret(system.id, system.signingSecretSealed),
    );
  }
  const accounts = await pool.query("SELECT email FROM demo_product.accounts WHERE org_slug = 'acme'");
  expect(accounts.rows.map((r) => r.email)).toContain("anna@acme-customer.example");
});
