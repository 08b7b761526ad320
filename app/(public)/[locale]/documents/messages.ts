import type { Locale } from "@/lib/i18n/locale";
import type { Text } from "@/lib/i18n/text";
import type { GrantState } from "@/lib/trust/access-requests/grant-state";

/** The words of the document library, the access request form and the personal download page. */
export type DocumentsWords = {
  library: {
    title: string;
    intro: string;
    publicHeading: string;
    gatedHeading: string;
    gatedIntro: string;
    download: string;
    requestAccess: string;
    underNda: string;
    publicBadge: string;
    untranslated: string;
    updated: string;
    size: string;
    checksum: string;
    noPublic: string;
    noGated: string;
    requestSeveral: string;
  };
  request: {
    title: string;
    intro: string;
    backToLibrary: string;
    documentsLegend: string;
    documentsHint: string;
    name: string;
    email: string;
    emailHint: string;
    company: string;
    reason: string;
    reasonHint: (max: number) => string;
    ndaHeading: string;
    ndaVersion: (version: number) => string;
    ndaFallback: string;
    ndaRegion: string;
    typedName: string;
    typedNameHint: string;
    honeypot: string;
    submit: string;
    submitting: string;
    noNda: string;
    noDocuments: string;
    received: string;
    /** The confirmation after sending: what was asked for and the reference to quote. */
    confirmation: {
      heading: string;
      reference: string;
      referenceHint: string;
      name: string;
      company: string;
      email: string;
      documents: string;
    };
    throttled: (minutes: number) => string;
    ndaOutdated: string;
    documentsUnavailable: string;
    correctFields: string;
    fieldErrors: Record<"documents" | "name" | "email" | "company" | "reason" | "typedName", string>;
    privacy: string;
  };
  access: {
    title: string;
    greeting: (name: string) => string;
    intro: (email: string, company: string) => string;
    states: Record<GrantState, string>;
    until: (date: string) => string;
    reason: string;
    download: string;
    watermarkNote: string;
    invalidTitle: string;
    invalidText: string;
    requestAgain: string;
  };
  refusal: Record<"invalid-link" | Exclude<GrantState, "approved">, string>;
};

