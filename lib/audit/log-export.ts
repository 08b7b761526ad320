import "server-only";
// The staff audit log as a file (CSV or JSON), under the same filters as the page: every matching event
// of the chain up to its newest event when the export starts, streamed in keyset batches so a chain of
// any length is written with one batch in memory. The export is audited before the first byte (who,
// which chain, which filters, up to which event), so no file leaves unrecorded.
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { chainFor } from "./hash.ts";
import { readableEntries } from "./log-entry.ts";
import { csvBatch, csvHead, jsonBatch, jsonHead, JSON_TAIL } from "./log-file.ts";
import type { AuditLogFilter } from "./log-filter.ts";
import { auditLogBatches } from "./log-query.ts";
import { auditedOrganization } from "./provider-log.ts";
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
  format: AuditExportFormat,
  lastSeq: number,
  facts: Record<string, unknown>,
  batchSize: number,
): AsyncGenerator<string> {
  yield format === "csv" ? csvHead() : jsonHead(facts);
  if (lastSeq > 0) {
    let first = true;
    for await (const rows of auditLogBatches(filter, lastSeq, batchSize)) {
      const entries = await readableEntries(rows);
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

export async function exportAuditLog(
  ctx: Context,
  filter: AuditLogFilter,
  format: AuditExportFormat,
  options: { batchSize?: number } = {},
): Promise<AuditExportFile> {
  const staff = await authorizeStaff(ctx, "admin.audit.view");
  const organization = await auditedOrganization(filter.organizationId);
  const chain = chainFor(filter.organizationId);
  const head = await db.auditEvent.findFirst({
    where: { chain },
    orderBy: { seq: "desc" },
    select: { seq: true },
  });
  const lastSeq = head?.seq ?? 0;
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
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
    exportedBy: staff.actor.email,
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
    stream: streamOf(fileParts(filter, format, lastSeq, facts, options.batchSize ?? 1000)),
    contentType: format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    fileName: `audit-log-${scope}-${day}.${format}`,
    lastSeq,
  };
}
