// The account deletion certificate as a PDF (pdfkit, standard fonts; like the DSR certificate, ADR 0020):
// the same content as the signed JSON, whose key id, signature and payload SHA-256 it prints and which it
// carries as an attachment byte for byte. Names from systems and people are quoted on one line (S25).
// English only, like the DSR certificate.
import { sealHashLine, utcText, writeSeal, type CertificateSeal } from "../pdf/certificate-seal.ts";
import { createReport } from "../pdf/report.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { DeletionCertificate } from "./certificate.ts";

const utc = (value: string | null) => utcText(value);

export async function renderDeletionCertificatePdf(
  certificate: DeletionCertificate,
  seal: CertificateSeal,
): Promise<Buffer> {
  const { closure, organization } = certificate;
  const title = `Deletion certificate ${closure.reference}`;
  const completedAt = new Date(closure.completedAt);
  const { write, finish } = createReport({
    title,
    subject: sealHashLine(seal.payloadSha256),
    createdAt: completedAt,
  });
  write.title(title);
  write.banner(
    `The organisation ${quoted(toSingleLine(organization.name), { max: 120 })} was deleted from Article28.`,
    false,
  );
  write.fact("Processor", certificate.provider);
  write.fact("Controller", `${quoted(toSingleLine(organization.name), { max: 120 })} (${organization.slug})`);
  write.fact("Organisation id", organization.id);
  write.fact("Choice", closure.choice === "RETURN" ? "Return (export), then deletion" : "Deletion");
  write.fact("Requested", `${utc(closure.requestedAt)} by ${quoted(closure.requestedBy, { max: 120 })}`);
  write.fact("Export window ended", utc(closure.exportWindowEnded));
  write.fact("Promised by", utc(closure.deleteBy));
  write.fact("Deletion started", utc(closure.startedAt));
  write.fact("Deletion completed", utc(closure.completedAt));
  write.note("All times are UTC.");

  writeSeal(write, seal, certificate.publicKeys, completedAt);

  write.heading("Deleted from Article28");
  for (const item of certificate.article28.removed) write.fact(item.entity, String(item.records));

  write.heading("Connected systems");
  if (certificate.systems.length === 0)
    write.note("The organisation's data was held in no connected system.");
  for (const system of certificate.systems) {
    write.subheading(
      `${quoted(toSingleLine(system.name), { max: 120 })} (${system.key}, ${system.connector})`,
    );
    write.fact("Answer", system.status);
    if (system.records !== null) write.detail("Records removed", String(system.records));
    if (system.tables.length > 0) write.detail("Tables", system.tables.join(", "));
    write.detail("First asked", utc(system.firstAskedAt));
    write.detail("Answered", utc(system.answeredAt));
    if (system.ground) write.detail("Kept on the ground", quoted(system.ground, { max: 500 }));
    if (system.blockedUntil) write.detail("Kept until", utc(system.blockedUntil));
    if (system.confirmedBy) write.detail("Recorded by hand by", quoted(system.confirmedBy, { max: 120 }));
    if (system.evidence && system.status === "DONE")
      write.detail("What was done", quoted(system.evidence, { max: 2000 }));
    if (system.error) write.detail("Not confirmed", quoted(system.error, { max: 2000 }));
  }

  write.heading("Kept by the processor");
  const chain = certificate.kept.auditChain;
  write.fact(
    "Audit log",
    `chain ${chain.chain}: ${chain.events} events, newest ${utc(chain.newestAt)}; ${chain.until}.`,
  );
  if (certificate.kept.breachNotifications.length === 0)
    write.note("No breach was notified to the organisation.");
  for (const breach of certificate.kept.breachNotifications)
    write.bullet(
      `Breach ${breach.incident}: phases ${breach.phases.join(", ") || "-"} sent ${utc(breach.firstSentAt)}, delivered ${utc(breach.firstDeliveredAt)}, acknowledged ${utc(breach.acknowledgedAt)}`,
    );
  return finish((page, pages) => `${closure.reference} · deletion certificate · page ${page} of ${pages}`);
}
