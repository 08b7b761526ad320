// The evidence pack as a paginated A4 report (B8): the same content as the JSON file, with the
// SHA-256 of that JSON file printed on the first page, and "<reference> · evidence pack · page x of y"
// at the foot of every page. Times are printed in the reader's time zone (`timeZone`: who downloads it,
// lib/time/reader-time-zone.ts), the zone named; the JSON file keeps UTC instants. Standard fonts only
// (text passed through toWinAnsi).
import PDFDocument from "pdfkit";
import { formatInstant } from "../../i18n/format.ts";
import { toWinAnsi } from "../../pdf/win-ansi.ts";
import { NOTIFICATION_MESSAGES } from "../notifications/messages.ts";
import { NOTICE_ITEMS } from "../notices/items.ts";
import type { EvidencePack } from "./evidence-data.ts";
import { EVIDENCE_MESSAGES as M } from "./messages.ts";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const TEXT = "#111827";
const MUTED = "#4b5563";
const EXEMPTIONS: Record<string, string> = NOTIFICATION_MESSAGES.art34Exemptions;

export async function renderEvidencePdf(
  pack: EvidencePack,
  jsonSha256: string,
  timeZone: string,
): Promise<Buffer> {
  const at = (value: string) => formatInstant("en", new Date(value), timeZone);
  const title = M.title(pack.incident.reference);
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    displayTitle: true,
    info: {
      Title: toWinAnsi(title),
      Subject: M.hashLine(jsonSha256),
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
  const { incident, phases, deliveries, authority, audit } = M;
  write.title(title);
  write.fact(M.organisation, pack.organization.name);
  write.mono(M.hashLine(jsonSha256));
  write.note(M.hashNote);
  write.note(M.timeZoneNote(timeZone));

  write.heading(incident.heading);
  write.fact(incident.title, pack.incident.title);
  write.fact(incident.description, pack.incident.description);
  write.fact(incident.detectedAt, at(pack.incident.detectedAt));
  write.fact(incident.awareAt, at(pack.incident.awareAt));
  write.fact(incident.dataCategories, pack.incident.dataCategories.join(", ") || incident.noDataCategories);
  write.fact(incident.highRisk, pack.incident.highRisk ? incident.yes : incident.no);
  if (pack.incident.dataSubjectText) write.fact(incident.dataSubjectText, pack.incident.dataSubjectText);
  if (pack.incident.art34Exemption) {
    write.fact(incident.exemption, EXEMPTIONS[pack.incident.art34Exemption] ?? pack.incident.art34Exemption);
    write.fact(incident.justification, pack.incident.art34Justification ?? "");
  }
  write.fact(
    incident.window,
    incident.windowValue(pack.organization.windowHours, at(pack.organization.deadlineAt)),
  );
  write.fact(
    incident.firstSent,
    pack.organization.firstSentAt ? at(pack.organization.firstSentAt) : incident.notSent,
  );
  write.fact(
    incident.firstDelivered,
    pack.organization.firstDeliveredAt ? at(pack.organization.firstDeliveredAt) : incident.notDelivered,
  );

  write.heading(phases.heading);
  if (pack.phases.length === 0) write.note(phases.none);
  for (const phase of pack.phases) {
    write.subheading(phases.phase(phase.number, at(phase.sentAt)));
    if (phase.summary) write.fact(phases.summary, phase.summary);
    for (const item of NOTICE_ITEMS)
      write.fact(item.label, phase[item.key] ?? NOTIFICATION_MESSAGES.notYetKnown);
  }

  write.heading(deliveries.heading);
  if (pack.deliveries.length === 0) write.note(deliveries.none);
  for (const delivery of pack.deliveries) {
    write.subheading(deliveries.delivery(delivery.phase, at(delivery.sentAt)));
    for (const recipient of delivery.recipients)
      write.fact(
        recipient.address,
        deliveries.recipient(
          recipient.state,
          recipient.acceptedAt ? at(recipient.acceptedAt) : null,
          recipient.reason,
        ),
      );
  }

  write.heading(authority.heading);
  write.fact(
    authority.acknowledged,
    pack.acknowledgement
      ? authority.acknowledgedValue(at(pack.acknowledgement.at), pack.acknowledgement.by)
      : authority.notAcknowledged,
  );
  write.fact(
    authority.clockStarted,
    pack.authority.clockStartedAt
      ? authority.clockStartedValue(at(pack.authority.clockStartedAt), pack.authority.clockStartedBy)
      : authority.notStarted,
  );
  write.fact(
    authority.deadline,
    pack.authority.deadlineAt ? at(pack.authority.deadlineAt) : authority.noDeadline,
  );
  write.fact(
    authority.notifiedAt,
    pack.authority.notifiedAt
      ? authority.notifiedValue(
          at(pack.authority.notifiedAt),
          pack.authority.notifiedTimeZone ?? "UTC",
          formatInstant("en", new Date(pack.authority.notifiedAt), pack.authority.notifiedTimeZone ?? "UTC"),
        )
      : authority.notRecorded,
  );
  write.fact(authority.reference, pack.authority.reference || authority.notRecorded);
  write.fact(authority.delayReason, pack.authority.delayReason || authority.noDelayReason);

  write.heading(audit.heading);
  if (pack.auditEvents.length === 0) write.note(audit.none);
  for (const event of pack.auditEvents) write.fact(at(event.at), audit.event(event.action, event.actor));

  footers(doc, (page, pages) => M.footer(pack.incident.reference, page, pages));
  doc.end();
  return finished;
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
