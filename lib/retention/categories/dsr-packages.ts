import type { RetentionCategory } from "./category.ts";

/**
 * The data of a DSR access or portability package (the connected systems' export, sealed): cleared seven
 * days after the package was ready, when its link expires, by the package purge (lib/dsr/results/purge.ts),
 * not by this job — the period is the link's lifetime promised to the controller. What was exported
 * (systems, counts, hashes) stays as evidence. A hold on the organisation, the subject or this category
 * keeps the data (lib/legal-holds/package-guard.ts).
 */
export const dsrPackages: RetentionCategory = {
  key: "dsr-packages",
  label: { en: "Data of DSR result packages", de: "Daten der Ergebnispakete" },
  counts: { en: "from the package being ready", de: "ab Bereitstellung des Pakets" },
  defaultDays: 7,
  defaultMinDays: 7,
  selector: 'DsrTask "exportSealed" of EXPORT tasks, cleared when the package expires',
  sql: null,
  removedBy: {
    en: "Cleared when the package's download link expires, by the package purge; a legal hold keeps it.",
    de: "Gelöscht, wenn der Download-Link des Pakets abläuft; eine Aufbewahrungsanordnung hält sie zurück.",
  },
};
