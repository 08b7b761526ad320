// The demo product's records about the seeded organisations' end users, and its endpoints' secrets (the
// same secrets Article28 holds sealed for these systems; prisma/seed-dsr-systems.ts passes them). Idempotent: the
// records are written once, the endpoints are upserted.
import type pg from "pg";
import { SCHEMA } from "./schema.ts";

export type EndpointSetting = {
  systemKey: string;
  secret: string;
  asyncActions: string[];
  callbackDelayMs: number;
};

const DAY = 86_400_000;

type Person = { org: string; email: string; externalId: string; name: string; plan: string; locale: string };

/** End users of the seeded customers; anna@… is the README's example, ben@… has invoices under retention. */
export const DEMO_PEOPLE: readonly Person[] = [
  {
    org: "acme",
    email: "anna@acme-customer.example",
    externalId: "acme-cust-1001",
    name: "Anna Berger",
    plan: "plus",
    locale: "de",
  },
  {
    org: "acme",
    email: "ben@acme-customer.example",
    externalId: "acme-cust-1002",
    name: "Ben Krüger",
    plan: "basic",
    locale: "de",
  },
  {
    org: "acme",
    email: "carla@acme-customer.example",
    externalId: "acme-cust-1003",
    name: "Carla Nunes",
    plan: "basic",
    locale: "en",
  },
  {
    org: "globex",
    email: "gina@globex-patient.example",
    externalId: "gx-77801",
    name: "Gina Hoffmann",
    plan: "care",
    locale: "de",
  },
  {
    org: "globex",
    email: "hugo@globex-patient.example",
    externalId: "gx-77802",
    name: "Hugo Weber",
    plan: "care",
    locale: "de",
  },
  {
    org: "initech",
    email: "ida@initech-client.example",
    externalId: "it-5501",
    name: "Ida Svensson",
    plan: "policy",
    locale: "en",
  },
];

/** The retention hold that makes an erasure answer "blocked" (A11): invoices kept ten years (HGB § 257). */
export const DEMO_HOLD = {
  systemKey: "product-database",
  org: "acme",
  email: "ben@acme-customer.example",
  table: "orders",
  ground: "Statutory retention of invoices and booking records (HGB § 257, AO § 147): 10 years",
  until: "2036-12-31",
};

export async function seedDemoProduct(
  pool: pg.Pool,
  endpoints: readonly EndpointSetting[],
  now: Date,
): Promise<void> {
  for (const endpoint of endpoints) {
    await pool.query(
      `INSERT INTO ${SCHEMA}.endpoints (system_key, secret, async_actions, callback_delay_ms) VALUES ($1, $2, $3, $4)
       ON CONFLICT (system_key) DO UPDATE SET secret = EXCLUDED.secret`,
      [endpoint.systemKey, endpoint.secret, endpoint.asyncActions, endpoint.callbackDelayMs],
    );
  }
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SCHEMA}.accounts`);
  if ((rows[0]?.n ?? 0) > 0) return;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  for (const [index, person] of DEMO_PEOPLE.entries()) {
    await pool.query(
      `INSERT INTO ${SCHEMA}.accounts (org_slug, external_id, email, name, plan, locale, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        person.org,
        person.externalId,
        person.email,
        person.name,
        person.plan,
        person.locale,
        at(400 - index * 20),
      ],
    );
    for (let n = 1; n <= 2; n++) {
      await pool.query(
        `INSERT INTO ${SCHEMA}.orders (org_slug, email, order_number, total_cents, placed_at) VALUES ($1, $2, $3, $4, $5)`,
        [
          person.org,
          person.email,
          `${person.org.toUpperCase()}-${1000 + index * 10 + n}`,
          1990 * n + index * 100,
          at(90 - n * 20),
        ],
      );
    }
    for (const [k, event] of ["signed_in", "viewed_page", "exported_report"].entries()) {
      await pool.query(
        `INSERT INTO ${SCHEMA}.events (org_slug, email, external_id, event, page, occurred_at) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          person.org,
          person.email,
          person.externalId,
          event,
          ["/login", "/dashboard", "/reports"][k],
          at(10 - k),
        ],
      );
    }
    // A sign-in of more than a year ago: past the 395 days the seeded "events" category keeps (ADR 0028),
    // so the first retention purge visibly removes it.
    await pool.query(
      `INSERT INTO ${SCHEMA}.events (org_slug, email, external_id, event, page, occurred_at) VALUES ($1, $2, $3, 'signed_in', '/login', $4)`,
      [person.org, person.email, person.externalId, at(420 + index * 7)],
    );
  }
  await pool.query(
    `INSERT INTO ${SCHEMA}.holds (system_key, org_slug, email, held_table, ground, until) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT DO NOTHING`,
    [DEMO_HOLD.systemKey, DEMO_HOLD.org, DEMO_HOLD.email, DEMO_HOLD.table, DEMO_HOLD.ground, DEMO_HOLD.until],
  );
}
