import "server-only";
// Who reads the records of processing (ADR 0031). An organisation's owners, admins, privacy officers and
// auditors (org.records.view): their own organisation's, by slug — any other slug is not_found (S12).
// Staff who see organisations (admin.organizations.view): any organisation's. A date names a UTC calendar
// day: the records as of its end, or as of now for today; a later day is refused. Downloads are
// data-access events, recorded in the organisation's chain and the provider's before the file leaves.
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { parseIsoDate, utcDay } from "../time/calendar-date.ts";
import { RECORDS_MESSAGES as M } from "./messages.ts";
import { recordsOfProcessing, type RecordsOfProcessing } from "./records.ts";

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
  format: RecordsFormat | "zip",
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
