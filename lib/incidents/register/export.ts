import "server-only";
// The register export (B5): every incident — notified or not — with every field, the reasoning of
// its determination, its assessments and its notifications. Audited as breach.register.exported.
import { stringify } from "csv-stringify/sync";
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";

export type ExportFormat = "csv" | "json";

async function registerRecords() {
  const incidents = await db.incident.findMany({
    orderBy: { awareAt: "asc" },
    select: {
      id: true,
      reference: true,
      title: true,
      description: true,
      detectedAt: true,
      awareAt: true,
      dataCategories: true,
      status: true,
      determination: true,
      determinationReason: true,
      determinedAt: true,
      highRisk: true,
      art34Exemption: true,
      art34Justification: true,
      closedAt: true,
      createdAt: true,
      updatedAt: true,
      systems: { select: { dataSystem: { select: { key: true } } } },
      organizations: { select: { organization: { select: { slug: true } } } },
      assessments: {
        orderBy: { assessedAt: "asc" },
        select: {
          dpc: true,
          ei: true,
          cbConfidentiality: true,
          cbIntegrity: true,
          cbAvailability: true,
          cbMalicious: true,
          score: true,
          band: true,
          notes: true,
          assessedAt: true,
        },
      },
      notifications: {
        orderBy: { deadlineAt: "asc" },
        select: {
          organization: { select: { slug: true } },
          windowHours: true,
          deadlineAt: true,
          firstSentAt: true,
          firstDeliveredAt: true,
          acknowledgedAt: true,
        },
      },
    },
  });
  return incidents.map(({ systems, organizations, notifications, ...incident }) => ({
    ...incident,
    systems: systems.map((s) => s.dataSystem.key),
    organizations: organizations.map((o) => o.organization.slug),
    notifications: notifications.map(({ organization, ...n }) => ({ organization: organization.slug, ...n })),
  }));
}

type RegisterRecord = Awaited<ReturnType<typeof registerRecords>>[number];

/** A cell a spreadsheet would run as a formula is prefixed with an apostrophe (CSV injection). */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const iso = (date: Date | null) => date?.toISOString() ?? "";

function toCsv(records: RegisterRecord[]): string {
  const rows = records.map((r) => {
    const latest = r.assessments.at(-1);
    return {
      reference: r.reference,
      title: r.title,
      description: r.description,
      detected_at_utc: iso(r.detectedAt),
      aware_at_utc: iso(r.awareAt),
      status: r.status,
      determination: r.determination,
      determination_reasoning: r.determinationReason,
      determined_at_utc: iso(r.determinedAt),
      data_categories: r.dataCategories.join("; "),
      systems: r.systems.join("; "),
      organizations: r.organizations.join("; "),
      high_risk: r.highRisk ? "yes" : "no",
      art34_exemption: r.art34Exemption ?? "",
      art34_justification: r.art34Justification,
      latest_severity_score: latest ? latest.score.toFixed(2) : "",
      latest_severity_band: latest?.band ?? "",
      assessments: r.assessments
        .map(
          (a) =>
            `${iso(a.assessedAt)} DPC ${a.dpc} x EI ${a.ei} + CB ${a.cbConfidentiality}/${a.cbIntegrity}/${a.cbAvailability}${a.cbMalicious ? "/malicious" : ""} = ${a.score.toFixed(2)} ${a.band}${a.notes ? ` (${a.notes})` : ""}`,
        )
        .join(" | "),
      notifications: r.notifications
        .map(
          (n) =>
            `${n.organization}: ${n.windowHours} h, due ${iso(n.deadlineAt)}, sent ${iso(n.firstSentAt) || "not yet"}, delivered ${iso(n.firstDeliveredAt) || "not yet"}, acknowledged ${iso(n.acknowledgedAt) || "not yet"}`,
        )
        .join(" | "),
      closed_at_utc: iso(r.closedAt),
      created_at_utc: iso(r.createdAt),
      updated_at_utc: iso(r.updatedAt),
    };
  });
  const safe = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, spreadsheetSafe(value)])),
  );
  return stringify(safe, { header: true, columns: rows.length === 0 ? ["reference"] : undefined });
}

/** The whole register as a file to download (the route handler serves it as an attachment). */
export async function exportRegister(
  ctx: Context,
  format: ExportFormat,
): Promise<{ body: string; contentType: string; fileName: string }> {
  const { actor } = await authorizeStaff(ctx, "breach.view");
  const records = await registerRecords();
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(actor),
      action: "breach.register.exported",
      request: ctx.request,
      metadata: { format, incidents: records.length },
    },
    { clock: ctx.clock },
  );
  const now = ctx.clock.now();
  const day = now.toISOString().slice(0, 10);
  return format === "csv"
    ? { body: toCsv(records), contentType: "text/csv; charset=utf-8", fileName: `breach-register-${day}.csv` }
    : {
        body: JSON.stringify({ exportedAt: now.toISOString(), incidents: records }, null, 2),
        contentType: "application/json; charset=utf-8",
        fileName: `breach-register-${day}.json`,
      };
}
