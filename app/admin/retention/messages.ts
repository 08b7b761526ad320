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
  bySystem: "purged by the system, asked through the connector protocol",
  byHand: "purged by hand",
  byHandNote: (system: string) =>
    `${system} is a manual system: nobody is asked and no purge is claimed. Staff remove expired records in the system by hand.`,
  failed: (error: string) => `Failed, asked again on the next run: ${error}`,
  unreachable: (reason: string) => `System unreachable: ${reason}`,
  byHandPreview: "A manual system is not asked: its expired records are removed by hand.",
  certificate: "Certificate",
  pdf: "PDF",
  json: "JSON",
  certificatePdf: (category: string, organization: string | null) =>
    `Certificate (PDF): ${category}, ${organization ?? "provider"}`,
  certificateJson: (category: string, organization: string | null) =>
    `Signed certificate (JSON): ${category}, ${organization ?? "provider"}`,
};
