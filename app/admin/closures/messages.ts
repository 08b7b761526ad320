// Words of the staff console's account closures page (English only, like the console).
import type { AccountClosureStatus } from "@/lib/generated/prisma/enums";

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
