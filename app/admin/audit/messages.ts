// Words of the staff audit log page (staff console: English).
export const AUDIT_PAGE_MESSAGES = {
  verified: (result: { ok: boolean; checked: number; seq: number; brokenSeq?: number }) =>
    result.ok
      ? `Verified ${result.checked} ${result.checked === 1 ? "event" : "events"}: the chain is intact up to #${result.seq}.`
      : `The chain does not verify at event #${result.brokenSeq}.`,
  unverified: (count: number) =>
    `${count} newer ${count === 1 ? "event was" : "events were"} recorded since; the next check verifies ${count === 1 ? "it" : "them"}.`,
  pruned: (seq: number) =>
    `Events up to #${seq} were removed after the retention period; verification starts from their signed checkpoint.`,
  chainHeading: (organization: string | null) =>
    organization ? `${organization}'s audit log` : "The provider's audit log",
  filters: {
    legend: "Filter the events",
    organization: "Log",
    providerChain: "The provider (staff, system, sign-ins)",
    organizationsGroup: "Organisations",
    event: "Event type",
    allEvents: "All event types",
    actor: "Actor",
    actorHint: "An email address, or system",
    /** The days are read in the reader's time zone (their own, set under Your account). */
    from: (timeZone: string) => `From (${timeZone})`,
    to: (timeZone: string) => `To (${timeZone})`,
    apply: "Show events",
    clear: "Clear filters",
  },
  summary: (count: number, timeZone: string, filtered: boolean) =>
    count === 0
      ? ""
      : `${count} ${count === 1 ? "event" : "events"}${filtered ? " matching the filters" : ""}, newest first. Times in ${timeZone}.`,
  pager: {
    label: "Pages of the audit log",
    newest: "Newest events",
    newer: "Newer events",
    older: "Older events",
  },
  download: {
    label: "Download",
    csv: "Download CSV",
    json: "Download JSON",
    hint: "Every event matching the filters, not only this page. Downloads are recorded in the audit log.",
  },
  actorFilterTitle: (actor: string) => `Only events by ${actor}`,
  empty: {
    title: "No events yet",
    description: "Sign-ins, administrative and compliance actions are recorded here.",
  },
  emptyFiltered: {
    title: "No events match the filters",
    description: "Widen the period, choose another event type or actor, or clear the filters.",
  },
  columns: {
    seq: "#",
    time: "Time",
    actor: "Actor",
    event: "Event",
    target: "Target",
    ip: "IP",
  },
};
