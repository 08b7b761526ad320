// Words of the incident register, breach notices and the deadline dashboard in the staff console
// (English): the names of states and severity bands, the ENISA explanations, and what each change
// reports back. lib/incidents returns the facts; these sentences are what staff read.
import type { BadgeTone } from "@/app/_ui";
import type { BreachDetermination, IncidentStatus } from "@/lib/generated/prisma/enums";
import type { DeclareResult } from "@/lib/incidents/declare";
import type { SendNoticeResult } from "@/lib/incidents/notices/send";
import type { Art34Result } from "@/lib/incidents/register/art34";
import type { AssessmentResult } from "@/lib/incidents/register/assess";
import type {
  DeterminationResult,
  IncidentStatusResult,
  IncidentUpdateResult,
} from "@/lib/incidents/register/manage";
import type { SeverityBand } from "@/lib/incidents/severity";
import type { DeliveryKind } from "@/lib/mail/delivery-state";

export const STATUS_LABELS: Record<IncidentStatus, string> = {
  INVESTIGATING: "Investigating",
  CONTAINED: "Contained",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

export const DETERMINATION_LABELS: Record<BreachDetermination, string> = {
  UNDETERMINED: "Not yet determined",
  NOT_PERSONAL_DATA_BREACH: "Not a personal-data breach",
  NOT_NOTIFIABLE: "Not notifiable",
  PERSONAL_DATA_BREACH: "Personal-data breach",
};

export const BAND_LABELS: Record<SeverityBand, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  VERY_HIGH: "Very high",
};

export const BAND_MEANINGS: Record<SeverityBand, string> = {
  LOW: "Individuals are unlikely to be affected, or only with minor, easily overcome inconvenience.",
  MEDIUM: "Individuals may face significant inconvenience they can overcome despite a few difficulties.",
  HIGH: "Individuals may face significant consequences they should overcome, though with serious difficulties.",
  VERY_HIGH: "Individuals may face significant, or even irreversible, consequences they may not overcome.",
};

/** What each ENISA input means and how to pick it (the assessment form's hints). */
export const SEVERITY_EXPLANATIONS = {
  dpc: "Data processing context (1–4): how sensitive the data is in its context. Simple data (names, contact details) 1, behavioural data (location, traffic, habits) 2, financial data 3, sensitive data (health, political, sexual life, criminal) 4. Adjust within 1–4 for context, e.g. +1 when simple data reveals more in this context, −1 when sensitive data is already public.",
  ei: "Ease of identification: how easily the people behind the data can be identified. Negligible 0.25, limited 0.5, significant 0.75, maximum 1 (e.g. names with the data).",
  cbConfidentiality:
    "Loss of confidentiality: 0 none, 0.25 data exposed to a known, limited set of recipients, 0.5 data exposed to an unknown or large number of recipients.",
  cbIntegrity:
    "Loss of integrity: 0 none, 0.25 data altered but recoverable, 0.5 data altered and used or not recoverable.",
  cbAvailability: "Loss of availability: 0 none, 0.25 temporary loss, 0.5 permanent loss (no backup).",
  cbMalicious:
    "Malicious intent: adds 0.5 when the breach was caused deliberately to harm (e.g. theft, attack).",
} as const;

