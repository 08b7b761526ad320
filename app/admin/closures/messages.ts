// Words of the staff console's account closures page (English only, like the console).
import type { AccountClosureStatus, AccountClosureSystemStatus } from "@/lib/generated/prisma/enums";

export const CLOSURES_MESSAGES = {
  title: "Account closures",
  description:
    "Every organisation that asked to close its account (D4): read-only during its export window, then deleted from Article28 and every connected system by the closure job (every five minutes), unless a legal hold keeps it. The signed certificates stay here after the organisations are gone.",
  link: "Account closures",
  runNow: "Run due deletions now",
  runNowPending: "Queuing…",
  queued: (queued: boolean) =>
    queued ? "A closure run was queued." : "A run is already waiting; it will take every due closure.",
  caption: "Account closures",
  empty: { title: "No account closures", description: "Closures appear here once an owner asks for one." },
  organisation: "Organisation",
  status: "Status",
  choice: "Choice",
  requested: "Requested",
  deleteAfter: "Deletion after",
  deleteBy: "Deleted by",
  completed: "Completed",
  systems: "Systems answered",
  certificate: "Certificate",
  actions: "Actions",
  json: "JSON",
  pdf: "PDF",
  heldBy: (reference: string) => `Kept by ${reference}`,
  awaitingStaff: (n: number) =>
    n === 1 ? "1 manual system waits for staff" : `${n} manual systems wait for staff`,
  open: "Open",
  back: "All account closures",
  detailDescription:
    "The closure's dates and each connected system's part of the deletion. A manual system has no connector: delete the organisation's data there by hand and record what you did — the deletion and its certificate wait for it, and your name and words are printed on the certificate.",
  facts: {
    status: "Status",
    choice: "Choice",
    requested: "Requested",
    deleteAfter: "Deletion after",
    deleteBy: "Deleted by",
    started: "Deletion started",
    completed: "Completed",
    certificate: "Certificate SHA-256",
  },
  systemsCaption: "Connected systems",
  systemsEmpty: {
    title: "No connected systems",
    description: "The organisation's data was held in Article28 only.",
  },
  system: "System",
  answer: "Answer",
  attempts: "Attempts",
  answered: "Answered",
  recordsRemoved: "Records",
  details: "Details",
  systemStatuses: {
    PENDING: "Not answered yet",
    WAITING: "Deleting (asked again next run)",
    DONE: "Deleted",
    BLOCKED: "Kept on a legal ground",
    FAILED: "Failed",
  } satisfies Record<AccountClosureSystemStatus, string>,
  awaiting: "Waiting for staff",
  recordedBy: "Recorded by ",
  confirm: {
    legend: (system: string) => `Record the deletion in ${system}`,
    outcome: "Outcome",
    done: "Deleted by hand",
    failed: "Could not be deleted",
    records: "Records removed (optional)",
    evidence: "What was done, or why not (printed on the certificate)",
    submit: "Record",
    pending: "Recording…",
    recorded: (system: string, outcome: "DONE" | "FAILED") =>
      outcome === "DONE"
        ? `The deletion in ${system} was recorded; the closure job runs now.`
        : `${system} was recorded as not deleted; the closure job runs now.`,
  },
  askAgain: {
    submit: "Ask again",
    pending: "Asking…",
    label: (system: string) => `Ask ${system} again`,
    asked: (system: string) => `${system} will be asked again now, under a new webhook-id.`,
  },
  lastError: (error: string) => `Last run failed: ${error}`,
  choices: { RETURN: "Return, then deletion", DELETION: "Deletion" },
  statuses: {
    SCHEDULED: "Scheduled",
    HELD: "Held",
    DELETING: "Deleting",
    COMPLETED: "Completed",
    CANCELLED: "Cancelled",
  } satisfies Record<AccountClosureStatus, string>,
};
