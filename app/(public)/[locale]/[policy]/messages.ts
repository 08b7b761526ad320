import type { Locale } from "@/lib/i18n/locale";

/** Words of the trust document pages (current version, history, one version, comparison, PDF download). */
export const DOCUMENT_WORDS: Record<
  Locale,
  {
    version: (version: number) => string;
    effective: (date: string) => string;
    fullHash: string;
    hashExplained: string;
    historyLink: string;
    languageName: Record<Locale, string>;
    missingTranslationTitle: string;
    missingTranslation: (shownIn: string) => string;
    outdatedTranslationTitle: (since: number) => string;
    outdatedTranslation: (since: number) => string;
    readEnglish: string;
    /** "Version history" (before the document's title in the heading). */
    historyLabel: string;
    historyTitle: (title: string) => string;
    historyIntro: string;
    historyCaption: string;
    columns: {
      version: string;
      effective: string;
      published: string;
      changes: string;
      hash: string;
      actions: string;
    };
    view: (version: number) => string;
    compareWithPrevious: (version: number) => string;
    comparePicker: { legend: string; from: string; to: string; submit: string; sameVersion: string };
    olderVersionTitle: string;
    olderVersion: (version: number, latest: number) => string;
    currentVersionLink: string;
    diffLabel: string;
    diffTitle: (title: string) => string;
    diffHeading: (from: number, fromDate: string, to: number, toDate: string) => string;
    diffSummary: (added: number, removed: number) => string;
    identical: string;
    unchangedLines: (count: number) => string;
    addedLine: string;
    removedLine: string;
    /** Screen-reader text around changed words inside a changed line. */
    addedWords: [string, string];
    removedWords: [string, string];
    lineNumbers: { old: string; new: string };
    backToHistory: string;
    /** The table of contents of a long document. */
    contents: { title: string; summary: (sections: number) => string };
    /** The PDF download of the DPA, the TOMs and the security overview. */
    pdf: {
      downloadTitle: string;
      download: (version: number) => string;
      latest: string;
      /** What the permanent link is for, by document slug. */
      latestExplained: Record<string, string>;
    };
    /** The security page's note on signed certificates and the public keys that verify them (ADR 0020). */
    certificateKeys: {
      title: string;
      intro: string;
      keysLink: string;
      key: (keyId: string, active: boolean, since: string | null) => string;
      howTo: string;
    };
  }
