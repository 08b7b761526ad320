import "server-only";
// The export job (one run per claim): claims the export (a QUEUED one, or a RUNNING one whose run has not
// been heard of for STALE_AFTER_MS: its worker was killed), writes the ZIP from one REPEATABLE READ
// snapshot into a file of its own (run number in the name), moves its heartbeat and progress at most
// once a second, and when complete marks it READY for seven days, audits it in the organisation's chain
// and the provider's, and emails the requester the link. A run that lost its claim stops and deletes its
// file; a run that fails puts the export back in the queue (at most MAX_ATTEMPTS runs), then FAILED, and
// so does a run killed with its worker: after MAX_ATTEMPTS runs that died, the export is not started again.
// Every run starts from scratch: nothing of an earlier run is reused, so a restart is always clean.
import { rename, rm } from "node:fs/promises";
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { providerStaffIds } from "../audit/log-actors.ts";
import { auditEvent, SYSTEM_ACTOR } from "../audit/record.ts";
import { AUDIT_LOG_MESSAGES } from "../audit/messages.ts";
import { db } from "../db/client.ts";
import { requestEmailDelivery } from "../jobs/email-jobs.ts";
import { localize } from "../i18n/text.ts";
import { providerBranding } from "../provider/branding.ts";
import type { Clock } from "../time/clock.ts";
import { ZipFileWriter } from "../zip/zip-file-writer.ts";
import type { ExportEntity, ExportScope } from "./entity.ts";
import { notifyExportReady } from "./ready-email.ts";
import { EXPORT_ENTITIES } from "./registry.ts";
import {
  ensureOrganizationDir,
  exportFileName,
  exportPath,
  exportRoot,
  removeExportFiles,
} from "./storage.ts";
import { writeExport } from "./write-export.ts";

export const EXPORT_LIFETIME_MS = 7 * 24 * 3_600_000;
export const STALE_AFTER_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 3;
const PROGRESS_EVERY_MS = 1_000;
/** A run may take this long (one snapshot transaction for the whole export). */
const RUN_TIMEOUT_MS = 6 * 3_600_000;

export type RunOptions = {
  pageSize?: number;
  root?: string;
  entities?: readonly ExportEntity[];
  /** Tests: called after each progress write (e.g. to kill the run half-way). */
  onProgress?: (rowsDone: number) => Promise<void> | void;
};

export type RunOutcome = "ready" | "skipped" | "superseded" | "retry" | "failed";

class Superseded extends Error {}

async function claim(
  exportId: string,
  clock: Clock,
): Promise<{ attempt: number; organizationId: string } | null> {
  const now = clock.now();
  const claimed = await db.organizationExport.updateMany({
    where: {
      id: exportId,
      OR: [
        { status: "QUEUED" },
        {
          status: "RUNNING",
          heartbeatAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) },
          attempts: { lt: MAX_ATTEMPTS },
        },
      ],
    },
    data: {
      status: "RUNNING",
      attempts: { increment: 1 },
      heartbeatAt: now,
      startedAt: now,
      rowsDone: 0,
      rowsTotal: 0,
    },
  });
  if (claimed.count === 0) return null;
  const row = await db.organizationExport.findUniqueOrThrow({
    where: { id: exportId },
    select: { attempts: true, organizationId: true },
  });
  return { attempt: row.attempts, organizationId: row.organizationId };
}

/**
 * An export whose last run went quiet after MAX_ATTEMPTS runs (each worker died, e.g. out of memory) is
 * not started again: it fails as a run that threw would. Otherwise nothing to do: "skipped".
 */
async function giveUpIfKilledTooOften(exportId: string, clock: Clock): Promise<RunOutcome> {
  const row = await db.organizationExport.findFirst({
    where: {
      id: exportId,
      status: "RUNNING",
      heartbeatAt: { lt: new Date(clock.now().getTime() - STALE_AFTER_MS) },
      attempts: { gte: MAX_ATTEMPTS },
    },
    select: { attempts: true, organizationId: true },
  });
  if (!row) return "skipped";
  return failed(exportId, row.attempts, row.organizationId, clock, new Error("the run stopped responding"));
}

/** Updates the run's heartbeat and progress; throws Superseded when another run took the export. */
async function beat(
  exportId: string,
  attempt: number,
  clock: Clock,
  data: { rowsDone?: number; rowsTotal?: number },
) {
  const { count } = await db.organizationExport.updateMany({
    where: { id: exportId, attempts: attempt, status: "RUNNING" },
    data: { ...data, heartbeatAt: clock.now() },
  });
  if (count === 0) throw new Superseded();
}

async function organizationReader(organizationId: string) {
  const [ids, brand] = await Promise.all([providerStaffIds(organizationId), providerBranding()]);
  return {
    locale: "en" as const,
    staff: { ids, label: localize(AUDIT_LOG_MESSAGES.providerStaff(brand.name), "en") },
  };
}

