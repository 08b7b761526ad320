// Refusals of the breach register (staff console: English). What the console says about a saved change
// is worded next to the route (app/admin/incidents/messages.ts).
import type { Text } from "../../i18n/text.ts";

export const REGISTER_MESSAGES = {
  awarenessInFuture: { en: "The time of awareness cannot be in the future." } satisfies Text,
  unknownSystem: {
    en: "One of the chosen systems no longer exists. Reload the page and choose again.",
  } satisfies Text,
  unknownOrganization: {
    en: "One of the chosen organisations no longer exists. Reload the page and choose again.",
  } satisfies Text,
  closed: (reference: string): Text => ({
    en: `${reference} is closed. Reopen it (change its status) to edit it.`,
  }),
  awarenessFixed: {
    en: "The time of awareness cannot change once organisations are notified: their deadlines run from it.",
  } satisfies Text,
  notifiedOrganizationStays: {
    en: "An organisation that has already been notified cannot be removed: its notification is part of the record.",
  } satisfies Text,
  determinationStands: (reference: string): Text => ({
    en: `${reference} was declared a personal-data breach and organisations were notified; that determination stands.`,
  }),
};
