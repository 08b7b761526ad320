// Sentences lib/incidents writes itself (staff console and staff emails: English): the refusals of the
// breach workflow, the ENISA input problems, and the deadline reminder and escalation emails to staff.
// What a page or action says about a result is worded next to the route (app/admin/incidents/messages.ts).
import type { Text } from "../i18n/text.ts";
import { toSingleLine } from "../text/single-line.ts";
import type { SeverityInputProblem } from "./severity.ts";

const SEVERITY_FIELD_NAMES = {
  ei: "Ease of identification",
  cbConfidentiality: "Loss of confidentiality",
  cbIntegrity: "Loss of integrity",
  cbAvailability: "Loss of availability",
} as const;

/** One line of a staff email: an incident with organisations its notice has not reached yet. */
type IncidentDueLine = { reference: string; title: string; organizations: number; earliest: string };

export const INCIDENT_MESSAGES = {
  notABreach: (reference: string): Text => ({
    en: `${reference} is not marked as a personal data breach, so no notice can be composed or sent for it.`,
  }),
  noAffectedOrganization: {
    en: "Choose at least one affected organisation (or an affected system that holds customer data) before declaring a breach.",
  } satisfies Text,
  severityInput: (problem: SeverityInputProblem): Text =>
    problem.field === "dpc"
      ? { en: "Data processing context must be between 1 and 4." }
      : { en: `${SEVERITY_FIELD_NAMES[problem.field]} must be one of ${problem.allowed.join(", ")}.` },

  /** The email to SECURITY and ADMIN staff when deadlines are less than 6 hours away. */
  reminderEmail: (total: number, incidents: readonly IncidentDueLine[], dashboardUrl: string) => ({
    subject: `Breach notification deadline in less than 6 hours: ${total} organisation(s) not yet notified`,
    text: [
      "These breach notifications have not reached their organisations (not sent, or no mail server has accepted them yet) and are due within 6 hours:",
      "",
      ...incidents.map((i) => dueLine(i, "earliest deadline")),
      "",
      `Compose and send the notice: ${dashboardUrl}`,
    ].join("\n"),
  }),
  /** The email to ADMIN staff once deadlines have passed. */
  escalationEmail: (total: number, incidents: readonly IncidentDueLine[], dashboardUrl: string) => ({
    subject: `Escalation: breach notification deadline missed for ${total} organisation(s)`,
    text: [
      "These breach notifications are past their contractual deadline and still have not reached their organisations (not sent, or no mail server has accepted them yet):",
      "",
      ...incidents.map((i) => dueLine(i, "deadline passed")),
      "",
      `Send the notice now and record the reason for the delay: ${dashboardUrl}`,
    ].join("\n"),
  }),
};

function dueLine(incident: IncidentDueLine, when: string): string {
  return `- ${incident.reference} ${toSingleLine(incident.title)}: ${incident.organizations} organisation(s) not yet notified; ${when} ${incident.earliest}`;
}
