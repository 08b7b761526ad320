import "server-only";
// Downloading a request's certificate (A11, A14, A17) as JSON or PDF: the organisation's OWNER, ADMIN,
// PRIVACY_OFFICER or AUDITOR (org.dsr.view), for its own erasure, rectification, restriction or objection
// request. The PDF prints the SHA-256 of the JSON built at the same moment. Every download is audited in
// both chains.
import { userActor } from "../../audit/record.ts";
import type { Context } from "../../context/context.ts";
import { sha256Hex } from "../../crypto/sha256.ts";
import { db } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { auditInBothChains } from "../connectors/task-audit.ts";
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
  const certificate = await buildCertificate(request.id, ctx.clock.now());
  if (!certificate) throw new AppError("not_found", RESULT_MESSAGES.noCertificateForType);
  const json = Buffer.from(`${JSON.stringify(certificate, null, 2)}\n`, "utf8");
  const jsonSha256 = sha256Hex(json);
  const base = `${request.reference.replace(/[^A-Za-z0-9._-]/g, "-")}-certificate`;
  const file: CertificateFile =
    format === "json"
      ? {
          bytes: json,
          contentType: "application/json; charset=utf-8",
          fileName: `${base}.json`,
          sha256: jsonSha256,
          provisional: certificate.provisional,
        }
      : await (async () => {
          const pdf = await renderCertificatePdf(certificate, jsonSha256);
          return {
            bytes: pdf,
            contentType: "application/pdf",
            fileName: `${base}.pdf`,
            sha256: sha256Hex(pdf),
            provisional: certificate.provisional,
          };
        })();
  await db.$transaction((tx) =>
    auditInBothChains(
      tx,
      [
        {
          organizationId: org.organizationId,
          actor: userActor(org.actor),
          action: "dsr.certificate.downloaded",
          request: ctx.request,
          target: { type: "DataSubjectRequest", id: request.id },
          metadata: {
            requestId: request.id,
            reference: request.reference,
            format,
            provisional: certificate.provisional,
            sha256: file.sha256,
          },
        },
      ],
      ctx.clock,
    ),
  );
  return file;
}