export const DOCUMENTS: Record<Locale, DocumentsWords> = {
  en: {
    library: {
      title: "Documents",
      intro:
        "Security and compliance documents for your review. Public documents download directly; confidential ones are released under a non-disclosure agreement after a short review.",
      publicHeading: "Public documents",
      gatedHeading: "Documents under NDA",
      gatedIntro:
        "Request access, accept our NDA by typing your name, and we email you a personal download link once approved. Every copy is watermarked with your email address.",
      download: "Download PDF",
      requestAccess: "Request access",
      underNda: "Under NDA",
      publicBadge: "Public",
      untranslated: "English only",
      updated: "Updated",
      size: "Size",
      checksum: "SHA-256",
      noPublic: "There are no public documents at the moment.",
      noGated: "There are no documents under NDA at the moment.",
      requestSeveral: "Request several documents at once",
    },
    request: {
      title: "Request documents under NDA",
      intro:
        "Tell us who you are and which documents you need. We review requests on working days and email you the decision; approved documents are available from a personal page for a limited time.",
      backToLibrary: "Back to the documents",
      documentsLegend: "Documents",
      documentsHint: "Choose one or more.",
      name: "Full name",
      email: "Work email",
      emailHint: "We send the decision and your personal link here.",
      company: "Company",
      reason: "Why do you need the documents?",
      reasonHint: (max) =>
        `For example: vendor security review for a planned purchase. At most ${max} characters.`,
      ndaHeading: "Non-disclosure agreement",
      ndaVersion: (version) => `Version ${version}`,
      ndaFallback: "This agreement is not available in your language; the English version applies.",
      ndaRegion: "Text of the non-disclosure agreement",
      typedName: "Type your full name to accept the agreement",
      typedNameHint:
        "It must match the name above. By typing it you accept this agreement on behalf of your company.",
      honeypot: "Website (leave this empty)",
      submit: "Accept the NDA and send the request",
      submitting: "Sending…",
      noNda:
        "Requests are not possible at the moment because no non-disclosure agreement has been published. Please contact us by email.",
      noDocuments: "There are no documents under NDA at the moment.",
      received:
        "Thank you. Your request was received and we have sent you an email. You will hear from us once it is decided.",
      confirmation: {
        heading: "Your request",
        reference: "Your reference",
        referenceHint: "Please quote it if you contact us about this request.",
        name: "Name",
        company: "Company",
        email: "Confirmation sent to",
        documents: "Requested documents",
      },
      throttled: (minutes) =>
        `Too many requests from your network or for this email address. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      ndaOutdated:
        "The non-disclosure agreement has just been updated. Please reload the page, read the current version and accept it.",
      documentsUnavailable:
        "One of the chosen documents is no longer available. Please reload the page and choose again.",
      correctFields: "Please correct the highlighted fields.",
      fieldErrors: {
        documents: "Choose at least one document.",
        name: "Enter your full name (at most 200 characters).",
        email: "Enter your work email address, like name@company.com.",
        company: "Enter your company (at most 200 characters).",
        reason: "Tell us why you need the documents (at most 1000 characters).",
        typedName: "Type your full name exactly as in the name field to accept the agreement.",
      },
      privacy:
        "We store your request, your acceptance of the agreement (name, email, IP address, browser, time, agreement version) and your downloads as evidence under the agreement.",
    },
    access: {
      title: "Your documents",
      greeting: (name) => `Hello ${name}`,
      intro: (email, company) =>
        `Documents requested by ${email} (${company}). Downloads are watermarked with your email address and logged. Please do not forward this page.`,
      states: {
        pending: "Waiting for review",
        approved: "Approved",
        denied: "Declined",
        expired: "Access expired",
        revoked: "Access revoked",
        withdrawn: "No longer available",
      },
      until: (date) => `until ${date}`,
      reason: "Reason",
      download: "Download",
      watermarkNote:
        "Each download is generated for you and marked with your email address, company and the time of download.",
      invalidTitle: "This link is not valid",
      invalidText:
        "The link may be mistyped, or replaced by a newer link: each approval email contains a new link and only the newest one works. Please use the link from your latest email.",
      requestAgain: "Request documents",
    },
    refusal: {
      "invalid-link": "This download link is not valid. Please use the link from your latest email.",
      pending: "This document has not been approved yet.",
      denied: "Access to this document was declined.",
      expired: "Your access to this document has expired. Please request it again.",
      revoked: "Your access to this document was revoked.",
      withdrawn: "This document is no longer available.",
    },
  },
  de: {
    library: {
      title: "Dokumente",
      intro:
        "Unterlagen zu Sicherheit und Compliance für Ihre Prüfung. Öffentliche Dokumente laden Sie direkt herunter; vertrauliche geben wir nach kurzer Prüfung unter einer Vertraulichkeitsvereinbarung frei.",
      publicHeading: "Öffentliche Dokumente",
      gatedHeading: "Dokumente unter Vertraulichkeitsvereinbarung",
      gatedIntro:
        "Fordern Sie den Zugriff an, nehmen Sie unsere Vertraulichkeitsvereinbarung durch Eingabe Ihres Namens an, und wir senden Ihnen nach der Freigabe einen persönlichen Download-Link. Jede Kopie trägt Ihre E-Mail-Adresse als Wasserzeichen.",
      download: "PDF herunterladen",
      requestAccess: "Zugriff anfordern",
      underNda: "Unter NDA",
      publicBadge: "Öffentlich",
      untranslated: "Nur auf Englisch",
      updated: "Aktualisiert",
      size: "Größe",
      checksum: "SHA-256",
      noPublic: "Derzeit gibt es keine öffentlichen Dokumente.",
      noGated: "Derzeit gibt es keine Dokumente unter Vertraulichkeitsvereinbarung.",
      requestSeveral: "Mehrere Dokumente auf einmal anfordern",
    },
    request: {
      title: "Dokumente unter Vertraulichkeitsvereinbarung anfordern",
      intro:
        "Sagen Sie uns, wer Sie sind und welche Dokumente Sie benötigen. Wir prüfen Anfragen an Werktagen und teilen Ihnen die Entscheidung per E-Mail mit; freigegebene Dokumente stehen befristet auf einer persönlichen Seite bereit.",
      backToLibrary: "Zurück zu den Dokumenten",
      documentsLegend: "Dokumente",
      documentsHint: "Wählen Sie eines oder mehrere.",
      name: "Vollständiger Name",
      email: "Geschäftliche E-Mail-Adresse",
      emailHint: "Hierhin senden wir die Entscheidung und Ihren persönlichen Link.",
      company: "Unternehmen",
      reason: "Wofür benötigen Sie die Dokumente?",
      reasonHint: (max) =>
        `Zum Beispiel: Sicherheitsprüfung des Anbieters vor einem geplanten Kauf. Höchstens ${max} Zeichen.`,
      ndaHeading: "Vertraulichkeitsvereinbarung",
      ndaVersion: (version) => `Version ${version}`,
      ndaFallback: "Diese Vereinbarung liegt nicht auf Deutsch vor; es gilt die englische Fassung.",
      ndaRegion: "Text der Vertraulichkeitsvereinbarung",
      typedName: "Geben Sie Ihren vollständigen Namen ein, um die Vereinbarung anzunehmen",
      typedNameHint:
        "Er muss dem Namen oben entsprechen. Mit der Eingabe nehmen Sie diese Vereinbarung im Namen Ihres Unternehmens an.",
      honeypot: "Website (bitte leer lassen)",
      submit: "Vereinbarung annehmen und Anfrage senden",
      submitting: "Wird gesendet…",
      noNda:
        "Anfragen sind derzeit nicht möglich, weil keine Vertraulichkeitsvereinbarung veröffentlicht ist. Bitte schreiben Sie uns eine E-Mail.",
      noDocuments: "Derzeit gibt es keine Dokumente unter Vertraulichkeitsvereinbarung.",
      received:
        "Vielen Dank. Ihre Anfrage ist eingegangen und wir haben Ihnen eine E-Mail gesendet. Sie hören von uns, sobald sie entschieden ist.",
      confirmation: {
        heading: "Ihre Anfrage",
        reference: "Ihre Vorgangsnummer",
        referenceHint: "Bitte geben Sie sie an, wenn Sie uns zu dieser Anfrage kontaktieren.",
        name: "Name",
        company: "Unternehmen",
        email: "Bestätigung gesendet an",
        documents: "Angefragte Unterlagen",
      },
      throttled: (minutes) =>
        `Zu viele Anfragen aus Ihrem Netzwerk oder für diese E-Mail-Adresse. Bitte versuchen Sie es in ${minutes} Minute${minutes === 1 ? "" : "n"} erneut.`,
      ndaOutdated:
        "Die Vertraulichkeitsvereinbarung wurde soeben aktualisiert. Bitte laden Sie die Seite neu, lesen Sie die aktuelle Fassung und nehmen Sie sie an.",
      documentsUnavailable:
        "Eines der gewählten Dokumente ist nicht mehr verfügbar. Bitte laden Sie die Seite neu und wählen Sie erneut.",
      correctFields: "Bitte korrigieren Sie die markierten Felder.",
      fieldErrors: {
        documents: "Wählen Sie mindestens ein Dokument.",
        name: "Geben Sie Ihren vollständigen Namen ein (höchstens 200 Zeichen).",
        email: "Geben Sie Ihre geschäftliche E-Mail-Adresse ein, z. B. name@firma.de.",
        company: "Geben Sie Ihr Unternehmen an (höchstens 200 Zeichen).",
        reason: "Sagen Sie uns, wofür Sie die Dokumente benötigen (höchstens 1000 Zeichen).",
        typedName:
          "Geben Sie Ihren vollständigen Namen genau wie im Namensfeld ein, um die Vereinbarung anzunehmen.",
      },
      privacy:
        "Wir speichern Ihre Anfrage, Ihre Annahme der Vereinbarung (Name, E-Mail-Adresse, IP-Adresse, Browser, Zeitpunkt, Fassung der Vereinbarung) und Ihre Downloads als Nachweis nach der Vereinbarung.",
    },
    access: {
      title: "Ihre Dokumente",
      greeting: (name) => `Guten Tag ${name}`,
      intro: (email, company) =>
        `Von ${email} (${company}) angeforderte Dokumente. Downloads tragen Ihre E-Mail-Adresse als Wasserzeichen und werden protokolliert. Bitte leiten Sie diese Seite nicht weiter.`,
      states: {
        pending: "Wird geprüft",
        approved: "Freigegeben",
        denied: "Abgelehnt",
        expired: "Zugriff abgelaufen",
        revoked: "Zugriff widerrufen",
        withdrawn: "Nicht mehr verfügbar",
      },
      until: (date) => `bis ${date}`,
      reason: "Begründung",
      download: "Herunterladen",
      watermarkNote:
        "Jeder Download wird für Sie erzeugt und mit Ihrer E-Mail-Adresse, Ihrem Unternehmen und dem Zeitpunkt gekennzeichnet.",
      invalidTitle: "Dieser Link ist ungültig",
      invalidText:
        "Der Link ist möglicherweise falsch oder wurde durch einen neueren ersetzt: Jede Freigabe-E-Mail enthält einen neuen Link, und nur der neueste funktioniert. Bitte verwenden Sie den Link aus Ihrer letzten E-Mail.",
      requestAgain: "Dokumente anfordern",
    },
    refusal: {
      "invalid-link":
        "Dieser Download-Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer letzten E-Mail.",
      pending: "Dieses Dokument ist noch nicht freigegeben.",
      denied: "Der Zugriff auf dieses Dokument wurde abgelehnt.",
      expired: "Ihr Zugriff auf dieses Dokument ist abgelaufen. Bitte fordern Sie es erneut an.",
      revoked: "Ihr Zugriff auf dieses Dokument wurde widerrufen.",
      withdrawn: "Dieses Dokument ist nicht mehr verfügbar.",
    },
  },
};

/** The refusal of a direct download (/<locale>/documents/<slug>/download), in English whatever the language. */
export const DOWNLOAD_MESSAGES = {
  noPublicDocument: { en: "There is no public document at this address." } satisfies Text,
};
