import "server-only";
// The staff matrix as a CSV file (GDPR.md C2): one row per organisation × change the matrix shows (the
// chosen change, else the latest six; narrowed by the same filter), with the notice's state, window and
// delivery. Every cell a spreadsheet would run as a formula gets a leading apostrophe and names are single
// lines (SECURITY.md S25, as the DPA and audit exports do). The export is audited in the provider's chain.
import { spreadsheetCsv } from "../audit/log-file.ts";
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { AppError } from "../errors.ts";
import { isoDate } from "../i18n/format.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { MatrixFilter } from "./matrix-filter.ts";
import { SUBPROCESSOR_NOTICE_ERRORS } from "./messages.ts";
import { noticeMatrix, type MatrixCell, type MatrixChange } from "./staff-matrix.ts";

export const MATRIX_CSV_COLUMNS = [
  "change_id",
  "change_type",
  "subprocessor",
  "announced_at_utc",
  "effective_date",
  "organization",
  "slug",
  "mode",
  "notice_days",
  "state",
  "delivered_at_utc",
  "window_ends_at_utc",
  "objection_outcome",
  "emails_accepted",
  "emails_pending",
  "emails_failed",
  "failure_reasons",
] as const;

function record(
  change: MatrixChange,
  organization: { name: string; slug: string },
  cell: MatrixCell,
): Record<(typeof MATRIX_CSV_COLUMNS)[number], string> {
  return {
    change_id: change.id,
    change_type: change.type,
    subprocessor: toSingleLine(change.subprocessor),
    announced_at_utc: change.announcedAt.toISOString(),
    effective_date: isoDate(change.effectiveDate),
    organization: toSingleLine(organization.name),
    slug: organization.slug,
    mode: cell.mode,
    notice_days: String(cell.noticeDays),
    state: cell.state,
    delivered_at_utc: cell.deliveredAt?.toISOString() ?? "",
    window_ends_at_utc: cell.windowEndsAt?.toISOString() ?? "",
    objection_outcome: cell.outcome ?? "",
    emails_accepted: String(cell.delivery.accepted),
    emails_pending: String(cell.delivery.pending),
    emails_failed: String(cell.delivery.failures.length),
    failure_reasons: cell.delivery.failures.map((f) => toSingleLine(`${f.address}: ${f.reason}`)).join("; "),
  };
}

export type MatrixCsv = { body: string; rows: number };

export async function noticeMatrixCsv(ctx: Context, filter: MatrixFilter): Promise<MatrixCsv> {
  const staff = await authorizeStaff(ctx, "trust.subprocessors.manage");
  const matrix = await noticeMatrix(ctx, filter);
  if (matrix.unknownChange) throw new AppError("invalid", SUBPROCESSOR_NOTICE_ERRORS.matrixUnknownChange);
  const rows = matrix.changes.flatMap((change) =>
    matrix.organizations.flatMap((organization) => {
      const cell = change.cells[organization.id];
      return cell ? [record(change, organization, cell)] : [];
    }),
  );
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "subprocessor.notices.exported",
      request: ctx.request,
      metadata: {
        rows: rows.length,
        changes: matrix.changes.map((c) => c.id),
        filter: { change: filter.change ?? null, state: filter.state ?? null, q: filter.q ?? null },
      },
    },
    { clock: ctx.clock },
  );
  return { body: spreadsheetCsv(MATRIX_CSV_COLUMNS, rows), rows: rows.length };
}
