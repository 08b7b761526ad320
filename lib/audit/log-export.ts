import "server-only";
// An audit log as a file (CSV or JSON), under the same filters as its page: every matching event of the
// chain up to its newest event when the export starts, streamed in keyset batches so a chain of any
// length is written with one batch in memory. The export is audited before the first byte (who, which
// chain, which filters, up to which event), so no file leaves unrecorded: staff's in the provider's
// chain, an organisation's member's in the organisation's own. The rows are the reader's
// (lib/audit/log-entry.ts): event names in their language, the provider's staff named as such.
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { chainFor } from "./hash.ts";
import {
  authorizedFilter,
  readerAuditOrganizationId,
  staffAuditLogContext,
  type AuditLogContext,
} from "./log-context.ts";
import { readableEntries, type AuditLogReader } from "./log-entry.ts";
import { csvBatch, csvHead, jsonBatch, jsonHead, JSON_TAIL } from "./log-file.ts";
import type { AuditLogFilter } from "./log-filter.ts";
import { auditLogBatches } from "./log-query.ts";
import { recordAudit, userActor } from "./record.ts";

export type AuditExportFormat = "csv" | "json";

export type AuditExportFile = {
  stream: ReadableStream<Uint8Array>;
  contentType: string;
  fileName: string;
  /** The newest event of the chain the export covers (0: the chain was empty). */
  lastSeq: number;
};

async function* fileParts(
  filter: AuditLogFilter,
  reader: AuditLogReader,
  format: AuditExportFormat,
  lastSeq: number,
  facts: Record<string, unknown>,
  batchSize: number,
): AsyncGenerator<string> {
  yield format === "csv" ? csvHead() : jsonHead(facts);
  if (lastSeq > 0) {
    let first = true;
    for await (const rows of auditLogBatches(filter, lastSeq, batchSize, reader.staff?.ids)) {
      const entries = await readableEntries(rows, reader);
      yield format === "csv" ? csvBatch(entries) : jsonBatch(entries, first);
      first = false;
    }
  }
  if (format === "json") yield JSON_TAIL;
}

function streamOf(parts: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await parts.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await parts.return(undefined);
    },
  });
}

/** Staff's export (admin.audit.view) of the provider's chain or the filter's organisation's. */
export async function exportAuditLog(
  ctx: Context,
  filter: AuditLogFilter,
  format: AuditExportFormat,
  options: { batchSize?: number } = {},
): Promise<AuditExportFile> {
  return exportAuditLogFile(await staffAuditLogContext(ctx, filter.organizationId), filter, format, options);
}

/** `ctx`'s chain as a file (the filter's organisation and zone are overruled by the authorised ones). */
export async function exportAuditLogFile(
  ctx: AuditLogContext,
  requested: AuditLogFilter,
  format: AuditExportFormat,
  options: { batchSize?: number } = {},
): Promise<AuditExportFile> {
  const filter = authorizedFilter(ctx, requested);
  const { organization } = ctx;
  const chain = chainFor(filter.organizationId);
  const head = await db.auditEvent.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  const lastSeq = head?.seq ?? 0;
  await recordAudit(
    {
      organizationId: readerAuditOrganizationId(ctx),
      actor: userActor(ctx.actor),
      action: "audit.log.exported",
      target: { type: "AuditChain", id: chain },
      request: ctx.request,
      metadata: {
        chain,
        format,
        action: filter.action,
        actor: filter.actor,
        from: filter.from,
        to: filter.to,
        timeZone: filter.timeZone,
        lastSeq,
      },
    },
    { clock: ctx.clock },
  );
  const now = ctx.clock.now();
  const facts = {
    exportedAt: now.toISOString(),
    exportedBy: ctx.actor.email,
    chain,
    organization,
    filter: {
      action: filter.action,
      actor: filter.actor,
      from: filter.from,
      to: filter.to,
      timeZone: filter.timeZone,
    },
    lastSeq,
  };
  const day = now.toISOString().slice(0, 10);
  const scope = organization ? "organisation" : "provider";
  return {
    stream: streamOf(fileParts(filter, ctx.reader, format, lastSeq, facts, options.batchSize ?? 1000)),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    fileName: `audit-log-${scope}-${day}.${format}`,
    lastSeq,
  };
}
