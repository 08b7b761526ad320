// Words of the staff notice matrix (staff console: English).
import type { MatrixState } from "@/lib/subprocessor-notices/staff-matrix";

export const NOTICE_MATRIX_MESSAGES = {
  title: "Customer notices",
  description:
    "Each customer organisation × the latest announced changes: the state of its notice and the delivery of its emails. A notice is delivered once a mail server accepted it for one of the organisation's recipients, and a general authorisation's objection window runs from that moment; bounced when every attempt failed (the window does not open: the change does not apply to that customer).",
  back: "Back to subprocessors",
  objections: "Objections queue",
  empty: "No change has been notified to customers yet.",
  change: "Change",
  organization: "Customer",
  failed: (failed: number, recipients: number) => `${failed} of ${recipients} emails rejected`,
  runNow: "Check closed windows now",
  running: "Checking…",
  runQueued: "A check of closed windows was queued; deemed acceptances appear here in a moment.",
  runWaiting: "A check is already waiting to run.",
  failures: "Delivery failures",
  failuresEmpty: "No email of a customer notice was rejected.",
  windowEnds: (date: string) => `window ends ${date}`,
  windowAwaitsDelivery: "window opens when an email is accepted",
  states: {
    notified: "Notified",
    delivered: "Delivered",
    bounced: "Bounced",
    objected: "Objected",
    accepted: "Accepted",
    deemed_accepted: "Deemed accepted",
    refused: "Refused",
    approved: "Approved",
  } satisfies Record<MatrixState, string>,
};
