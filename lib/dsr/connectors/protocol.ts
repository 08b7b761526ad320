// The connector protocol, version 1 (docs/connectors/protocol.md): the task Article28 POSTs to a connected
// system, and the result the system answers with (200) or posts to the task's callback later (after 202).
// Both sides parse with these schemas: the app every answer it receives (an answer that does not parse is a
// failed attempt), the reference connector (connectors/demo-product) every task. Every size is bounded.
// Not server-only: the reference connector imports it too.
import { z } from "zod";

export const PROTOCOL_VERSION = 1;

/** The wire names of the actions, by DsrTaskAction. */
export const WIRE_ACTIONS = {
  EXPORT: "export",
  ERASE: "erase",
  ABSENCE_CHECK: "absence_check",
  RECTIFY: "rectify",
  RESTRICT: "restrict",
  LIFT_RESTRICTION: "lift_restriction",
  OBJECT: "object",
} as const;

export type TaskActionName = keyof typeof WIRE_ACTIONS;
export type WireAction = (typeof WIRE_ACTIONS)[TaskActionName];

export const wireAction = z.enum(Object.values(WIRE_ACTIONS) as [WireAction, ...WireAction[]]);

/** Limits a result must stay within (the body as a whole, and its parts). */
export const RESULT_LIMITS = {
  bodyBytes: 5 * 1024 * 1024,
  tables: 50,
  rowsPerTable: 10_000,
  columnsPerRow: 200,
  cellCharacters: 10_000,
  nameCharacters: 64,
  fields: 200,
  recipients: 50,
  textCharacters: 500,
} as const;

const L = RESULT_LIMITS;
const name = z.string().min(1).max(L.nameCharacters);
const text = z.string().max(L.textCharacters);

/** A table's name or column: letters, digits, "_", "-" and "." (it becomes a file name and a CSV header). */
export const identifier = name.regex(/^[A-Za-z0-9_.-]+$/, "letters, digits, _ . - only");

const cell = z.union([z.string().max(L.cellCharacters), z.number(), z.boolean(), z.null()]);
const row = z
  .record(identifier, cell)
  .refine((r) => Object.keys(r).length <= L.columnsPerRow, `at most ${L.columnsPerRow} columns`);

export const exportData = z
  .object({
    tables: z
      .record(identifier, z.array(row).max(L.rowsPerTable))
      .refine((t) => Object.keys(t).length <= L.tables, `at most ${L.tables} tables`),
  })
  .strict();
export type ExportData = z.infer<typeof exportData>;

/** A14: a recipient the system passed the subject's data to (a subprocessor), and how far the change got. */
export const recipientReport = z
  .object({
    name: text.min(1).max(200),
    kind: z.enum(["subprocessor", "system", "other"]).default("subprocessor"),
    status: z.enum(["done", "pending", "not_applicable", "failed"]),
    at: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();
export type RecipientReport = z.infer<typeof recipientReport>;

export const RESULT_STATUSES = ["done", "not_found", "blocked", "failed"] as const;
export type ResultStatus = (typeof RESULT_STATUSES)[number];

export const taskResult = z
  .object({
    status: z.enum(RESULT_STATUSES),
    /** done: how many records were exported, removed or changed. */
    records: z.number().int().min(0).max(1_000_000_000).optional(),
    /** done: which fields. */
    fields: z.array(identifier).max(L.fields).optional(),
    /** export, done: the subject's data. */
    data: exportData.optional(),
    /** blocked: why data was kept (e.g. "Statutory retention of invoices (HGB § 257)"). */
    ground: text.min(1).optional(),
    /** blocked: until when (ISO 8601). */
    blockedUntil: z.iso.datetime({ offset: true }).optional(),
    /** absence_check: true when the subject is no longer there. */
    absent: z.boolean().optional(),
    /** failed: what went wrong (shown to staff). */
    error: text.optional(),
    recipients: z.array(recipientReport).max(L.recipients).optional(),
  })
  .strict()
  .superRefine((result, issues) => {
    if (result.status === "blocked" && !result.ground)
      issues.addIssue({ code: "custom", path: ["ground"], message: "a blocked result names its ground" });
  });
export type TaskResult = z.infer<typeof taskResult>;

/** The task as POSTed to the system (the signed body). */
export const taskMessage = z
  .object({
    version: z.literal(PROTOCOL_VERSION),
    taskId: z.string().min(1).max(64),
    action: wireAction,
    organization: z.object({ id: z.string().min(1).max(64), slug: z.string().min(1).max(64) }).strict(),
    subject: z
      .object({ email: z.string().max(320).optional(), externalId: z.string().max(200).optional() })
      .strict(),
    /** rectify: field → new value. */
    corrections: z.record(identifier, z.string().max(L.cellCharacters)).optional(),
    /** restrict, object: which processing (free text from the controller), or fields. */
    scope: z.string().max(2000).optional(),
    request: z.object({ reference: z.string().min(1).max(64), type: z.string().min(1).max(32) }).strict(),
    callback: z.object({ url: z.url(), token: z.string().min(20).max(200) }).strict(),
  })
  .strict();
export type TaskMessage = z.infer<typeof taskMessage>;

/** "Send test" on /admin/systems: a signed ping the system answers with any 2xx. */
export const pingMessage = z
  .object({ version: z.literal(PROTOCOL_VERSION), ping: z.literal(true), sentAt: z.iso.datetime() })
  .strict();
export type PingMessage = z.infer<typeof pingMessage>;

/**
 * Parses a system's answer (text) with `schema`: too large, not JSON or not valid is `ok: false` with the
 * reason recorded for staff. One parser for every answer of the protocol (task results, organisation deletions).
 */
export function parseProtocolAnswer<T>(
  schema: z.ZodType<T>,
  body: string,
): { ok: true; result: T } | { ok: false; reason: string } {
  if (Buffer.byteLength(body, "utf8") > L.bodyBytes) return { ok: false, reason: "result too large" };
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, reason: "result is not JSON" };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `invalid result: ${issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "unknown"}`,
    };
  }
  return { ok: true, result: parsed.data };
}

/** Parses a task's result body. */
export const parseTaskResult = (body: string) => parseProtocolAnswer(taskResult, body);
