// The certificate as a paginated A4 PDF (pdfkit, standard fonts): the same content as the signed JSON file,
// whose key id, signature and SHA-256 of the signed payload are printed on the first page and which is
// attached to the PDF byte for byte (ADR 0020; lib/pdf/certificate-seal.ts, shared with the other certificates). Text from systems and staff (names, grounds, notes) is quoted on one
// line and reduced to the fonts' character set (S25). Pure apart from pdfkit.
import { sealHashLine, utcText, writeSeal, type CertificateSeal } from "../../pdf/certificate-seal.ts";
import { createReport } from "../../pdf/report.ts";
import { quoted } from "../../text/quote.ts";
import { toSingleLine } from "../../text/single-line.ts";
import type { Certificate } from "./certificate-data.ts";
import { CERTIFICATE_MESSAGES as M } from "./messages.ts";

const utc = (value: string | null) => utcText(value, M.notYet);

export async function renderCertificatePdf(certificate: Certificate, seal: CertificateSeal): Promise<Buffer> {
  const title = M.title(certificate.kind, certificate.request.reference);
  const asOf = new Date(certificate.asOf);
  const { write, finish } = createReport({
    title,
    subject: sealHashLine(seal.payloadSha256),
    createdAt: asOf,
  });
  write.title(title);
  write.banner(certificate.provisional ? M.provisional : M.final, certificate.provisional);
  write.fact(M.provider, certificate.provider);
  write.fact(M.organisation, `${certificate.organization.name} (${certificate.organization.slug})`);
  write.fact(M.request, certificate.request.reference);
  write.fact(M.requestType, certificate.request.type);
  write.fact(M.status, certificate.request.status);
  write.fact(M.received, utc(certificate.request.receivedAt));
  write.fact(M.instructed, utc(certificate.request.instructedAt));
  write.fact(M.closed, utc(certificate.request.closedAt));
  write.fact(M.asOf, utc(certificate.asOf));
  write.note(M.timeNote);

  writeSeal(write, seal, certificate.publicKeys, asOf);

  write.heading(M.systemsHeading);
  if (certificate.systems.length === 0) write.note(M.noSystems);
  for (const system of certificate.systems) {
    write.subheading(M.system(toSingleLine(system.name), system.key, system.connector));
    for (const task of system.tasks) {
      const action = M.actions[task.action] ?? task.action;
      const status = M.statuses[task.status] ?? task.status;
      const counted = task.records === null ? "" : `, ${M.records(task.records)}`;
      write.fact(action, `${status}${counted}`);
      if (task.fields.length > 0) write.detail(M.fields, task.fields.join(", "));
      if (task.completedAt) write.detail(M.answeredAt, utc(task.completedAt));
      if (task.action === "absence_check" && task.absent !== null)
        write.detail(task.absent ? M.absent : M.stillPresent, task.absent ? "yes" : "no");
      if (task.ground) write.detail(M.ground, quoted(task.ground, { max: 500 }));
      if (task.blockedUntil) write.detail(M.until, utc(task.blockedUntil));
      if (task.error) write.detail(M.error, quoted(task.error, { max: 500 }));
      if (task.evidence) {
        write.detail(M.evidence, quoted(task.evidence.note, { max: 2000 }));
        if (task.evidence.fileName && task.evidence.sha256)
          write.detail(
            M.evidence,
            M.evidenceFile(quoted(task.evidence.fileName, { max: 120 }), task.evidence.sha256),
          );
      }
    }
    write.detail(M.recipientsHeading, system.recipients.length === 0 ? M.noRecipients : "");
    for (const r of system.recipients)
      write.bullet(
        M.recipient(
          quoted(r.name, { max: 200 }),
          r.kind,
          M.actions[r.action] ?? r.action,
          r.status,
          r.at ? utc(new Date(r.at).toISOString()) : null,
        ),
      );
  }
  return finish((page, pages) => M.footer(certificate.request.reference, page, pages));
}
