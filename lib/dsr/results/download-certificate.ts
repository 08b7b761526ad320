import "server-only";
// Downloading a request's certificate (A11, A14, A17) as JSON or PDF: the organisation's OWNER, ADMIN,
// PRIVACY_OFFICER or AUDITOR (org.dsr.view), for its own erasure, rectification, restriction or objection
// request. The JSON file is the certificate signed with the deployment's Ed25519 key (lib/signing, ADR
// 0020); the PDF renders it, prints its key id, signature and SHA-256 and carries the file as an attachment.
// Every download is audited in both chains.
import type { Context } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { certificateDownload } from "../../pdf/certificate-seal.ts";
import { envelopeFile } from "../../signing/envelope.ts";
import { certificateSigningKeys } from "../../signing/keyring.ts";
import { publicKeyListUrl } from "../../signing/public-key-list.ts";
import { signDocument } from "../../signing/sign.ts";
import { auditContextOf, auditForBoth, dsrEvent } from "../audit.ts";
import { buildCertificate } from "./certificate-data.ts";
import { renderCertificatePdf } from "./certificate-pdf.ts";
import { RESULT_MESSAGES } from "./messages.ts";
import { authorizeOwnRequest } from "./request-access.ts";

export type CertificateFormat = "json" | "pdf";
export type CertificateFile = {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  sha256: string;
  provisional: boolean;
};

export function isCertificateFormat(value: string | null): value is CertificateFormat {
  return value === "json" || value === "pdf";
}

export async function downloadCertificate(
  ctx: Context,
  slug: string,
  requestId: string,
  format: CertificateFormat,
): Promise<CertificateFile> {
  const { org, request } = await authorizeOwnRequest(ctx, slug, requestId, "org.dsr.view");
  const certificate = await buildCertificate(request.id, publicKeyListUrl());
  if (!certificate) throw new AppError("not_found", RESULT_MESSAGES.noCertificateForType);
  const envelope = signDocument(certificate, certificateSigningKeys());
  const json = envelopeFile(envelope);
  const base = `${request.reference.replace(/[^A-Za-z0-9._-]/g, "-")}-certificate`;
  const file: CertificateFile = {
    ...(await certificateDownload(format, base, envelope, json, (seal) =>
      renderCertificatePdf(certificate, seal),
    )),
    provisional: certificate.provisional,
  };
  await db.$transaction((tx) =>
    auditForBoth(tx, auditContextOf(org), org.organizationId, [
      dsrEvent(
        "dsr.certificate.downloaded",
        { type: "DataSubjectRequest", id: request.id },
        {
          requestId: request.id,
          reference: request.reference,
          format,
          provisional: certificate.provisional,
          sha256: file.sha256,
        },
      ),
    ]),
  );
  return file;
}
