// The evidence pack as a paginated A4 report (B8): the same content as the JSON file, with the
// SHA-256 of that JSON file printed on the first page, and "<reference> · evidence pack · page x of y"
// at the foot of every page. Times are printed in the reader's time zone (`timeZone`: who downloads it,
// lib/time/reader-time-zone.ts), the zone named; the JSON file keeps UTC instants. Standard fonts only
// (text passed through toWinAnsi).
import { formatInstant } from "../../i18n/format.ts";
import { createReport } from "../../pdf/report.ts";
import { NOTIFICATION_MESSAGES } from "../notifications/messages.ts";
import { NOTICE_ITEMS } from "../notices/items.ts";
import type { EvidencePack } from "./evidence-data.ts";
import { EVIDENCE_MESSAGES as M } from "./messages.ts";
const EXEMPTIONS: Record<string, string> = NOTIFICATION_MESSAGES.art34Exemptions;

export async function renderEvidencePdf(
  pack: EvidencePack,
  jsonSha256: string,
  timeZone: string,
): Promise<Buffer> {
  const at = (value: string) => formatInstant("en", new Date(value), timeZone);
  const title = M.title(pack.incident.reference);
  const { write, finish } = createReport({
    title,
    subject: M.hashLine(jsonSha256),
    createdAt: new Date(pack.incident.awareAt),
  });
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

  return finish((page, pages) => M.footer(pack.incident.reference, page, pages));
}