export async function runOrganizationExport(
  exportId: string,
  clock: Clock,
  options: RunOptions = {},
): Promise<RunOutcome> {
  const claimed = await claim(exportId, clock);
  if (!claimed) return giveUpIfKilledTooOften(exportId, clock);
  const { attempt, organizationId } = claimed;
  const root = options.root ?? exportRoot();
  const entities = options.entities ?? EXPORT_ENTITIES;
  const fileName = exportFileName(organizationId, exportId, attempt);
  const finalPath = exportPath(fileName, root);
  const partPath = `${finalPath}.part`;
  await ensureOrganizationDir(organizationId, root);
  await removeExportFiles(organizationId, exportId, null, root);
  let out: ZipFileWriter | null = null;
  try {
    const organization = await db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { id: true, slug: true, name: true },
    });
    // Whole seconds, even: the ZIP keeps times at two-second precision.
    const generatedAt = new Date(Math.floor(clock.now().getTime() / 2000) * 2000);
    const reader = await organizationReader(organizationId);
    // Deflate is most of the CPU an export takes: Node's zlib at level 1.
    const zip = await ZipFileWriter.create(partPath, { mtime: generatedAt, level: 1, deflate: "zlib" });
    out = zip;
    const written = await db.$transaction(
      async (tx) => {
        const scope: ExportScope = {
          tx,
          organizationId,
          startedAt: generatedAt,
          reader,
          pageSize: options.pageSize ?? 5000,
        };
        let total = 0;
        for (const entity of entities) total += await entity.count(scope);
        await beat(exportId, attempt, clock, { rowsTotal: total });
        let done = 0;
        let lastWrite = Date.now();
        const facts = { exportId, organization, generatedAt };
        return writeExport(zip, entities, scope, facts, `${partPath}.json`, async (rows) => {
          done += rows;
          if (Date.now() - lastWrite < PROGRESS_EVERY_MS && !options.onProgress) return;
          lastWrite = Date.now();
          await beat(exportId, attempt, clock, { rowsDone: Math.min(done, total) });
          await options.onProgress?.(done);
        });
      },
      { isolationLevel: "RepeatableRead", timeout: RUN_TIMEOUT_MS, maxWait: 30_000 },
    );
    const file = await zip.finish();
    out = null;
    await rename(partPath, finalPath);
    const readyAt = clock.now();
    const expiresAt = new Date(readyAt.getTime() + EXPORT_LIFETIME_MS);
    const files = written.files.length + 1;
    const ready = await db.$transaction(
      async (tx) => {
        const { count } = await tx.organizationExport.updateMany({
          where: { id: exportId, attempts: attempt, status: "RUNNING" },
          data: {
            status: "READY",
            readyAt,
            expiresAt,
            fileName,
            sha256: file.sha256,
            bytes: BigInt(file.bytes),
            files,
            rowsDone: written.rows,
            rowsTotal: written.rows,
            heartbeatAt: readyAt,
          },
        });
        if (count === 0) return false;
        await auditInOrganizationAndProvider(
          tx,
          { organizationId, actor: SYSTEM_ACTOR, clock },
          auditEvent("org.export.ready", {
            exportId,
            sha256: file.sha256,
            bytes: file.bytes,
            files,
            rows: written.rows,
            expiresAt: expiresAt.toISOString(),
          }),
          { type: "OrganizationExport", id: exportId },
        );
        await notifyExportReady(tx, exportId);
        return true;
        // The two chains' locks may be busy (a breach fan-out, a purge's evidence): a loaded machine once took
        // 5.04 s here, past Prisma's default 5 s, and a finished million-event export went back to the queue.
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
    if (!ready) throw new Superseded();
    await requestEmailDelivery();
    return "ready";
  } catch (error) {
    await out?.abandon();
    await rm(partPath, { force: true });
    await rm(`${partPath}.json`, { force: true });
    if (error instanceof Superseded) {
      await rm(finalPath, { force: true });
      return "superseded";
    }
    return failed(exportId, attempt, organizationId, clock, error);
  }
}

async function failed(
  exportId: string,
  attempt: number,
  organizationId: string,
  clock: Clock,
  error: unknown,
): Promise<RunOutcome> {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[org-export] run ${attempt} of ${exportId} failed: ${message}`);
  if (attempt < MAX_ATTEMPTS) {
    await db.organizationExport.updateMany({
      where: { id: exportId, attempts: attempt, status: "RUNNING" },
      data: { status: "QUEUED", error: message.slice(0, 2000) },
    });
    return "retry";
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.organizationExport.updateMany({
      where: { id: exportId, attempts: attempt, status: "RUNNING" },
      data: { status: "FAILED", error: message.slice(0, 2000) },
    });
    if (count === 0) return;
    await auditInOrganizationAndProvider(
      tx,
      { organizationId, actor: SYSTEM_ACTOR, clock },
      auditEvent("org.export.failed", { exportId, attempts: attempt }),
      { type: "OrganizationExport", id: exportId },
    );
  });
  return "failed";
}
