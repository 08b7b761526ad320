// The categories of data connected systems hold (ADR 0028), as retention categories: keyed
// `system:<system key>:<category key>` so policies, overrides, holds and evidence share the tables of
// Article28's own categories. Read from the database (staff declare them on /admin/systems/[id]).
import type { db, Tx } from "../../db/client.ts";
import type { RetentionCategory } from "./category.ts";

export const SYSTEM_CATEGORY_PREFIX = "system:";

export function systemCategoryKey(systemKey: string, categoryKey: string): string {
  return `${SYSTEM_CATEGORY_PREFIX}${systemKey}:${categoryKey}`;
}

export function isSystemCategoryKey(key: string): boolean {
  return key.startsWith(SYSTEM_CATEGORY_PREFIX);
}

type Reader = Tx | typeof db;

export async function systemCategories(reader: Reader): Promise<RetentionCategory[]> {
  const rows = await reader.systemDataCategory.findMany({
    orderBy: [{ dataSystem: { name: "asc" } }, { name: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      description: true,
      defaultDays: true,
      minDays: true,
      dataSystem: { select: { id: true, key: true, name: true, connector: true } },
    },
  });
  return rows.map((row): RetentionCategory => {
    const system = row.dataSystem;
    const webhook = system.connector === "WEBHOOK";
    return {
      key: systemCategoryKey(system.key, row.key),
      label: { en: `${system.name}: ${row.name}` },
      counts: { en: "as the system records it", de: "wie das System es erfasst" },
      defaultDays: row.defaultDays,
      defaultMinDays: row.minDays,
      selector: webhook
        ? `${system.key} ${row.key}: reported by the system (connector protocol purge_expired)`
        : `${system.key} ${row.key}: purged by hand (manual system)`,
      sql: null,
      removedBy: webhook
        ? {
            en: `${system.name}, asked through the connector protocol`,
            de: `${system.name}, über das Konnektor-Protokoll`,
          }
        : { en: `Purged by hand in ${system.name}`, de: `Von Hand in ${system.name} gelöscht` },
      system: {
        categoryId: row.id,
        dataSystemId: system.id,
        systemKey: system.key,
        systemName: system.name,
        categoryKey: row.key,
        connector: system.connector,
      },
    };
  });
}