const NOTHING_CHANGED = "Nothing changed.";
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const INCIDENT_MESSAGES = {
  /** After "New incident" (the incident page shows it once). */
  recorded: (reference: string) => `Recorded ${reference}.`,
  updated: ({ reference, changed, notificationsCreated }: IncidentUpdateResult) => {
    if (!changed) return NOTHING_CHANGED;
    return notificationsCreated > 0
      ? `Saved ${reference}; ${plural(notificationsCreated, "new notification")} created.`
      : `Saved ${reference}.`;
  },
  statusChanged: ({ reference, changed, status }: IncidentStatusResult) =>
    changed ? `${reference} is now ${status.toLowerCase()}.` : NOTHING_CHANGED,
  determined: ({ reference, changed, determination }: DeterminationResult) =>
    changed
      ? `Recorded ${reference} as ${determination === "NOT_NOTIFIABLE" ? "not notifiable" : "not a personal-data breach"}, with the reasoning.`
      : NOTHING_CHANGED,
  declared: ({ reference, created, totalNotifications }: DeclareResult) =>
    created.length === 0
      ? `${reference} is already declared; every affected organisation has its notification (${totalNotifications}).`
      : `${reference} declared a personal-data breach: ${plural(created.length, "notification")} created.`,
  assessed: ({ reference, score, band, raisedForSpecialCategory }: AssessmentResult) =>
    `Assessed ${reference}: score ${score.toFixed(2)}, ${BAND_LABELS[band].toLowerCase()}${raisedForSpecialCategory ? " (raised from low: special-category data)" : ""}.`,
  art34Recorded: ({ reference, decision }: Art34Result) => {
    if (decision === "not-high-risk")
      return `${reference}: recorded as not likely to result in a high risk to data subjects.`;
    return decision === "exemption"
      ? `${reference}: high risk, with the Art. 34(3) exemption and its justification recorded.`
      : `${reference}: high risk; the text for data subjects is shown to every notified organisation.`;
  },
  draftSaved: (number: number) => `Draft of phase ${number} saved.`,
  draftComplete: (number: number) => `Phase ${number} is complete. Check the preview below, then send it.`,
  /** The composer has edits the saved draft (and its preview) does not have yet. */
  unsavedPreview: (number: number) =>
    `You changed the draft of phase ${number} since it was saved. Save and preview again to send it.`,
  sent: ({ number, organizations, emails, organizationsWithoutRecipients }: SendNoticeResult) => {
    const skipped = organizationsWithoutRecipients
      ? ` ${organizationsWithoutRecipients} organisation(s) have no privacy contact, owner, admin or privacy officer and were not reached: add a contact and send the next phase.`
      : "";
    return `Phase ${number} sent to ${organizations} organisation(s) (${emails} email(s) queued).${skipped}`;
  },
};

/** The warning on every breach page while SMTP_URL is unset (ADR 0016). */
export const MAIL_TRANSPORT_MESSAGES = {
  title: "No mail server configured: breach notices are queued, not delivered",
  body: "SMTP_URL is not set, so no email leaves this system. A sent notice waits in the outbox and does not count as delivered: its deadline keeps running, and reminders and escalations go out. Configure SMTP_URL and the queued emails are delivered.",
  mailLink: "See what is waiting in Mail.",
};

/** What became of one email (ADR 0016): only "accepted" is delivered. */
export const DELIVERY_LABELS: Record<DeliveryKind, { label: string; tone: BadgeTone }> = {
  accepted: { label: "Accepted", tone: "success" },
  queued: { label: "Queued", tone: "warning" },
  retrying: { label: "Retrying", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
};

export const DELIVERY_MESSAGES = {
  caption: "Email delivery per recipient",
  summary: (counts: Record<DeliveryKind, number>, total: number) =>
    `${plural(total, "email")}: ${counts.accepted} accepted by a mail server, ${counts.queued} queued, ${counts.retrying} retrying, ${counts.failed} failed.`,
  shown: (shown: number, total: number) =>
    `Showing ${shown} of ${total}: failed, retrying and queued emails first.`,
  none: {
    title: "No email sent yet",
    description: "Each recipient's email appears here once a phase of the notice is sent.",
  },
  queued: "Waiting for a mail server; not delivered.",
  acceptedAt: "by the mail server at",
  retrying: (attempts: number, reason: string) =>
    `Attempt ${attempts} refused${reason ? `: ${reason}` : ""}. Next attempt at`,
  failed: (attempts: number, reason: string) =>
    `Given up after ${plural(attempts, "attempt")}${reason ? `: ${reason}` : ""}. Not delivered.`,
};

/** Where a notification stands for its organisation (ADR 0016). */
export const NOTIFICATION_DELIVERY_MESSAGES = {
  delivered: "Delivered",
  deliveredLate: "Delivered late",
  queued: "Queued: not delivered",
  notSent: "Not yet sent",
  acknowledgedInPortal: "Reached through the portal acknowledgement.",
};
