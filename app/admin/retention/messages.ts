// Words of the staff retention page (staff console: English).
export const RETENTION_CONSOLE_MESSAGES = {
  saved: (d: { changed: boolean; label: string }) =>
    d.changed ? `Saved the period of ${d.label}; the next purge applies it.` : `${d.label}: nothing changed.`,
  queued: (queued: boolean) =>
    queued
      ? "A purge run was queued; its evidence appears below when it is done."
      : "A purge run is already waiting.",
  days: (n: number) => `${n} day${n === 1 ? "" : "s"}`,
  provider: "Provider (no organisation)",
  certificate: "Certificate",
  pdf: "PDF",
  json: "JSON",
  certificatePdf: (category: string, organization: string | null) =>
    `Certificate (PDF): ${category}, ${organization ?? "provider"}`,
  certificateJson: (category: string, organization: string | null) =>
    `Signed certificate (JSON): ${category}, ${organization ?? "provider"}`,
};
