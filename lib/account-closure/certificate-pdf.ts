// The account deletion certificate as a PDF (pdfkit, standard fonts; like the DSR certificate, ADR 0020):
// the same content as the signed JSON, whose key id, signature and payload SHA-256 it prints and which it
// carries as an attachment byte for byte. Names from systems and people are quoted on one line (S25).
// English only, like the DSR certificate.
import { createReport } from "../pdf/report.ts";
import { quoted } from "../text/quote.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { DeletionCertificate } from "./certificate.ts";

const utc = (value: string | null) => (value ? `${value.slice(0, 10)} ${value.slice(11, 19)} UTC` : "-");

export type CertificateSeal = {
  keyId: string;
  signature: string;
  payloadSha256: string;
  file: { name: string; bytes: Buffer };
};

export async function renderDeletionCertificatePdf(
  certificate: DeletionCertificate,
  seal: CertificateSeal,
): Promise<Buffer> {
  const { closure, organization } = certificate;
  const title = `Deletion certificate ${closure.reference}`;
  const completedAt = new Date(closure.completedAt);
  const { write, finish } = createReport({
    title,
    subject: `SHA-256 of the signed certificate: ${seal.payloadSha256}`,
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

  write.heading("Signature");
  write.note(`Signed by the processor with the Ed25519 key "${seal.keyId}".`);
  write.mono(`Signature: ${seal.signature}`);
  write.mono(`SHA-256 of the signed certificate: ${seal.payloadSha256}`);
  write.note(
    "The JSON file of this certificate (also attached to this PDF) holds the same content, signed: paper and file belong together when its key id, signature and the SHA-256 of its signed payload match the values above.",
  );
  write.note(
    `Check the file with the public keys published at ${certificate.publicKeys}: with "npm run verify-certificate -- <file> --keys <that address>", or any Ed25519 tool.`,
  );
  write.attach(seal.file.bytes, {
    name: seal.file.name,
    type: "application/json",
    description: "The signed certificate (JSON) this PDF renders",
    at: completedAt,
  });

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
    if (system.error) write.detail("Not confirmed", quoted(system.error, { max: 500 }));
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
