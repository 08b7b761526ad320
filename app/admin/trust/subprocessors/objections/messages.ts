// Words of the staff objections queue (staff console: English).
export const OBJECTIONS_MESSAGES = {
  title: "Objections to subprocessors",
  description:
    "Customers' objections, oldest first. Resolve each with what was agreed: the customer withdrew it (the change then applies to it), an alternative (the subprocessor does not process its data), or the contract was terminated.",
  back: "Back to subprocessors",
  matrix: "Customer notices",
  open: "Open objections",
  openEmpty: "No open objections.",
  resolved: "Resolved",
  resolvedEmpty: "No objection has been resolved yet.",
  organization: "Customer",
  subprocessor: "Subprocessor",
  objected: "Objected",
  reason: "Reason",
  outcome: "Outcome",
  note: "Note",
  noteHint: "What was agreed with the customer (kept in both audit logs).",
  resolve: "Record resolution",
  resolving: "Saving…",
  resolvedMessage: "Resolution recorded; it is in the customer's audit log and the provider's.",
  resolveLabel: (organization: string, subprocessor: string) =>
    `Resolve ${organization}'s objection to ${subprocessor}`,
};
