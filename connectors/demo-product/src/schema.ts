// The demo product's own tables, in its own PostgreSQL schema "demo_product" (created on start; no Prisma
// model in the app knows them): the product's records about its users, per customer organisation, plus
// what the connector itself keeps (its endpoints' secrets and options, retention holds, and every task it
// received under its webhook-id).
import type pg from "pg";

export const SCHEMA = "demo_product";

// The schema is created only when missing: CREATE SCHEMA IF NOT EXISTS would need CREATE on the database
// even when it exists, and a role that merely owns the schema (the tests' application role) lacks it.
const DDL = `
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = '${SCHEMA}') THEN CREATE SCHEMA ${SCHEMA}; END IF;
END $$;
CREATE TABLE IF NOT EXISTS ${SCHEMA}.endpoints (
  system_key text PRIMARY KEY,
  secret text NOT NULL,
  async_actions text[] NOT NULL DEFAULT '{}',
  callback_delay_ms integer NOT NULL DEFAULT 500
);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.accounts (
  id serial PRIMARY KEY,
  org_slug text NOT NULL,
  external_id text,
  email text NOT NULL,
  name text NOT NULL,
  plan text NOT NULL DEFAULT 'basic',
  locale text NOT NULL DEFAULT 'en',
  restricted boolean NOT NULL DEFAULT false,
  objected boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS accounts_subject ON ${SCHEMA}.accounts (org_slug, lower(email));
CREATE TABLE IF NOT EXISTS ${SCHEMA}.orders (
  id serial PRIMARY KEY,
  org_slug text NOT NULL,
  email text NOT NULL,
  order_number text NOT NULL,
  total_cents integer NOT NULL,
  currency text NOT NULL DEFAULT 'EUR',
  placed_at timestamptz NOT NULL,
  restricted boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS orders_subject ON ${SCHEMA}.orders (org_slug, lower(email));
CREATE TABLE IF NOT EXISTS ${SCHEMA}.events (
  id serial PRIMARY KEY,
  org_slug text NOT NULL,
  email text,
  external_id text,
  event text NOT NULL,
  page text NOT NULL,
  occurred_at timestamptz NOT NULL,
  restricted boolean NOT NULL DEFAULT false,
  objected boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS events_subject ON ${SCHEMA}.events (org_slug, lower(email));
CREATE TABLE IF NOT EXISTS ${SCHEMA}.holds (
  system_key text NOT NULL,
  org_slug text NOT NULL,
  email text NOT NULL,
  held_table text NOT NULL,
  ground text NOT NULL,
  until date NOT NULL,
  PRIMARY KEY (system_key, org_slug, email, held_table)
);
CREATE TABLE IF NOT EXISTS ${SCHEMA}.deliveries (
  webhook_id text PRIMARY KEY,
  system_key text NOT NULL,
  task_id text NOT NULL,
  action text NOT NULL,
  result jsonb NOT NULL,
  asynchronous boolean NOT NULL,
  callback_url text,
  callback_token text,
  callback_done boolean NOT NULL DEFAULT false,
  received integer NOT NULL DEFAULT 1,
  first_at timestamptz NOT NULL DEFAULT now(),
  last_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS deliveries_task ON ${SCHEMA}.deliveries (task_id);
`;

/** Creates the schema and tables if they are missing (concurrent starts are serialised by a lock). */
export async function ensureSchema(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext('demo_product_schema'))");
    await client.query(DDL);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
