// What the demo product does for each action of the protocol, in one transaction, returning the result it
// answers with (lib/dsr/connectors/protocol.ts). Records are found by the organisation's slug and the
// subject's email (case-insensitive) or external id.
import type pg from "pg";
import type { RecipientReport, TaskMessage, TaskResult } from "../../../lib/dsr/connectors/protocol.ts";
import { SCHEMA } from "./schema.ts";
import type { SystemSpec, TableSpec } from "./systems.ts";

type Client = pg.PoolClient;
type Cell = string | number | boolean | null;

function subjectWhere(
  table: TableSpec,
  task: TaskMessage,
  first: number,
): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [task.organization.slug];
  if (task.subject.email) {
    params.push(task.subject.email);
    clauses.push(`lower(email) = lower($${first + params.length - 1})`);
  }
  if (task.subject.externalId && table.hasExternalId) {
    params.push(task.subject.externalId);
    clauses.push(`external_id = $${first + params.length - 1}`);
  }
  if (clauses.length === 0) return { sql: "false", params: [] };
  return { sql: `org_slug = $${first} AND (${clauses.join(" OR ")})`, params };
}

function cell(value: unknown): Cell {
  if (value instanceof Date) return value.toISOString();
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

async function countRows(client: Client, table: TableSpec, task: TaskMessage): Promise<number> {
  const where = subjectWhere(table, task, 1);
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${SCHEMA}.${table.name} WHERE ${where.sql}`,
    where.params,
  );
  return rows[0]?.n ?? 0;
}

async function rowsOf(client: Client, table: TableSpec, task: TaskMessage): Promise<Record<string, Cell>[]> {
  const where = subjectWhere(table, task, 1);
  const columns = table.columns.filter((c) => c !== "external_id" || table.hasExternalId);
  const { rows } = await client.query(
    `SELECT ${columns.join(", ")} FROM ${SCHEMA}.${table.name} WHERE ${where.sql} ORDER BY id`,
    where.params,
  );
  return rows.map((row: Record<string, unknown>) =>
    Object.fromEntries(columns.map((c) => [c, cell(row[c])])),
  );
}

function recipients(system: SystemSpec, records: number, now: Date): RecipientReport[] | undefined {
  if (records === 0 || system.recipients.length === 0) return undefined;
  return system.recipients.map((name) => ({
    name,
    kind: "subprocessor" as const,
    status: "done" as const,
    at: now.toISOString(),
  }));
}

export async function performAction(
  client: Client,
  system: SystemSpec,
  task: TaskMessage,
  now: Date,
): Promise<TaskResult> {
  switch (task.action) {
    case "export":
      return exportSubject(client, system, task);
    case "erase":
      return eraseSubject(client, system, task, now);
    case "absence_check":
      return absenceCheck(client, system, task);
    case "rectify":
      return rectify(client, system, task, now);
    case "restrict":
    case "lift_restriction":
      return setFlag(client, system, task, "restricted", task.action === "restrict", now);
    case "object":
      return setFlag(client, system, task, "objected", true, now);
  }
}

async function exportSubject(client: Client, system: SystemSpec, task: TaskMessage): Promise<TaskResult> {
  const tables: Record<string, Record<string, Cell>[]> = {};
  let records = 0;
  for (const table of system.tables) {
    const rows = await rowsOf(client, table, task);
    if (rows.length > 0) tables[table.name] = rows;
    records += rows.length;
  }
  if (records === 0) return { status: "not_found" };
  const fields = [...new Set(Object.values(tables).flatMap((rows) => Object.keys(rows[0] ?? {})))];
  return { status: "done", records, fields, data: { tables } };
}

async function eraseSubject(
  client: Client,
  system: SystemSpec,
  task: TaskMessage,
  now: Date,
): Promise<TaskResult> {
  const holds = task.subject.email
    ? (
        await client.query<{ held_table: string; ground: string; until: Date }>(
          `SELECT held_table, ground, until FROM ${SCHEMA}.holds
           WHERE system_key = $1 AND org_slug = $2 AND lower(email) = lower($3) AND until >= $4::date`,
          [system.key, task.organization.slug, task.subject.email, now],
        )
      ).rows
    : [];
  let removed = 0;
  const fields = new Set<string>();
  let kept: (typeof holds)[number] | null = null;
  for (const table of system.tables) {
    const where = subjectWhere(table, task, 1);
    const hold = holds.find((h) => h.held_table === table.name);
    if (hold) {
      if ((await countRows(client, table, task)) > 0) kept = hold;
      continue;
    }
    const result = await client.query(`DELETE FROM ${SCHEMA}.${table.name} WHERE ${where.sql}`, where.params);
    if ((result.rowCount ?? 0) > 0) table.columns.forEach((c) => fields.add(c));
    removed += result.rowCount ?? 0;
  }
  const reported = recipients(system, removed, now);
  if (kept)
    return {
      status: "blocked",
      records: removed,
      fields: [...fields],
      ground: kept.ground,
      blockedUntil: new Date(`${kept.until.toISOString().slice(0, 10)}T00:00:00Z`).toISOString(),
      ...(reported ? { recipients: reported } : {}),
    };
  if (removed === 0) return { status: "not_found" };
  return {
    status: "done",
    records: removed,
    fields: [...fields],
    ...(reported ? { recipients: reported } : {}),
  };
}

async function absenceCheck(client: Client, system: SystemSpec, task: TaskMessage): Promise<TaskResult> {
  let remaining = 0;
  for (const table of system.tables) remaining += await countRows(client, table, task);
  return { status: "done", absent: remaining === 0, records: remaining };
}

async function rectify(
  client: Client,
  system: SystemSpec,
  task: TaskMessage,
  now: Date,
): Promise<TaskResult> {
  const corrections = task.corrections ?? {};
  let changed = 0;
  let found = 0;
  const fields = new Set<string>();
  for (const table of system.tables) {
    const allowed = (system.correctable[table.name] ?? []).filter((f) => f in corrections);
    const where = subjectWhere(table, task, allowed.length + 1);
    found += await countRows(client, table, task);
    if (allowed.length === 0) continue;
    const sets = allowed.map((field, i) => `${field} = $${i + 1}`).join(", ");
    const result = await client.query(`UPDATE ${SCHEMA}.${table.name} SET ${sets} WHERE ${where.sql}`, [
      ...allowed.map((f) => corrections[f]),
      ...where.params,
    ]);
    if ((result.rowCount ?? 0) > 0) allowed.forEach((f) => fields.add(f));
    changed += result.rowCount ?? 0;
  }
  if (found === 0) return { status: "not_found" };
  const reported = recipients(system, changed, now);
  return {
    status: "done",
    records: changed,
    fields: [...fields],
    ...(reported ? { recipients: reported } : {}),
  };
}

async function setFlag(
  client: Client,
  system: SystemSpec,
  task: TaskMessage,
  flag: "restricted" | "objected",
  value: boolean,
  now: Date,
): Promise<TaskResult> {
  let changed = 0;
  let found = 0;
  for (const table of system.tables) {
    const where = subjectWhere(table, task, 2);
    found += await countRows(client, table, task);
    if (!table.columns.includes(flag)) continue;
    const result = await client.query(`UPDATE ${SCHEMA}.${table.name} SET ${flag} = $1 WHERE ${where.sql}`, [
      value,
      ...where.params,
    ]);
    changed += result.rowCount ?? 0;
  }
  if (found === 0) return { status: "not_found" };
  const reported = recipients(system, changed, now);
  return {
    status: "done",
    records: changed,
    fields: changed > 0 ? [flag] : [],
    ...(reported ? { recipients: reported } : {}),
  };
}
