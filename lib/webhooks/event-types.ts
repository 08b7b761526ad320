// The events customers can receive at their webhook endpoints, with the shape of each event's `data`.
// Open for more: breach notices and subprocessor notices are planned (add them here with their payload
// and a description; the portal offers every event marked `offered`). "webhook.test" is the event the
// "Send test event" button sends; it is never subscribed to.
import type { Text } from "../i18n/text.ts";

export type WebhookEventPayloads = {
  /** A data-subject request changed status (lib/dsr, lib/dsr/connectors/settle.ts). */
  "dsr.status_changed": {
    requestId: string;
    reference: string;
    type: string;
    status: string;
    previousStatus: string | null;
    changedAt: string;
  };
  /** A subprocessor change was notified to the organisation (lib/subprocessor-notices, GDPR.md C2). */
  "subprocessor.notice": {
    noticeId: string;
    changeId: string;
    type: string;
    subprocessor: {
      name: string;
      location: string;
      country: string;
      processingActivity: string;
      dataCategories: string[];
      transferMechanism: string;
    };
    replaced: string | null;
    effectiveDate: string;
    /** GENERAL (object within noticeDays of the notice's delivery) or SPECIFIC (approve in the portal). */
    mode: string;
    noticeDays: number;
    /** GENERAL: the window's end if the notice is delivered at once; it runs from the first accepted email. */
    earliestWindowEnd: string | null;
  };
  "webhook.test": { endpointId: string; message: string };
};

export type WebhookEventType = keyof WebhookEventPayloads;

export const WEBHOOK_EVENT_TYPES: Record<WebhookEventType, { offered: boolean; description: Text }> = {
  "dsr.status_changed": {
    offered: true,
    description: {
      en: "A data-subject request changed status (opened, in progress, completed, declined, cancelled).",
      de: "Eine Betroffenenanfrage hat ihren Status geändert (offen, in Bearbeitung, erledigt, abgelehnt, storniert).",
    },
  },
  "subprocessor.notice": {
    offered: true,
    description: {
      en: "A new subprocessor, a replacement or a removal was notified to your organisation, with your objection window or approval request.",
      de: "Ein neuer, ausgetauschter oder wegfallender Unterauftragsverarbeiter wurde Ihrer Organisation mitgeteilt, mit Ihrer Widerspruchsfrist oder der Bitte um Zustimmung.",
    },
  },
  "webhook.test": {
    offered: false,
    description: { en: "A test event sent from the portal.", de: "Ein Testereignis aus dem Portal." },
  },
};

/** The event types an endpoint can subscribe to. */
export const SUBSCRIBABLE_EVENT_TYPES = (Object.keys(WEBHOOK_EVENT_TYPES) as WebhookEventType[]).filter(
  (type) => WEBHOOK_EVENT_TYPES[type].offered,
);

export function isSubscribableEventType(value: string): value is WebhookEventType {
  return (SUBSCRIBABLE_EVENT_TYPES as readonly string[]).includes(value);
}
