// The one Prisma client and its pg pool. Created on first use, so importing this module (e.g. during
// `next build`) never opens a connection or reads DATABASE_URL. `pgPool()` is for the few reads of a
// million rows (audit verification, the organisation export) that Prisma's row mapping would slow down
// several times; everything else goes through `db`.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseEnv } from "../config/env.ts";
import { PrismaClient } from "../generated/prisma/client.ts";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { article28Db?: PrismaClient; article28Pool?: pg.Pool };

function instance(): PrismaClient {
  if (!globalForDb.article28Db) {
    const settings = databaseEnv();
    const connectionString = settings.DATABASE_URL;
    if (!connectionString)
      throw new Error("DATABASE_URL is not set (scripts/run.ts sets it for the embedded PostgreSQL)");
    // Each email delivery lane of the job worker holds a connection while it sends (scripts/worker.ts sets 32).
    const max = settings.DATABASE_POOL_SIZE ?? 10;
    const pool = new pg.Pool({ connectionString, max });
    // An idle connection the server ended (a PostgreSQL restart) is an 'error' event; unheard, it would
    // end the process. The pool drops that connection and opens a new one when next needed.
    pool.on("error", (error) => console.error("[db] idle connection lost:", error.message));
    globalForDb.article28Pool = pool;
    globalForDb.article28Db = new PrismaClient({
      adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    });
  }
  return globalForDb.article28Db;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The pool under `db` (the same connections and limit). Its type parsers are pg's defaults, not Prisma's:
 * read a `timestamp` column as text (a Date would be parsed in the process's local time zone).
 */
export function pgPool(): pg.Pool {
  instance();
  return globalForDb.article28Pool!;
}

/** Closes the pool (scripts and tests). */
export async function disconnectDb(): Promise<void> {
  await globalForDb.article28Db?.$disconnect();
  globalForDb.article28Db = undefined;
  globalForDb.article28Pool = undefined;
}
