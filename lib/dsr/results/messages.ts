// Sentences lib/dsr/results itself produces: refusals of downloads (portal: English and German) and the
// words of the certificate PDF (English, like the JSON it accompanies).
export const RESULT_MESSAGES = {
  packageNotReady: {
    en: "The package is not ready yet: some systems have not answered.",
    de: "Das Paket ist noch nicht bereit: Einige Systeme haben noch nicht geantwortet.",
  },
  packageExpired: {
    en: "The download link has expired and the exported data was deleted. File a new access request to get a fresh export.",
    de: "Der Download-Link ist abgelaufen und die exportierten Daten wurden gelöscht. Stellen Sie eine neue Auskunftsanfrage für einen neuen Export.",
  },
  noPackageForType: {
    en: "Only access and portability requests have a data package.",
    de: "Nur Auskunfts- und Datenübertragbarkeitsanfragen haben ein Datenpaket.",
  },
  noCertificateForType: {
    en: "Access and portability requests have a data package, not a certificate.",
    de: "Auskunfts- und Datenübertragbarkeitsanfragen haben ein Datenpaket, keinen Nachweis.",
  },
} as const;

/** The certificate PDF (English). Times arrive as formatted UTC text. */
export const CERTIFICATE_MESSAGES = {
  title: (kind: string, reference: string) =>
    `${kind.charAt(0).toUpperCase()}${kind.slice(1)} certificate ${reference}`,
  provisional:
    "PROVISIONAL: not every system has confirmed yet. This certificate is final once every task below has its answer.",
  final: "Final: every connected system has answered.",
  timeNote: "All times are UTC. The data subject's identifiers are not part of this certificate (A15).",
  provider: "Processor",
  organisation: "Controller",
  request: "Request",
  requestType: "Type",
  status: "Status",
  received: "Received by the controller",
  instructed: "Instructed",
  closed: "Closed",
  notYet: "not yet",
  asOf: "State as of",
  systemsHeading: "Systems",
  noSystems: "No system holds this organisation's data.",
  system: (name: string, key: string, connector: string) => `${name} (${key}, ${connector})`,
  actions: {
    erase: "Erasure",
    absence_check: "Absence check",
    rectify: "Rectification",
    restrict: "Restriction",
    lift_restriction: "Restriction lifted",
    object: "Objection",
    export: "Export",
  } as Record<string, string>,
  statuses: {
    pending: "waiting to be sent",
    waiting: "accepted by the system, answer pending",
    done: "done",
    not_found: "no data about the subject found",
    blocked: "blocked",
    failed: "failed",
    cancelled: "cancelled",
  } as Record<string, string>,
  records: (n: number) => `${n} record${n === 1 ? "" : "s"}`,
  fields: "Fields",
  answeredAt: "Answered",
  absent: "Subject absent afterwards",
  stillPresent: "Subject STILL PRESENT afterwards",
  ground: "Ground",
  until: "Kept until",
  error: "Reason",
  evidence: "Evidence (staff)",
  evidenceFile: (name: string, sha256: string) => `File ${name}, SHA-256 ${sha256}`,
  recipientsHeading: "Passed on to (Art. 19)",
  noRecipients: "The system reported no recipients.",
  recipient: (name: string, kind: string, action: string, status: string, at: string | null) =>
    `${name} (${kind}), ${action}: ${status}${at ? ` at ${at}` : ""}`,
  footer: (reference: string, page: number, pages: number) =>
    `${reference} · certificate · page ${page} of ${pages}`,
};
