// Once per integration run: a throw-away embedded PostgreSQL with a migrated template database.
// Each test file then gets its own copy (vitest.integration.file.ts), so files never see each other's rows.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startThrowawayDatabase } from "./lib/db/database-url.ts";
import { prepareDatabase } from "./lib/db/prepare.ts";

export const TEMPLATE_DB = "article28_template";

declare module "vitest" {
  export interface ProvidedContext {
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
  await prepareDatabase(templateUrl.toString(), () => {});
  project.provide("serverUrl", server.url);
  return async () => server.stop();
}
