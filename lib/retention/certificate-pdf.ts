// The retention certificate as a paginated A4 PDF (lib/pdf/report.ts, like the DSR and account deletion
// certificates; ADR 0020): the same content as the signed JSON, whose key id, signature and payload SHA-256 it
// prints and which it carries as an attachment byte for byte (lib/pdf/certificate-seal.ts). English only, like
// the other certificates. Names come from customers and staff: quoted on one line (S25). Pure apart from pdfkit.
import { sealHashLine, utcText, writeSeal, type CertificateSeal } from "../pdf/certificate-seal.ts";
import { createReport } from "../pdf/report.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import { controllerLine, rangeLine, type RetentionCertificate } from "./certificate.ts";
import { RETENTION_CERTIFICATE_MESSAGES as M } from "./messages.ts";

const plain = (value: string) => quoted(toSingleLine(value), { max: 120 });

export async function renderRetentionCertificatePdf(
  certificate: RetentionCertificate,
  seal: CertificateSeal,
): Promise<Buffer> {
  const { run, category } = certificate;
  const title = M.title(category.label.en);
  const finishedAt = new Date(run.finishedAt);
  const { write, finish } = createReport({
    title,
    subject: sealHashLine(seal.payloadSha256),
    createdAt: finishedAt,
  });
  write.title(title);
  write.banner(M.banner(certificate.removed, category.label.en), false);
  write.note(certificate.copy === "provider" ? M.providerCopy : M.controllerCopy);
  write.fact(M.issuer, `${plain(certificate.issuer.name)} (${certificate.issuer.url})`);
  write.fact(M.controller, controllerLine(certificate.organization));
  write.fact(M.category, `${category.label.en} (${category.key})`);
  write.fact(M.selector, category.selector);
  write.fact(M.period, M.days(certificate.period.days));
  write.fact(M.cutoff, utcText(certificate.period.cutoff));
  write.note(M.cutoffNote);
  write.fact(M.removed, String(certificate.removed));
  write.fact(M.held, certificate.held === null ? M.heldNotStated : String(certificate.held));
  write.fact(M.range, rangeLine(certificate.range));
  write.fact(M.runStarted, utcText(run.startedAt));
  write.fact(M.runFinished, utcText(run.finishedAt));
  write.fact(M.evidence, run.id);
  write.fact(M.run, run.runId);
  write.note(M.timeNote);

  write.heading(M.idsHeading);
  write.mono(M.idsSha256(certificate.idsSha256));
  write.note(certificate.idsSha256Rule);

  writeSeal(write, seal, certificate.publicKeys, finishedAt);
  return finish((page, pages) => M.footer(run.id, page, pages));
}
