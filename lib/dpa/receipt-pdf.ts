// The DPA acceptance receipt as an A4 PDF (lib/pdf/report.ts, like the certificates; ADR 0020, 0029): the
// same content as the signed JSON, whose key id, signature and payload SHA-256 it prints and which it carries
// as an attachment byte for byte. English only, like the certificates. Typed names are quoted on one line (S25).
import { sealHashLine, utcText, writeSeal, type CertificateSeal } from "../pdf/certificate-seal.ts";
import { createReport } from "../pdf/report.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import { RECEIPT_MESSAGES as M } from "./messages.ts";
import type { DpaReceipt } from "./receipt.ts";

const plain = (value: string) => quoted(toSingleLine(value), { max: 120 });

export async function renderDpaReceiptPdf(receipt: DpaReceipt, seal: CertificateSeal): Promise<Buffer> {
  const acceptedAt = new Date(receipt.acceptance.acceptedAt);
  const { write, finish } = createReport({
    title: M.title,
    subject: sealHashLine(seal.payloadSha256),
    createdAt: acceptedAt,
  });
  write.title(M.title);
  write.banner(M.banner(plain(receipt.organization.name), receipt.document.version), false);
  write.fact(M.issuer, `${plain(receipt.issuer.name)} (${receipt.issuer.url})`);
  write.fact(M.organization, `${plain(receipt.organization.name)} (${receipt.organization.slug})`);
  write.fact(M.document, `${plain(receipt.document.title)} (${receipt.document.url})`);
  write.fact(M.version, String(receipt.document.version));
  write.fact(M.language, receipt.document.locale);
  write.fact(M.effectiveDate, receipt.document.effectiveDate);
  write.mono(`${M.contentHash}: ${receipt.document.contentHash}`);
  write.note(receipt.document.contentHashRule);
  write.fact(M.signatory, plain(receipt.signatory.name));
  write.fact(M.signatoryTitle, plain(receipt.signatory.title));
  write.fact(M.account, `${toSingleLine(receipt.signatory.email)} (${receipt.signatory.userId})`);
  write.fact(M.acceptedAt, utcText(receipt.acceptance.acceptedAt));
  write.fact(M.ip, receipt.request.ip ?? M.notRecorded);
  write.fact(M.userAgent, receipt.request.userAgent ? plain(receipt.request.userAgent) : M.notRecorded);
  write.fact(M.acceptance, receipt.acceptance.id);
  writeSeal(write, seal, receipt.publicKeys, acceptedAt);
  return finish((page, pages) => M.footer(receipt.acceptance.id, page, pages));
}
