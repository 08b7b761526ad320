import "server-only";
// The staff table as a CSV file (ADR 0029): one row per organisation; every cell a spreadsheet would run as
// a formula gets a leading apostrophe (SECURITY.md S25, like the audit export), names are single lines.
// The export is audited in the provider's chain.
import { recordAudit, userActor } from "../audit/record.ts";
import { spreadsheetCsv } from "../audit/log-file.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { toSingleLine } from "../text/single-line.ts";
import { dpaAcceptanceTable, type DpaFilter, type DpaTableRow } from "./staff-table.ts";

export const DPA_CSV_COLUMNS = [
  "organization",
  "slug",
  "state",
  "current_version",
  "accepted_version",
  "accepted_at_utc",
  "signatory_name",
  "signatory_title",
  "signatory_email",
  "negotiated_title",
  "negotiated_sha256",
] as const;

function record(
  row: DpaTableRow,
  currentVersion: number | null,
): Record<(typeof DPA_CSV_COLUMNS)[number], string> {
  return {
    organization: toSingleLine(row.name),
    slug: row.slug,
    state: row.state,
    current_version: currentVersion === null ? "" : String(currentVersion),
    accepted_version: row.accepted ? String(row.accepted.version) : "",
    accepted_at_utc: row.accepted?.acceptedAt.toISOString() ?? "",
    signatory_name: toSingleLine(row.accepted?.signatoryName ?? ""),
    signatory_title: toSingleLine(row.accepted?.signatoryTitle ?? ""),
    signatory_email: row.accepted?.email ?? "",
    negotiated_title: toSingleLine(row.negotiated?.title ?? ""),
    negotiated_sha256: row.negotiated?.sha256 ?? "",
  };
}

export async function dpaAcceptanceCsv(ctx: Context, filter: DpaFilter): Promise<string> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  const table = await dpaAcceptanceTable(ctx, filter);
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "dpa.acceptances.exported",
      request: ctx.request,
      metadata: { rows: table.rows.length, filter },
    },
    { clock: ctx.clock },
  );
  return spreadsheetCsv(
    DPA_CSV_COLUMNS,
    table.rows.map((row) => record(row, table.current?.version ?? null)),
  );
}
