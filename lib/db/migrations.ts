// Migrations with Prisma's WebAssembly schema engine (see docs/decisions/0002-migrations-with-wasm-engine.md).
// The folder keeps Prisma's standard layout, so `prisma migrate deploy` works on it wherever the native engine exists.
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
const noFilter = { externalTables: [], externalEnums: [] };

/** The migrations in the folder, oldest first. */
export function migrationNames(dir = MIGRATIONS_DIR): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

function readMigrations(dir = MIGRATIONS_DIR, only?: readonly string[]): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = migrationNames(dir).filter((name) => !only || only.includes(name));
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file)
            ? { tag: "ok" as const, value: readFileSync(file, "utf8") }
            : { tag: "error" as const, value: `missing ${file}` },
        },
      };
    }),
  };
}

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void;
};
let engineClass: Promise<typeof SchemaEngine> | undefined;

/** The package targets bundlers (it imports a .wasm file); Node needs the module instantiated by hand. */
function loadEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Bindings;
    const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(entry), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings.SchemaEngine;
  })();
  return engineClass;
}

/**
 * The pg adapter runs a migration script by splitting it on ";", which breaks function bodies
 * (the audit triggers). Send each script whole instead, as the native engine does; the simple query
 * protocol runs it as one implicit transaction.
 */
class WholeScriptPg extends PrismaPg {
  readonly opened: { dispose(): Promise<void> }[] = [];
  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    const driver = adapter.underlyingDriver() as { query(sql: string): Promise<unknown> };
    adapter.executeScript = async (script: string) => {
      await driver.query(script);
    };
    return adapter;
  }
}

async function withEngine<T>(url: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const factory = new WholeScriptPg({ connectionString: url });
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const Engine = await loadEngine();
  const engine = await Engine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(factory.opened.map((a) => a.dispose()));
  }
}

/**
 * Applies every pending migration; same effect and bookkeeping as `prisma migrate deploy`. `only`: just
 * these (a restore first brings an empty database to the schema its backup was taken with).
 */
export async function applyMigrations(url: string, only?: readonly string[]): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const migrationsList = readMigrations(MIGRATIONS_DIR, only);
    const out = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/** SQL that takes a database from the state of the existing migrations to the current schema file. */
export async function diffMigrationsToSchema(url: string): Promise<string> {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  return withEngine(url, async (engine) => {
    const existing = readMigrations();
    const from =
      existing.migrationDirectories.length === 0
        ? { tag: "empty" as const }
        : {
            tag: "schemaDatamodel" as const,
            files: [{ path: "previous.prisma", content: previousSchema() }],
          };
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return result.stdout ?? "";
  });
}

/** The schema the last migration was generated from, kept beside the migrations. */
export const SNAPSHOT_PATH = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
function previousSchema(): string {
  if (!existsSync(SNAPSHOT_PATH))
    throw new Error(`${SNAPSHOT_PATH} is missing: it records the schema of the last migration`);
  return readFileSync(SNAPSHOT_PATH, "utf8");
}
