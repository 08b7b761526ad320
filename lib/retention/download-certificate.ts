import "server-only";
// Downloading a retention run's certificate (issue 13 "Signed certificates"; GDPR.md G1; ADR 0020, 0021) as
// the signed JSON file or its PDF. Staff with retention.manage (PRIVACY, ADMIN): any run's evidence, the
// provider's copy (with the held count). An organisation's OWNER or ADMIN (org.retention.manage): only the
// evidence the portal shows them — their own organisation's runs that removed rows — as the controller's
// copy; another organisation's run is not_found (S12). Every download is audited before the file leaves:
// in the organisation's chain (a data access) and the provider's when the run removed rows of an organisation
// that still exists, else in the provider's chain only.
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, recordAudit, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, authorizeStaff } from "../auth/authorization/authorize.ts";
import { env } from "../config/env.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { certificateDownload } from "../pdf/certificate-seal.ts";
import { envelopeFile } from "../signing/envelope.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeyListUrl } from "../signing/public-key-list.ts";
import { signDocument } from "../signing/sign.ts";
import { retentionCategory } from "./categories/index.ts";
import {
  retentionCertificate,
  type RetentionCertificateCopy,
  type RetentionRunFacts,
} from "./certificate.ts";
import { renderRetentionCertificatePdf } from "./certificate-pdf.ts";
import { RETENTION_CERTIFICATE_REFUSALS as R } from "./messages.ts";

export type CertificateFormat = "json" | "pdf";
export type RetentionCertificateFile = {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  sha256: string;
};

export function isCertificateFormat(value: string | null): value is CertificateFormat {
  return value === "json" || value === "pdf";
}

/** Staff: any run's evidence, the provider's copy. */
export async function downloadStaffRetentionCertificate(
  ctx: Context,
  evidenceId: string,
  format: CertificateFormat,
): Promise<RetentionCertificateFile> {
  const staff = await authorizeStaff(ctx, "retention.manage");
  // A system's failed answer (ADR 0028) removed nothing: no certificate claims it did.
  const run = await db.retentionRun.findFirst({ where: { id: evidenceId, error: null } });
  if (!run) throw new AppError("not_found", R.unknownRun);
  return issue(staff, run, "provider", format);
}

/** An organisation's OWNER or ADMIN: their own runs that removed rows, the controller's copy. */
export async function downloadOrganizationRetentionCertificate(
  ctx: Context,
  slug: string,
  evidenceId: string,
  format: CertificateFormat,
): Promise<RetentionCertificateFile> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.retention.manage");
  const run = await db.retentionRun.findFirst({
    where: { id: evidenceId, organizationId: org.organizationId, removed: { gt: 0 } },
  });
  if (!run) throw new AppError("not_found", R.unknownRun);
  return issue(org, run, "controller", format);
}

async function issue(
  who: SignedInContext,
  run: RetentionRunFacts,
  copy: RetentionCertificateCopy,
  format: CertificateFormat,
): Promise<RetentionCertificateFile> {
  const organization = run.organizationId
    ? await db.organization.findUnique({
        where: { id: run.organizationId },
        select: { slug: true, name: true },
      })
    : null;
  const provider = await db.providerSettings.findFirst({ select: { legalName: true } });
  const certificate = retentionCertificate({
    run,
    copy,
    label: (await retentionCategory(run.category, db))?.label ?? { en: run.category },
    organization,
    issuer: { name: provider?.legalName ?? "", url: env().APP_URL.replace(/\/$/, "") },
    publicKeys: publicKeyListUrl(),
  });
  const envelope = signDocument(certificate, certificateSigningKeys());
  const json = envelopeFile(envelope);
  const base = `retention-certificate-${run.id}${copy === "provider" ? "-provider" : ""}`;
  const file: RetentionCertificateFile = await certificateDownload(format, base, envelope, json, (seal) =>
    renderRetentionCertificatePdf(certificate, seal),
  );

  const event = auditEvent("retention.certificate.downloaded", {
    evidenceId: run.id,
    runId: run.runId,
    category: run.category,
    organizationId: run.organizationId,
    copy,
    format,
    sha256: file.sha256,
  });
  const target = { type: "RetentionRun", id: run.id };
  const actor = userActor(who.actor);
  // The organisation's chain when its owners can see the run (it removed their rows): a run that only
  // counted rows a hold kept stays the provider's business (ADR 0021), so its download does too.
  if (run.organizationId && organization && run.removed > 0) {
    const organizationId = run.organizationId;
    await db.$transaction((tx) =>
      auditInOrganizationAndProvider(
        tx,
        { organizationId, actor, request: who.request, clock: who.clock },
        event,
        target,
      ),
    );
  } else
    await recordAudit(
      { ...event, organizationId: null, actor, target, request: who.request },
      { clock: who.clock },
    );
  return file;
}
