import "server-only";
// The stored deletion certificate for staff (admin.organizations.view), who keep it after the organisation is
// gone: the signed JSON file exactly as issued, or the PDF rendered from its signed payload. Audited in the
// provider's chain (the organisation's chain is not written to after the deletion).
import { recordAudit, userActor } from "../audit/record.ts";
import { authorizeStaff } from "../auth/authorization/authorize.ts";
import type { Context } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { certificateSeal } from "../pdf/certificate-seal.ts";
import { signedEnvelope } from "../signing/envelope.ts";
import { renderDeletionCertificatePdf } from "./certificate-pdf.ts";
import type { DeletionCertificate } from "./certificate.ts";
import { ACCOUNT_CLOSURE_MESSAGES as M } from "./messages.ts";

export type CertificateFormat = "json" | "pdf";
export type DeletionCertificateFile = { bytes: Uint8Array; contentType: string; fileName: string };

export function isCertificateFormat(value: string | null): value is CertificateFormat {
  return value === "json" || value === "pdf";
}

export async function downloadDeletionCertificate(
  ctx: Context,
  closureId: string,
  format: CertificateFormat,
): Promise<DeletionCertificateFile> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  const closure = await db.accountClosure.findUnique({
    where: { id: closureId },
    select: { id: true, reference: true, certificate: true },
  });
  if (!closure) throw new AppError("not_found", M.unknownClosure);
  if (!closure.certificate) throw new AppError("conflict", M.noCertificate);
  const json = Buffer.from(closure.certificate, "utf8");
  const base = `${closure.reference}-deletion-certificate`;
  let file: DeletionCertificateFile;
  if (format === "json") {
    file = { bytes: json, contentType: "application/json; charset=utf-8", fileName: `${base}.json` };
  } else {
    const envelope = signedEnvelope.parse(JSON.parse(closure.certificate));
    const payload = Buffer.from(envelope.payload, "base64");
    const certificate = JSON.parse(payload.toString("utf8")) as DeletionCertificate;
    const pdf = await renderDeletionCertificatePdf(
      certificate,
      certificateSeal(envelope, `${base}.json`, json),
    );
    file = { bytes: pdf, contentType: "application/pdf", fileName: `${base}.pdf` };
  }
  await recordAudit(
    {
      organizationId: null,
      actor: userActor(staff.actor),
      action: "org.closure.certificate_downloaded",
      target: { type: "AccountClosure", id: closure.id },
      request: staff.request,
      metadata: { closureId: closure.id, reference: closure.reference, format },
    },
    { clock: staff.clock },
  );
  return file;
}
