import "server-only";
// Staff export every organisation's records of processing in one ZIP (ADR 0031): one JSON per
// organisation (`<slug>.json`, the same bytes as its own download) and `index.csv` (slug, name, file,
// SHA-256, counts), streamed — one organisation's records in memory at a time. Staff who see organisations
// (admin.organizations.view). Audited in the provider's chain before the first byte.
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { csvHeader, csvLines } from "../zip/csv.ts";
import { ZipAssembler } from "../zip/zip-assembler.ts";
import { recordsMoment } from "./access.ts";
import { recordsJson, recordsOfProcessing } from "./records.ts";

export const INDEX_COLUMNS = [
  "slug",
  "name",
  "file",
  "sha256",
  "activities",
  "subprocessors",
  "dpa",
  "toms_version",
] as const;

export type RecordsExport = { stream: ReadableStream<Uint8Array>; fileName: string; organizations: number };

export async function exportAllRecords(ctx: Context, date?: string | null): Promise<RecordsExport> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  const at = recordsMoment(date, ctx.clock.now());
  const organizations = await db.organization.findMany({ orderBy: { slug: "asc" }, select: { id: true } });
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "records.exported",
      request: ctx.request,
      metadata: { organizations: organizations.length, asOf: at.toISOString() },
    },
    { clock: ctx.clock },
  );
  const zip = new ZipAssembler({ mtime: at, level: 6 });
  const index: Record<string, string | number>[] = [];
  let next = 0;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const organization = organizations[next++];
      if (organization) {
        const records = await recordsOfProcessing(db, organization.id, at);
        if (records) {
          const bytes = encoder.encode(recordsJson(records));
          const file = `${records.controller.slug}.json`;
          zip.entry(file, bytes);
          index.push({
            slug: records.controller.slug,
            name: records.controller.name,
            file,
            sha256: sha256Hex(bytes),
            activities: records.activities.length,
            subprocessors: records.subprocessors.length,
            dpa: records.dpa
              ? records.dpa.kind === "standard"
                ? `standard v${records.dpa.version}`
                : "negotiated"
              : "",
            toms_version: records.securityMeasures?.version ?? "",
          });
        }
      } else {
        zip.entry("index.csv", csvHeader(INDEX_COLUMNS) + csvLines(INDEX_COLUMNS, index));
        zip.end();
      }
      for (const chunk of zip.take()) controller.enqueue(chunk);
      if (!organization) controller.close();
    },
  });
  return {
    stream,
    fileName: `records-of-processing-${at.toISOString().slice(0, 10)}.zip`,
    organizations: organizations.length,
  };
}
