// Once per integration run: a throw-away embedded PostgreSQL with a migrated template database.
// Each test file then gets its own copy (vitest.integration.file.ts), so files never see each other's rows.
// Migrated by the cluster's superuser (the owner); the tests' application connects as the restricted
// application role, as in production (ADR 0025).
import pg from "pg";
import type { TestProject } from "vitest/node";
import { LOCAL_APP_ROLE, localAppUrl } from "./lib/db/app-role.ts";
import { startThrowawayDatabase } from "./lib/db/database-url.ts";
import { prepareDatabase } from "./lib/db/prepare.ts";

export const TEMPLATE_DB = "article28_template";

declare module "vitest" {
  export interface ProvidedContext {
    /** The cluster's superuser (creates databases, owns the tables). */
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startThrowawayDatabase();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  await admin.end();
  const templateUrl = new URL(server.url);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await prepareDatabase(templateUrl.toString(), () => {}, { appUrl: localAppUrl(templateUrl.toString()) });
  // The reference connector (connectors/demo-product) keeps its tables in a schema of its own; tests start
  // it with the application's URL, so that role owns the schema (not the application's tables).
  const template = new pg.Client({ connectionString: templateUrl.toString() });
  await template.connect();
  await template.query(`CREATE SCHEMA demo_product AUTHORIZATION ${LOCAL_APP_ROLE}`);
  await template.end();
  project.provide("serverUrl", server.url);
  return async () => server.stop();
}
