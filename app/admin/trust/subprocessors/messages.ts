// Words of the staff subprocessor page (staff console: English).
export const SUBPROCESSORS_CONSOLE_MESSAGES = {
  announced: (result: {
    subscribersNotified: number;
    organizationsNotified: number;
    organizationEmails: number;
  }) => {
    const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
    const customers =
      result.organizationsNotified === 0
        ? "No customer organisation to notify"
        : `${plural(result.organizationsNotified, "customer organisation")} notified (${plural(result.organizationEmails, "email")} to their owners, admins and privacy contacts; each sees the notice in its portal)`;
    const subscribers =
      result.subscribersNotified === 0
        ? "no public subscriber is confirmed"
        : `${plural(result.subscribersNotified, "public subscriber")} emailed`;
    return `Change announced. The public list and the updates feed show it now. ${customers}; ${subscribers}.`;
  },
  previewTitle: "Preview before sending",
  previewNote:
    "Nothing is sent yet. Each organisation's window runs from the moment you announce, for its own notice period.",
  previewSample: (name: string) => `The notice as ${name} reads it`,
  previewEmpty: "No customer organisation will be notified (none exists, or all are being closed).",
  previewRecipients: "Who receives a notice",
  detailsSaved: (name: string, changed: readonly string[]) =>
    changed.length === 0
      ? `Nothing changed for ${name}.`
      : `Saved ${name}: ${changed.join(", ")} updated. Nobody is emailed about corrections.`,
};
