// Demo data for data-subject requests (issue 12): the reference connector (connectors/demo-product) plays
// the product's systems. "Product database" and "Analytics events" hold records about every seeded
// organisation's end users; the breach demo's "Analytics warehouse" and "Event ingest" are connected to it
// too (they hold no subject-level data and answer "not found"); "Reporting API" stays MANUAL (staff complete
// its tasks with evidence). Each WEBHOOK system gets an endpoint on the connector and a signing secret,
// sealed here and handed to the connector's own table. Analytics events answers export, erase and the
// absence check asynchronously (202, then the callback). Idempotent: a system that staff configured (or a
// secret already set) is left as it is.
import pg from "pg";
import { recordAudit, SYSTEM_ACTOR } from "../lib/audit/record.ts";
import { db } from "../lib/db/client.ts";
import { databaseEnv } from "../lib/config/env.ts";
import { openSigningSecret, sealSigningSecret } from "../lib/dsr/connectors/signing-secret.ts";
import { newWebhookSecret } from "../lib/webhooks/standard-webhooks.ts";
import { seedDemoProduct, type EndpointSetting } from "../connectors/demo-product/src/demo-data.ts";
import { ensureSchema } from "../connectors/demo-product/src/schema.ts";

export const DEMO_CONNECTOR_PORT = Number(process.env.DEMO_CONNECTOR_PORT ?? 3100);

type DemoSystem = {
  key: string;
  name: string;
  description: string;
  /** Only for systems the seed creates; the breach demo's systems keep their own links. */
  organizations?: readonly string[];
  asyncActions: string[];
  /** The categories of data it declares for retention (ADR 0028), purged through the connector protocol. */
  categories?: readonly {
    key: string;
    name: string;
    description: string;
    defaultDays: number;
    minDays: number;
  }[];
};

export const DSR_DEMO_SYSTEMS: readonly DemoSystem[] = [
  {
    key: "product-database",
    name: "Product database",
    description:
      "End users' accounts and orders in the product (the demo connector, connectors/demo-product).",
    organizations: ["acme", "globex", "initech"],
    asyncActions: [],
    categories: [
      {
        key: "orders",
        name: "Orders",
        description: "Orders and invoices: kept ten years for the tax authorities (HGB § 257, AO § 147).",
        defaultDays: 3650,
        minDays: 3650,
      },
    ],
  },
  {
    key: "analytics-events",
    name: "Analytics events",
    description: "Product usage events per end user (the demo connector; answers asynchronously).",
    organizations: ["acme", "globex", "initech"],
    asyncActions: ["export", "erase", "absence_check"],
    categories: [
      {
        key: "events",
        name: "Product usage events",
        description: "Sign-ins, page views and exports per end user.",
        defaultDays: 395,
        minDays: 30,
      },
    ],
  },
  { key: "analytics-warehouse", name: "Analytics warehouse", description: "", asyncActions: [] },
  { key: "event-ingest", name: "Event ingest", description: "", asyncActions: [] },
];

export function demoEndpointUrl(key: string, port = DEMO_CONNECTOR_PORT): string {
  return `http://127.0.0.1:${port}/${key}/tasks`;
}

export async function seedDsrSystems(now: Date): Promise<{ configured: number }> {
  const endpoints: EndpointSetting[] = [];
  let configured = 0;
  for (const system of DSR_DEMO_SYSTEMS) {
    const row = await db.dataSystem.upsert({
      where: { key: system.key },
      create: { key: system.key, name: system.name, description: system.description },
      update: {},
      select: { id: true, connector: true, endpointUrl: true, signingSecretSealed: true },
    });
    if (system.organizations) {
      const organizations = await db.organization.findMany({
        where: { slug: { in: [...system.organizations] } },
        select: { id: true },
      });
      await db.organizationSystem.createMany({
        data: organizations.map((o) => ({ organizationId: o.id, dataSystemId: row.id })),
        skipDuplicates: true,
      });
    }
    if (system.categories)
      await db.systemDataCategory.createMany({
        data: system.categories.map((c) => ({ dataSystemId: row.id, ...c })),
        skipDuplicates: true,
      });
    let secret = openSigningSecret(row.id, row.signingSecretSealed);
    if (row.connector === "MANUAL" && row.endpointUrl === "" && !secret) {
      secret = newWebhookSecret();
      const endpointUrl = demoEndpointUrl(system.key);
      await db.dataSystem.update({
        where: { id: row.id },
        data: { connector: "WEBHOOK", endpointUrl, signingSecretSealed: sealSigningSecret(row.id, secret) },
      });
      await recordAudit({
        actor: SYSTEM_ACTOR,
        action: "dsr.connector.configured",
        target: { type: "DataSystem", id: row.id },
        metadata: {
          system: system.key,
          connector: "WEBHOOK",
          endpointUrl,
          changed: ["connector", "endpointUrl", "secret"],
        },
      });
      configured++;
    }
    if (secret)
      endpoints.push({
        systemKey: system.key,
        secret,
        asyncActions: system.asyncActions,
        callbackDelayMs: 1500,
      });
  }
  const pool = new pg.Pool({ connectionString: databaseEnv().DATABASE_URL, max: 2 });
  try {
    await ensureSchema(pool);
    await seedDemoProduct(pool, endpoints, now);
  } finally {
    await pool.end();
  }
  return { configured };
}
