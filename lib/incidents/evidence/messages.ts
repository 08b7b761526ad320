// The words of the evidence pack PDF (B8; English, like the notices it documents). Times arrive as
// formatted text in the reader's time zone, the zone named (lib/i18n/format.ts).
import type { DeliveryKind } from "../../mail/delivery-state.ts";
export const EVIDENCE_MESSAGES = {
  title: (reference: string) => `Breach evidence pack ${reference}`,
  hashLine: (jsonSha256: string) => `SHA-256 of the JSON evidence file: ${jsonSha256}`,
  hashNote: "The JSON file holds the same content; compare its SHA-256 with the value above.",
  timeZoneNote: (timeZone: string) =>
    `Times are shown in ${timeZone}, the time zone of the person who downloaded this pack; the JSON file holds them as UTC instants. Where the organisation entered a time itself, the time zone it used is named next to it.`,
  organisation: "Organisation",
  incident: {
    heading: "Incident",
    title: "Title",
    description: "Description",
    detectedAt: "Detected at",
    awareAt: "Provider aware at",
    dataCategories: "Data categories",
    noDataCategories: "None recorded",
    highRisk: "High risk to data subjects (Art. 34)",
    yes: "Yes",
    no: "No",
    dataSubjectText: "Text for data subjects",
    exemption: "Art. 34(3) exemption",
    justification: "Justification",
    window: "Contractual notification window",
    windowValue: (hours: number, deadline: string) => `${hours} hours from awareness, deadline ${deadline}`,
    firstSent: "First notice sent (emails queued)",
    notSent: "Not sent",
    firstDelivered: "First delivered (an email accepted by a mail server)",
    notDelivered: "Not delivered: no mail server has accepted an email of this notice yet",
  },
  phases: {
    heading: "Notice phases as sent",
    none: "No phase has been sent.",
    phase: (number: number, sentAt: string) => `Phase ${number}, sent ${sentAt}`,
    summary: "What changed",
  },
  deliveries: {
    heading: "Deliveries",
    none: "Nothing has been delivered.",
    delivery: (phase: number, sentAt: string) => `Phase ${phase}, sent ${sentAt}`,
    recipient: (state: DeliveryKind, acceptedAt: string | null, reason: string | null) => {
      if (state === "accepted") return `accepted by the mail server ${acceptedAt}`;
      if (state === "queued") return "queued, not delivered";
      const because = reason ? `: ${reason}` : "";
      return state === "failed" ? `failed, not delivered${because}` : `not delivered yet, retrying${because}`;
    },
  },
  authority: {
    heading: "Acknowledgement and supervisory authority",
    acknowledged: "Acknowledged",
    acknowledgedValue: (at: string, by: string) => `${at} by ${by}`,
    notAcknowledged: "Not acknowledged",
    clockStarted: "72-hour clock started",
    clockStartedValue: (at: string, by: "email" | "acknowledgement" | null) =>
      by === "acknowledgement"
        ? `${at} (acknowledged in the portal)`
        : `${at} (email accepted by a mail server)`,
    notStarted: "Not started",
    deadline: "72-hour deadline",
    noDeadline: "-",
    notifiedAt: "Authority notified at",
    notifiedValue: (time: string, timeZone: string, asEntered: string) =>
      `${time} (entered as ${asEntered}, time zone ${timeZone})`,
    notRecorded: "Not recorded",
    reference: "Authority reference",
    delayReason: "Reasons for delay",
    noDelayReason: "None given",
  },
  audit: {
    heading: "Audit trail (this organisation's log)",
    none: "No events recorded.",
    event: (action: string, actor: string) => `${action} by ${actor}`,
  },
  footer: (reference: string, page: number, pages: number) =>
    `${reference} · evidence pack · page ${page} of ${pages}`,
};
