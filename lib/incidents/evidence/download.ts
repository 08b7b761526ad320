import "server-only";
// Downloading an evidence pack (B8): a customer (org.breaches.view) for its own notification, or staff
// (breach.view) for any affected organisation. The JSON bytes and the PDF (which prints their SHA-256)
// are built from the same pack. Every download is audited as breach.evidence.downloaded.
import { recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context } from "../../context/context.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { AppError } from "../../errors.ts";
import { authorizeNotification } from "../notifications/notification-access.ts";
import { buildEvidencePack, EVIDENCE_DOWNLOADED, type EvidencePack } from "./evidence-data.ts";
import { evidenceJsonBytes } from "./evidence-json.ts";
import { renderEvidencePdf } from "./evidence-pdf.ts";

export type EvidenceFormat = "json" | "pdf";
export type EvidenceFile = { bytes: Buffer; contentType: string; fileName: string; sha256: string };

/** "json" and "pdf" are formats; anything else is not (the route answers 404). */
export function isEvidenceFormat(value: string): value is EvidenceFormat {
  return value === "json" || value === "pdf";
}

const ID_PATTERN = /^[a-z0-9]{1,64}$/i;

/** `timeZone`: the reader's, for the PDF (the JSON keeps UTC instants). */
async function evidenceFile(
  pack: EvidencePack,
  format: EvidenceFormat,
  timeZone: string,
): Promise<EvidenceFile> {
  const json = evidenceJsonBytes(pack);
  const base = `${pack.incident.reference}-evidence`.replace(/[^A-Za-z0-9._-]/g, "-");
  if (format === "json")
    return {
      bytes: json,
      contentType: "application/json; charset=utf-8",
      fileName: `${base}.json`,
      sha256: sha256Hex(json),
    };
  const pdf = await renderEvidencePdf(pack, sha256Hex(json), timeZone);
  return { bytes: pdf, contentType: "application/pdf", fileName: `${base}.pdf`, sha256: sha256Hex(pdf) };
}

/** The customer's download: /portal/<slug>/breach-notifications/<notificationId>/evidence.<format>. */
export async function downloadOwnEvidence(
  ctx: Context,
  slug: string,
  notificationId: string,
  format: EvidenceFormat,
): Promise<EvidenceFile> {
  const {
    ctx: org,
    notificationId: id,
    incidentId,
  } = await authorizeNotification(ctx, slug, notificationId, "org.breaches.view");
  const pack = await buildEvidencePack(incidentId, org.organizationId);
  if (!pack) throw new AppError("not_found");
  const file = await evidenceFile(pack, format, org.timeZone);
  await recordAudit(
    {
      organizationId: org.organizationId,
      actor: userActor(org.actor),
      action: EVIDENCE_DOWNLOADED,
      target: { type: "IncidentNotification", id },
      request: ctx.request,
      metadata: { incidentId, format, sha256: file.sha256 },
    },
    { clock: ctx.clock },
  );
  return file;
}

/** Staff's download for one affected organisation: /admin/incidents/<incidentId>/evidence/<organizationId>.<format>. */
export async function downloadEvidenceAsStaff(
  ctx: Context,
  incidentId: string,
  organizationId: string,
  format: EvidenceFormat,
): Promise<EvidenceFile> {
  const { actor } = await authorizeStaff(ctx, "breach.view");
  if (!ID_PATTERN.test(incidentId) || !ID_PATTERN.test(organizationId)) throw new AppError("not_found");
  const pack = await buildEvidencePack(incidentId, organizationId);
  if (!pack) throw new AppError("not_found");
  const file = await evidenceFile(pack, format, ctx.timeZone);
  const event = {
    actor: userActor(actor),
    action: EVIDENCE_DOWNLOADED,
    target: { type: "Incident", id: incidentId },
    request: ctx.request,
  };
  const options = { clock: ctx.clock };
  await recordAudit(
    { ...event, organizationId: null, metadata: { incidentId, organizationId, format, sha256: file.sha256 } },
    options,
  );
  await recordAudit(
    { ...event, organizationId, metadata: { incidentId, format, sha256: file.sha256 } },
    options,
  );
  return file;
}
