// Every row of every table in the public schema, as text: where a leaked secret would show up (S17).
import { db } from "../db/client.ts";

export async function wholeDatabaseText(): Promise<string> {
  const tables = await db.$queryRaw<
    { tablename: string }[]
  >`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`;
  const parts: string[] = [];
  for (const { tablename } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${tablename}" t`,
    );
    parts.push(...rows.map((r) => r.row));
  }
  return parts.join("\n");
}