> = {
  en: {
    version: (version) => `Version ${version}`,
    effective: (date) => `effective ${date}`,
    fullHash: "SHA-256 of the text",
    hashExplained: "Computed over the Markdown text of this version; it identifies exactly this text.",
    historyLink: "Version history",
    languageName: { en: "English", de: "German" },
    missingTranslationTitle: "No translation yet",
    missingTranslation: (shownIn) =>
      `This page has not been translated into English yet. It is shown in ${shownIn}.`,
    outdatedTranslationTitle: (since) => `Translation out of date since version ${since}`,
    outdatedTranslation: (since) =>
      `The English version of this page has changed since this translation was published: English version ${since} and later are not translated yet.`,
    readEnglish: "Read the English version",
    historyLabel: "Version history",
    historyTitle: (title) => `Version history: ${title}`,
    historyIntro:
      "Every published version stays available unchanged. Each carries the SHA-256 of its text, so you can check that a copy you hold is exactly what was published.",
    historyCaption: "Published versions, newest first",
    columns: {
      version: "Version",
      effective: "Effective",
      published: "Published",
      changes: "What changed",
      hash: "SHA-256",
      actions: "Actions",
    },
    view: (version) => `View version ${version}`,
    compareWithPrevious: (version) => `Compare version ${version} with version ${version - 1}`,
    comparePicker: {
      legend: "Compare two versions",
      from: "Older version",
      to: "Newer version",
      submit: "Show changes",
      sameVersion: "Choose two different versions.",
    },
    olderVersionTitle: "Not the current version",
    olderVersion: (version, latest) =>
      `You are reading version ${version}. The current version is ${latest}.`,
    currentVersionLink: "Read the current version",
    diffLabel: "Changes",
    diffTitle: (title) => `Changes: ${title}`,
    diffHeading: (from, fromDate, to, toDate) =>
      `Changes from version ${from} (${fromDate}) to version ${to} (${toDate})`,
    diffSummary: (added, removed) =>
      `${added} ${added === 1 ? "line" : "lines"} added, ${removed} ${removed === 1 ? "line" : "lines"} removed.`,
    identical: "The two versions have exactly the same text.",
    unchangedLines: (count) => `Show ${count} unchanged ${count === 1 ? "line" : "lines"}`,
    addedLine: "Added:",
    removedLine: "Removed:",
    addedWords: ["[added: ", "]"],
    removedWords: ["[removed: ", "]"],
    lineNumbers: { old: "Line in the older version", new: "Line in the newer version" },
    backToHistory: "Back to the version history",
    contents: { title: "Contents", summary: (sections) => `Contents (${sections} sections)` },
    pdf: {
      downloadTitle: "Download",
      download: (version) => `Download PDF (version ${version})`,
      latest: "Permanent link to the latest version",
      latestExplained: {
        dpa: "This address always delivers the current DPA as a PDF, for your contract files.",
        toms: "This address always delivers the current TOMs as a PDF, for your contract files.",
        security:
          "This address always delivers the current security overview as a PDF, for your vendor assessment.",
      },
    },
    certificateKeys: {
      title: "Signed deletion certificates",
      intro:
        "Every certificate we issue about deleted data (for example after a data subject's erasure request) is a JSON file signed with Ed25519, with a PDF rendering that prints its key id and signature. You, or your supervisory authority, can check a certificate against our public keys.",
      keysLink: "Public keys (JSON, with PEM and JWK)",
      key: (keyId, active, since) =>
        `Key “${keyId}”: ${active ? "signs new certificates" : "retired, still verifies the certificates it signed"}${since ? ` (since ${since})` : ""}`,
      howTo:
        "To check a certificate: npm run verify-certificate -- <file> --keys <the address above> (Article28), or any Ed25519 tool such as OpenSSL: the file's “payload” holds the signed bytes in base64, its “signature” the signature.",
    },
  },
  de: {
    version: (version) => `Version ${version}`,
    effective: (date) => `gültig ab ${date}`,
    fullHash: "SHA-256 des Textes",
    hashExplained: "Berechnet über den Markdown-Text dieser Version; er kennzeichnet genau diesen Text.",
    historyLink: "Versionsverlauf",
    languageName: { en: "Englisch", de: "Deutsch" },
    missingTranslationTitle: "Noch keine Übersetzung",
    missingTranslation: (shownIn) =>
      `Diese Seite ist noch nicht ins Deutsche übersetzt. Sie wird auf ${shownIn} angezeigt.`,
    outdatedTranslationTitle: (since) => `Übersetzung veraltet seit Version ${since}`,
    outdatedTranslation: (since) =>
      `Die englische Fassung dieser Seite wurde seit dieser Übersetzung geändert: Die englische Version ${since} und spätere sind noch nicht übersetzt.`,
    readEnglish: "Englische Fassung lesen",
    historyLabel: "Versionsverlauf",
    historyTitle: (title) => `Versionsverlauf: ${title}`,
    historyIntro:
      "Jede veröffentlichte Version bleibt unverändert abrufbar. Jede trägt den SHA-256 ihres Textes, sodass Sie prüfen können, ob Ihre Kopie genau dem veröffentlichten Text entspricht.",
    historyCaption: "Veröffentlichte Versionen, neueste zuerst",
    columns: {
      version: "Version",
      effective: "Gültig ab",
      published: "Veröffentlicht",
      changes: "Änderungen",
      hash: "SHA-256",
      actions: "Aktionen",
    },
    view: (version) => `Version ${version} ansehen`,
    compareWithPrevious: (version) => `Version ${version} mit Version ${version - 1} vergleichen`,
    comparePicker: {
      legend: "Zwei Versionen vergleichen",
      from: "Ältere Version",
      to: "Neuere Version",
      submit: "Änderungen anzeigen",
      sameVersion: "Wählen Sie zwei verschiedene Versionen.",
    },
    olderVersionTitle: "Nicht die aktuelle Version",
    olderVersion: (version, latest) => `Sie lesen Version ${version}. Die aktuelle Version ist ${latest}.`,
    currentVersionLink: "Aktuelle Version lesen",
    diffLabel: "Änderungen",
    diffTitle: (title) => `Änderungen: ${title}`,
    diffHeading: (from, fromDate, to, toDate) =>
      `Änderungen von Version ${from} (${fromDate}) zu Version ${to} (${toDate})`,
    diffSummary: (added, removed) =>
      `${added} ${added === 1 ? "Zeile" : "Zeilen"} hinzugefügt, ${removed} ${removed === 1 ? "Zeile" : "Zeilen"} entfernt.`,
    identical: "Die beiden Versionen haben genau denselben Text.",
    unchangedLines: (count) => `${count} unveränderte ${count === 1 ? "Zeile" : "Zeilen"} anzeigen`,
    addedLine: "Hinzugefügt:",
    removedLine: "Entfernt:",
    addedWords: ["[hinzugefügt: ", "]"],
    removedWords: ["[entfernt: ", "]"],
    lineNumbers: { old: "Zeile in der älteren Version", new: "Zeile in der neueren Version" },
    backToHistory: "Zurück zum Versionsverlauf",
    contents: { title: "Inhalt", summary: (sections) => `Inhalt (${sections} Abschnitte)` },
    pdf: {
      downloadTitle: "Herunterladen",
      download: (version) => `PDF herunterladen (Version ${version})`,
      latest: "Dauerhafter Link zur neuesten Version",
      latestExplained: {
        dpa: "Diese Adresse liefert immer den aktuellen AVV als PDF, für Ihre Vertragsunterlagen.",
        toms: "Diese Adresse liefert immer die aktuellen TOM als PDF, für Ihre Vertragsunterlagen.",
        security:
          "Diese Adresse liefert immer die aktuelle Sicherheitsübersicht als PDF, für Ihre Lieferantenbewertung.",
      },
    },
    certificateKeys: {
      title: "Signierte Löschnachweise",
      intro:
        "Jeder Nachweis, den wir über gelöschte Daten ausstellen (etwa nach dem Löschantrag einer betroffenen Person), ist eine mit Ed25519 signierte JSON-Datei, dazu eine PDF-Fassung, die Schlüssel-ID und Signatur abdruckt. Sie oder Ihre Aufsichtsbehörde können einen Nachweis mit unseren öffentlichen Schlüsseln prüfen.",
      keysLink: "Öffentliche Schlüssel (JSON, mit PEM und JWK)",
      key: (keyId, active, since) =>
        `Schlüssel „${keyId}“: ${active ? "signiert neue Nachweise" : "außer Dienst, prüft weiterhin die damit signierten Nachweise"}${since ? ` (seit ${since})` : ""}`,
      howTo:
        "So prüfen Sie einen Nachweis: npm run verify-certificate -- <Datei> --keys <obige Adresse> (Article28) oder mit jedem Ed25519-Werkzeug wie OpenSSL: „payload“ enthält die signierten Bytes in Base64, „signature“ die Signatur.",
    },
  },
};

/** The plain-text answers of a PDF download (/<locale>/<document>/<file>), in English whatever the language. */
export const DOCUMENT_FILE_MESSAGES = {
  notFound: "Not found.",
  badFileName: "Ask for latest.pdf or a version number such as 3.pdf.",
  noSuchVersion: "There is no such version of this document.",
};
