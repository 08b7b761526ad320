import "server-only";
// Downloading a DPA acceptance receipt (GDPR.md D3; ADR 0029) as the signed JSON file or its PDF. Staff who
// see organisations (admin.organizations.view): any receipt. An organisation's members who may see its DPA
// record (org.dpa.view: owners, admins, privacy officers, auditors) or named signatories: their own
// organisation's receipts; another organisation's is not_found (S12). Every download is audited in the
// organisation's chain and the provider's before the file leaves.
import { auditInOrganizationAndProvider } from "../api/audit.ts";
import { auditEvent, userActor } from "../audit/record.ts";
import { authorizeOrgBySlug, authorizeStaff, requireOrgPermission } from "../auth/authorization/authorize.ts";
import { env } from "../config/env.ts";
import type { Context, SignedInContext } from "../context/context.ts";
import { db } from "../db/client.ts";
import type { DpaAcceptance } from "../generated/prisma/client.ts";
import { AppError } from "../errors.ts";
import { certificateDownload, type CertificateDownload } from "../pdf/certificate-seal.ts";
import { envelopeFile } from "../signing/envelope.ts";
import { certificateSigningKeys } from "../signing/keyring.ts";
import { publicKeyListUrl } from "../signing/public-key-list.ts";
import { signDocument } from "../signing/sign.ts";
import { mayAcceptDpa } from "./accept.ts";
import { dpaReceipt } from "./receipt.ts";
import { renderDpaReceiptPdf } from "./receipt-pdf.ts";

export type ReceiptFormat = "json" | "pdf";

export function isReceiptFormat(value: string): value is ReceiptFormat {
  return value === "json" || value === "pdf";
}

/** Staff: any organisation's receipt. */
export async function downloadStaffDpaReceipt(
  ctx: Context,
  acceptanceId: string,
  format: ReceiptFormat,
): Promise<CertificateDownload> {
  const staff = await authorizeStaff(ctx, "admin.organizations.view");
  const acceptance = await db.dpaAcceptance.findUnique({ where: { id: acceptanceId } });
  if (!acceptance) throw new AppError("not_found");
  return issue(staff, acceptance, format);
}

/** An organisation's members with org.dpa.view, or its signatories: their own organisation's receipts. */
export async function downloadOrganizationDpaReceipt(
  ctx: Context,
  slug: string,
  acceptanceId: string,
  format: ReceiptFormat,
): Promise<CertificateDownload> {
  const org = await authorizeOrgBySlug(ctx, slug, "org.view");
  const acceptance = await db.dpaAcceptance.findFirst({
    where: { id: acceptanceId, organizationId: org.organizationId },
  });
  if (!acceptance) throw new AppError("not_found");
  if (!(await mayAcceptDpa(org))) await requireOrgPermission(org, "org.dpa.view");
  return issue(org, acceptance, format);
}

async function issue(
  who: SignedInContext,
  acceptance: DpaAcceptance,
  format: ReceiptFormat,
): Promise<CertificateDownload> {
  const version = await db.trustDocumentVersion.findUniqueOrThrow({
    where: { id: acceptance.versionId },
    select: { title: true, effectiveDate: true },
  });
  const provider = await db.providerSettings.findFirst({ select: { legalName: true } });
  const receipt = dpaReceipt({
    acceptance,
    version,
    issuer: { name: provider?.legalName ?? "", url: env().APP_URL.replace(/\/$/, "") },
    publicKeys: publicKeyListUrl(),
  });
  const envelope = signDocument(receipt, certificateSigningKeys());
  const json = envelopeFile(envelope);
  const file = await certificateDownload(format, `dpa-acceptance-${acceptance.id}`, envelope, json, (seal) =>
    renderDpaReceiptPdf(receipt, seal),
  );
  await db.$transaction((tx) =>
    auditInOrganizationAndProvider(
      tx,
      {
        organizationId: acceptance.organizationId,
        actor: userActor(who.actor),
        request: who.request,
        clock: who.clock,
      },
      auditEvent("dpa.receipt.downloaded", {
        acceptanceId: acceptance.id,
        version: acceptance.version,
        format,
        sha256: file.sha256,
      }),
      { type: "DpaAcceptance", id: acceptance.id },
    ),
  );
  return file;
}
