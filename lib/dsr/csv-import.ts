import "server-only";
// Importing many requests from one CSV file (org.dsr.manage): first a check that stores nothing and
// shows every row with its problems (./csv-check.ts), then the import of exactly the file that was
// checked (its SHA-256 must match) — all rows in one transaction or none: a file with any problem
// imports nothing. Each request is filed like one from the form (source CSV_IMPORT, its own event), and
// the import itself is one more event in both chains.
import { authorizeOrgBySlug, type OrgContext } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { sha256Hex } from "../crypto/sha256.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { auditContextOf, auditForBoth, dsrEvent } from "./audit.ts";
import { checkCsv, type CsvCheck } from "./csv-check.ts";
import { insertInstructedRequest, type FiledRequest } from "./insert-request.ts";
import { DSR_CSV_MESSAGES } from "./messages.ts";

export type CsvPreview = CsvCheck & { sha256: string };

async function checkFor(org: OrgContext, text: string): Promise<CsvPreview> {
  const { defaultTimeZone } = await db.organization.findUniqueOrThrow({
    where: { id: org.organizationId },
    select: { defaultTimeZone: true },
  });
  const check = checkCsv(text, { timeZone: defaultTimeZone, clock: org.clock, locale: org.locale });
  return { ...check, sha256: sha256Hex(text) };
}

/** Checks a file: every row with its problems; nothing is stored. */
export async function previewImport(ctx: Context, slug: string, text: string): Promise<CsvPreview> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.manage");
  return checkFor(org, text);
}

/** Imports the checked file (`sha256` from its preview): every request, or none. */
export async function importRequests(
  ctx: Context,
  slug: string,
  text: string,
  sha256: string,
): Promise<{ requests: FiledRequest[] }> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.dsr.manage");
  const check = await checkFor(org, text);
  if (check.sha256 !== sha256) throw new AppError("conflict", DSR_CSV_MESSAGES.changedSinceCheck);
  if (!check.importable) throw new AppError("invalid", DSR_CSV_MESSAGES.notImportable);
  const audit = auditContextOf(org);
  const filer = { ...audit, organizationId: org.organizationId, userId: org.actor.userId };
  return db.$transaction(
    async (tx) => {
      const requests: FiledRequest[] = [];
      for (const row of check.rows)
        requests.push(await insertInstructedRequest(tx, filer, row.request!, "CSV_IMPORT"));
      await auditForBoth(tx, audit, org.organizationId, [
        dsrEvent(
          "dsr.requests.imported",
          { type: "Organization", id: org.organizationId },
          { requests: requests.length, sha256 },
        ),
      ]);
      return { requests };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
