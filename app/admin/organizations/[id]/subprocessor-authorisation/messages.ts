// Words of the subprocessor authorisation setting on the staff organisation page (staff console: English).
export const AUTHORISATION_SETTING_MESSAGES = {
  title: "Subprocessor authorisation",
  note: "As agreed in the customer's DPA (Art. 28(2) GDPR). Applies to changes announced from now on; a notice keeps the mode and window it was sent with.",
  mode: "Authorisation",
  general: "General: notice and objection window",
  specific: "Specific: the customer approves each new subprocessor",
  noticeDays: "Notice period (days)",
  noticeDaysHint: "The objection window under general authorisation, from the announcement.",
  save: "Save authorisation",
  saving: "Saving…",
  saved: "Subprocessor authorisation saved.",
  unchanged: "Nothing changed.",
};
