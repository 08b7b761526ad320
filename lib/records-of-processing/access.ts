import "server-only";
// Who reads the records of processing (ADR 0031). An organisation's owners, admins, privacy officers and
// auditors (org.records.view): their own organisation's, by slug — any other slug is not_found (S12).
// Staff who see organisations (admin.organizations.view): any organisation's. A date names a UTC calendar
// day: the records as of its end, or as of now for today; a later day is refused. Downloads are
// data-access events, recorded in the organisation's chain and the provider's before the file leaves.
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, authorizeStaff, requireSignedIn } from "../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { parseIsoDate, utcDay } from "../time/calendar-date.ts";
import { RECORDS_MESSAGES as M } from "./messages.ts";
import { renderRecordsPdf } from "./pdf.ts";
import { recordsJson, recordsOfProcessing, type RecordsOfProcessing } from "./records.ts";

const DAY = 86_400_000;

/** The moment a chosen day stands for: its end (UTC), or now for today; no day: now. */
export function recordsMoment(date: string | undefined | null, now: Date): Date {
  if (!date) return now;
  const day = parseIsoDate(date);
  if (!day || day.getUTCFullYear() < 2000 || day.getTime() > utcDay(now).getTime())
    throw new AppError("invalid", M.badDate);
  const end = new Date(day.getTime() + DAY - 1);
  return end.getTime() > now.getTime() ? now : end;
}

export type RecordsView = { organizationId: string; slug: string; records: RecordsOfProcessing };

/** The organisation's own records (portal). */
export async function organizationRecords(
  ctx: Context,
  slug: string,
  date?: string | null,
): Promise<RecordsView> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.records.view");
  const records = await recordsOfProcessing(db, org.organizationId, recordsMoment(date, ctx.clock.now()));
  if (!records) throw new AppError("not_found");
  return { organizationId: org.organizationId, slug: org.slug, records };
}

/** Any organisation's records (staff). */
export async function staffOrganizationRecords(
  ctx: Context,
  organizationId: string,
  date?: string | null,
): Promise<RecordsView & { staff: SignedInContext }> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  const records = await recordsOfProcessing(db, organizationId, recordsMoment(date, ctx.clock.now()));
  if (!records) throw new AppError("not_found");
  return { organizationId, slug: records.controller.slug, records, staff };
}

export type RecordsFormat = "json" | "pdf";
export function isRecordsFormat(value: string): value is RecordsFormat {
  return value === "json" || value === "pdf";
}

/** Records the download in both chains; call just before the file is returned. */
export async function auditRecordsDownload(
  who: SignedInContext,
  view: RecordsView,
  format: RecordsFormat,
  sha256: string,
): Promise<void> {
  await db.$transaction((tx) =>
    auditInOrganizationAndProvider(
      tx,
      {
        organizationId: view.organizationId,
        actor: userActor(who.actor),
        request: who.request,
        clock: who.clock,
      },
      auditEvent("records.downloaded", { format, asOf: view.records.asOf, sha256 }),
      { type: "Organization", id: view.organizationId },
    ),
  );
}

export type RecordsFile = { contentType: string; fileName: string; bytes: Uint8Array };

/** The file of a records view: `records-<slug>-<YYYY-MM-DD>.json|pdf`. */
export async function recordsFile(view: RecordsView, format: RecordsFormat): Promise<RecordsFile> {
  const day = view.records.asOf.slice(0, 10);
  const fileName = `records-of-processing-${view.slug}-${day}.${format}`;
  if (format === "json")
    return {
      contentType: "application/json",
      fileName,
      bytes: new TextEncoder().encode(recordsJson(view.records)),
    };
  return { contentType: "application/pdf", fileName, bytes: await renderRecordsPdf(view.records) };
}

/** Portal download: the organisation's own records, audited as a data access. */
export async function downloadOrganizationRecords(
  ctx: Context,
  slug: string,
  format: RecordsFormat,
  date?: string | null,
): Promise<RecordsFile> {
  const view = await organizationRecords(ctx, slug, date);
  const file = await recordsFile(view, format);
  await auditRecordsDownload(requireSignedIn(ctx), view, format, sha256Hex(file.bytes));
  return file;
}

/** Staff download of one organisation's records, audited as a data access in both chains. */
export async function downloadStaffRecords(
  ctx: Context,
  organizationId: string,
  format: RecordsFormat,
  date?: string | null,
): Promise<RecordsFile> {
  const view = await staffOrganizationRecords(ctx, organizationId, date);
  const file = await recordsFile(view, format);
  await auditRecordsDownload(view.staff, view, format, sha256Hex(file.bytes));
  return file;
}

/** A page's `?date=`: the day when it can be shown, else null and `bad` (then the page shows today). */
export function recordsDateParam(value: unknown, now: Date): { date: string | null; bad: boolean } {
  if (typeof value !== "string" || value === "") return { date: null, bad: false };
  try {
    recordsMoment(value, now);
    return { date: value, bad: false };
  } catch {
    return { date: null, bad: true };
  }
}

/** Staff: the organisations whose records they may open, by name. */
export async function recordsOrganizations(
  ctx: Context,
): Promise<{ id: string; slug: string; name: string }[]> {
  await authorizeStaff(ctx, "admin.organizations.view");
  return db.organization.findMany({
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, name: true },
  });
}
