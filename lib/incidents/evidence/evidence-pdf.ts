// The evidence pack as a paginated A4 report (B8): the same content as the JSON file, with the
// SHA-256 of that JSON file printed on the first page, and "<reference> · evidence pack · page x of y"
// at the foot of every page. Standard fonts only (text passed through toWinAnsi).
import PDFDocument from "pdfkit";
import { toWinAnsi } from "../../pdf/win-ansi.ts";
import { ART34_EXEMPTION_LABELS, NOT_YET_KNOWN_TO_CUSTOMERS } from "../notifications/phase-items.ts";
import { NOTICE_ITEMS } from "../notices/items.ts";
import type { EvidencePack } from "./evidence-data.ts";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const TEXT = "#111827";
const MUTED = "#4b5563";

export function hashLine(jsonSha256: string): string {
  return `SHA-256 of the JSON evidence file: ${jsonSha256}`;
}

export async function renderEvidencePdf(pack: EvidencePack, jsonSha256: string): Promise<Buffer> {
  const title = `Breach evidence pack ${pack.incident.reference}`;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: toWinAnsi(title),
      Subject: hashLine(jsonSha256),
      Creator: "Article28",
      Producer: "Article28",
      CreationDate: new Date(pack.incident.awareAt),
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const write = writer(doc);
  write.title(title);
  write.fact("Organisation", pack.organization.name);
  write.mono(hashLine(jsonSha256));
  write.note("The JSON file holds the same content; compare its SHA-256 with the value above.");

  write.heading("Incident");
  write.fact("Title", pack.incident.title);
  write.fact("Description", pack.incident.description);
  write.fact("Detected at", utc(pack.incident.detectedAt));
  write.fact("Provider aware at", utc(pack.incident.awareAt));
  write.fact("Data categories", pack.incident.dataCategories.join(", ") || "None recorded");
  write.fact("High risk to data subjects (Art. 34)", pack.incident.highRisk ? "Yes" : "No");
  if (pack.incident.dataSubjectText) write.fact("Text for data subjects", pack.incident.dataSubjectText);
  if (pack.incident.art34Exemption) {
    write.fact(
      "Art. 34(3) exemption",
      ART34_EXEMPTION_LABELS[pack.incident.art34Exemption as keyof typeof ART34_EXEMPTION_LABELS] ??
        pack.incident.art34Exemption,
    );
    write.fact("Justification", pack.incident.art34Justification ?? "");
  }
  write.fact(
    "Contractual notification window",
    `${pack.organization.windowHours} hours from awareness, deadline ${utc(pack.organization.deadlineAt)}`,
  );

  write.heading("Notice phases as sent");
  if (pack.phases.length === 0) write.note("No phase has been sent.");
  for (const phase of pack.phases) {
    write.subheading(`Phase ${phase.number}, sent ${utc(phase.sentAt)}`);
    if (phase.summary) write.fact("What changed", phase.summary);
    for (const item of NOTICE_ITEMS) write.fact(item.label, phase[item.key] ?? NOT_YET_KNOWN_TO_CUSTOMERS);
  }

  write.heading("Deliveries");
  if (pack.deliveries.length === 0) write.note("Nothing has been delivered.");
  for (const delivery of pack.deliveries) {
    write.subheading(`Phase ${delivery.phase}, delivered ${utc(delivery.deliveredAt)}`);
    for (const recipient of delivery.recipients)
      write.fact(
        recipient.address,
        recipient.emailSentAt ? `email sent ${utc(recipient.emailSentAt)}` : "email not yet sent",
      );
  }

  write.heading("Acknowledgement and supervisory authority");
  write.fact(
    "Acknowledged",
    pack.acknowledgement
      ? `${utc(pack.acknowledgement.at)} by ${pack.acknowledgement.by}`
      : "Not acknowledged",
  );
  write.fact(
    "72-hour clock started",
    pack.authority.clockStartedAt ? utc(pack.authority.clockStartedAt) : "Not started",
  );
  write.fact("72-hour deadline", pack.authority.deadlineAt ? utc(pack.authority.deadlineAt) : "-");
  write.fact(
    "Authority notified at",
    pack.authority.notifiedAt ? utc(pack.authority.notifiedAt) : "Not recorded",
  );
  write.fact("Authority reference", pack.authority.reference || "Not recorded");
  write.fact("Reasons for delay", pack.authority.delayReason || "None given");

  write.heading("Audit trail (this organisation's log)");
  if (pack.auditEvents.length === 0) write.note("No events recorded.");
  for (const event of pack.auditEvents) write.fact(utc(event.at), `${event.action} by ${event.actor}`);

  footers(doc, (page, pages) => `${pack.incident.reference} · evidence pack · page ${page} of ${pages}`);
  doc.end();
  return finished;
}

function utc(value: string): string {
  return `${value.slice(0, 10)} ${value.slice(11, 19)} UTC`;
}

function writer(doc: Doc) {
  const width = doc.page.width - MARGIN.left - MARGIN.right;
  const fits = (height: number) => {
    if (doc.y + height > doc.page.height - MARGIN.bottom) doc.addPage();
  };
  return {
    title(text: string) {
      doc
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(18)
        .text(toWinAnsi(text), MARGIN.left, MARGIN.top, { width });
      doc.moveDown(0.5);
    },
    heading(text: string) {
      fits(60);
      doc
        .moveDown(0.8)
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(13)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
      doc.moveDown(0.3);
    },
    subheading(text: string) {
      fits(40);
      doc
        .moveDown(0.4)
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(10.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
    },
    fact(label: string, value: string) {
      fits(24);
      doc
        .fillColor(TEXT)
        .font("Helvetica-Bold")
        .fontSize(9.5)
        .text(`${toWinAnsi(label)}: `, MARGIN.left, doc.y, { width, continued: true, lineGap: 2 });
      doc.font("Helvetica").text(toWinAnsi(value), { width, lineGap: 2 });
    },
    mono(text: string) {
      doc
        .fillColor(TEXT)
        .font("Courier")
        .fontSize(7.5)
        .text(text, MARGIN.left, doc.y + 4, { width });
    },
    note(text: string) {
      doc
        .fillColor(MUTED)
        .font("Helvetica")
        .fontSize(8.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y + 2, { width });
    },
  };
}

function footers(doc: Doc, footer: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    doc.page.margins.bottom = 0;
    doc
      .fillColor(MUTED)
      .font("Helvetica")
      .fontSize(8)
      .text(toWinAnsi(footer(index + 1, range.count)), MARGIN.left, doc.page.height - 44, {
        width: doc.page.width - MARGIN.left - MARGIN.right,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = MARGIN.bottom;
  }
}
