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
