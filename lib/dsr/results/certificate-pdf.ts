// The certificate as a paginated A4 PDF (pdfkit, standard fonts): the same content as the JSON file, whose
// SHA-256 is printed on the first page. Text from systems and staff (names, grounds, notes) is quoted on one
// line and reduced to the fonts' character set (S25). Pure apart from pdfkit.
import PDFDocument from "pdfkit";
import { toWinAnsi } from "../../pdf/win-ansi.ts";
import { quoted } from "../../text/quote.ts";
import { toSingleLine } from "../../text/single-line.ts";
import type { Certificate } from "./certificate-data.ts";
import { CERTIFICATE_MESSAGES as M } from "./messages.ts";

type Doc = InstanceType<typeof PDFDocument>;
const MARGIN = { top: 64, bottom: 72, left: 64, right: 64 };
const TEXT = "#111827";
const MUTED = "#4b5563";
const WARN = "#9a3412";

const utc = (value: string | null) => (value ? `${value.slice(0, 10)} ${value.slice(11, 19)} UTC` : M.notYet);

export async function renderCertificatePdf(certificate: Certificate, jsonSha256: string): Promise<Buffer> {
  const title = M.title(certificate.kind, certificate.request.reference);
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
      CreationDate: new Date(certificate.generatedAt),
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
  write.banner(certificate.provisional ? M.provisional : M.final, certificate.provisional);
  write.fact(M.provider, certificate.provider);
  write.fact(M.organisation, `${certificate.organization.name} (${certificate.organization.slug})`);
  write.fact(M.request, certificate.request.reference);
  write.fact(M.requestType, certificate.request.type);
  write.fact(M.status, certificate.request.status);
  write.fact(M.received, utc(certificate.request.receivedAt));
  write.fact(M.instructed, utc(certificate.request.instructedAt));
  write.fact(M.closed, utc(certificate.request.closedAt));
  write.mono(M.hashLine(jsonSha256));
  write.note(M.hashNote);
  write.note(M.timeNote);

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
  footers(doc, (page, pages) => M.footer(certificate.request.reference, page, pages));
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
    banner(text: string, warning: boolean) {
      doc
        .fillColor(warning ? WARN : TEXT)
        .font("Helvetica-Bold")
        .fontSize(10.5)
        .text(toWinAnsi(text), MARGIN.left, doc.y, { width });
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
        .moveDown(0.5)
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
    detail(label: string, value: string) {
      fits(20);
      doc
        .fillColor(MUTED)
        .font("Helvetica-Bold")
        .fontSize(8.5)
        .text(`${toWinAnsi(label)}${value ? ": " : ""}`, MARGIN.left + 14, doc.y, {
          width: width - 14,
          continued: Boolean(value),
          lineGap: 1,
        });
      if (value) doc.font("Helvetica").text(toWinAnsi(value), { width: width - 14, lineGap: 1 });
    },
    bullet(text: string) {
      fits(18);
      doc
        .fillColor(MUTED)
        .font("Helvetica")
        .fontSize(8.5)
        .text(`- ${toWinAnsi(text)}`, MARGIN.left + 28, doc.y, { width: width - 28, lineGap: 1 });
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
