// Sentences of breach notices that lib/incidents/notices writes itself (English, like the notices): the
// refusals of composing and sending, and the text of the notice email each organisation receives.
import type { Text } from "../../i18n/text.ts";
import { itemLabel, type NoticeItemKey } from "./items.ts";

const NOT_YET_KNOWN = "Not yet known";

function missingItems(missing: readonly NoticeItemKey[]): string {
  const names = missing.map((key) => `“${itemLabel(key)}”`).join(", ");
  return `${names} ${missing.length === 1 ? "is" : "are"} empty. A notice missing any Art. 33(3) item cannot be sent: fill in each item or tick “${NOT_YET_KNOWN}”.`;
}

export const NOTICE_MESSAGES = {
  /** An item sent without a value yet (it opens a follow-up). */
  notYetKnown: NOT_YET_KNOWN,
  /** The refusal for a notice with empty items: names every one of them. */
  missingItems: (missing: readonly NoticeItemKey[]): Text => ({ en: missingItems(missing) }),
  /** "Save and preview" saved the draft, but it cannot be previewed (or sent) yet. */
  draftSavedButIncomplete: (missing: readonly NoticeItemKey[]): Text => ({
    en: `Draft saved. ${missingItems(missing)}`,
  }),
  noDraft: { en: "There is no draft to preview. Save the notice first." } satisfies Text,
  noAffectedOrganizations: (reference: string): Text => ({
    en: `${reference} has no affected organisations to notify. Add them to the incident first.`,
  }),
  alreadySent: (number: number, reference: string, sentAt: string): Text => ({
    en: `Phase ${number} of ${reference} was already sent (${sentAt}). Nothing was sent again; to add information, compose the next phase.`,
  }),

  /** The notice email (./email.ts assembles it; times arrive formatted). */
  email: {
    subject: (providerName: string, reference: string, phaseNumber: number) => {
      const base = `[${providerName}] Personal data breach notification ${reference}`;
      return phaseNumber === 1 ? base : `${base} — update ${phaseNumber}`;
    },
    heading: (phaseNumber: number) =>
      phaseNumber === 1
        ? "Personal data breach notification"
        : `Personal data breach notification — update ${phaseNumber}`,
    to: (organizationName: string) => `To: ${organizationName}`,
    sent: (sentAt: string) => `Sent: ${sentAt}`,
    itemsHeading: "What we can tell you (Art. 33(3) GDPR):",
    notYetKnown: `${NOT_YET_KNOWN}. We will send it in a later update.`,
    deadlinesHeading: "Deadlines:",
    deadline: (awareAt: string, windowHours: number, deadlineAt: string) =>
      `We became aware of this breach on ${awareAt}. Our agreement with you commits us to notify you within ${windowHours} hours, by ${deadlineAt}.`,
    controllerClock:
      "As controller, you must notify your supervisory authority within 72 hours of becoming aware (Art. 33(1) GDPR) unless the breach is unlikely to result in a risk to individuals. Your portal shows that clock from the moment our first notice reached you, with fields for the authority's reference and any reasons for delay.",
    portalLink: (portalUrl: string) => `Read every update and acknowledge receipt: ${portalUrl}`,
    signature: (providerName: string) => `— ${providerName}`,
  },
};
