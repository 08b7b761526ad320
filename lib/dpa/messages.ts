// The sentences lib/dpa writes itself: the names of the Art. 28(3) particulars (public page, PDF, staff
// form; EN/DE), why a publish or an acceptance is refused, the emails asking organisations to accept a new
// version, and the acceptance receipt's PDF (English, like every certificate). Pure and isomorphic.
import type { Locale } from "../i18n/locale.ts";
import type { Text } from "../i18n/text.ts";
import type { DpaClause, ParticularField, ParticularsProblems } from "./particulars.ts";

export const PARTICULAR_LABELS: Record<ParticularField, Text & { de: string }> = {
  subjectMatter: { en: "Subject matter", de: "Gegenstand" },
  duration: { en: "Duration", de: "Dauer" },
  nature: { en: "Nature of the processing", de: "Art der Verarbeitung" },
  purpose: { en: "Purpose of the processing", de: "Zweck der Verarbeitung" },
  dataTypes: { en: "Types of personal data", de: "Arten personenbezogener Daten" },
  dataSubjects: { en: "Categories of data subjects", de: "Kategorien betroffener Personen" },
};

/** What each clause of Art. 28(3) obliges the processor to. */
export const CLAUSE_LABELS: Record<DpaClause, Text & { de: string }> = {
  a: { en: "Documented instructions", de: "Dokumentierte Weisungen" },
  b: { en: "Confidentiality", de: "Vertraulichkeit" },
  c: { en: "Security of processing (Art. 32)", de: "Sicherheit der Verarbeitung (Art. 32)" },
  d: { en: "Subprocessors", de: "Unterauftragsverarbeiter" },
  e: { en: "Assistance with data subject rights", de: "Unterstützung bei Betroffenenrechten" },
  f: { en: "Assistance with Art. 32-36", de: "Unterstützung bei Art. 32-36" },
  g: { en: "Deletion or return at the end", de: "Löschung oder Rückgabe am Ende" },
  h: { en: "Information and audits", de: "Informationen und Kontrollen" },
};

export const PARTICULARS_HEADING: Record<Locale, string> = {
  en: "Particulars of the processing (Art. 28(3) GDPR)",
  de: "Angaben zur Verarbeitung (Art. 28 Abs. 3 DSGVO)",
};
export const CLAUSES_HEADING: Record<Locale, string> = {
  en: "Where the clauses of Art. 28(3)(a)-(h) are",
  de: "Wo die Pflichten nach Art. 28 Abs. 3 lit. a-h geregelt sind",
};
export const clauseLetter = (clause: DpaClause, locale: Locale) =>
  locale === "de" ? `lit. ${clause}` : `(${clause})`;

const list = (items: string[]) => items.join(", ");

export const DPA_MESSAGES = {
  /** A DPA publish refused: names every particular that is missing or points nowhere (staff: English). */
  particularsMissing: (problems: ParticularsProblems): Text => {
    const parts: string[] = [];
    if (problems.missing.length > 0)
      parts.push(`missing ${list(problems.missing.map((f) => PARTICULAR_LABELS[f].en.toLowerCase()))}`);
    if (problems.unlocated.length > 0)
      parts.push(
        `no location in the text for clause${problems.unlocated.length > 1 ? "s" : ""} ${list(problems.unlocated.map((c) => `(${c})`))} of Art. 28(3)`,
      );
    for (const { clause, anchor } of problems.notInText)
      parts.push(
        `clause (${clause}) points at "#${anchor.slice(0, 80)}", which is not a heading of this text`,
      );
    return {
      en: `This DPA version cannot be published without its Art. 28(3) particulars: ${parts.join("; ")}. Fill them in under "Art. 28(3) particulars" and save, then publish again. Nothing was published.`,
    };
  },
  noVersion: {
    en: "No DPA version is published yet.",
    de: "Es ist noch keine Fassung des AVV veröffentlicht.",
  },
  notCurrent: {
    en: "A newer DPA version was published while you were reading. Reload the page, read it and accept that one.",
    de: "Während Sie gelesen haben, wurde eine neuere Fassung des AVV veröffentlicht. Laden Sie die Seite neu, lesen Sie sie und akzeptieren Sie diese.",
  },
  alreadyAccepted: (version: number): Text => ({
    en: `Your organisation has already accepted version ${version}.`,
    de: `Ihre Organisation hat Version ${version} bereits akzeptiert.`,
  }),
  negotiated: {
    en: "Your organisation is bound by an individually negotiated DPA; there is nothing to accept here.",
    de: "Für Ihre Organisation gilt ein individuell verhandelter AVV; hier ist nichts zu akzeptieren.",
  },
  notSignatory: {
    en: "Only owners, admins and the members they name as signatories can accept the DPA.",
    de: "Nur Inhaber, Administratoren und von ihnen benannte Unterzeichnende können den AVV akzeptieren.",
  },
  notAMember: {
    en: "This person is not a member of the organisation.",
    de: "Diese Person ist kein Mitglied der Organisation.",
  },
  unknownOrganization: { en: "No such organisation." },
  nameRequired: { en: "Type your full name.", de: "Geben Sie Ihren vollständigen Namen ein." },
  titleRequired: {
    en: "Type your title or role (e.g. Managing Director).",
    de: "Geben Sie Ihre Funktion ein (z. B. Geschäftsführerin).",
  },
  confirmRequired: {
    en: "Confirm that you accept the DPA on behalf of the organisation.",
    de: "Bestätigen Sie, dass Sie den AVV für die Organisation akzeptieren.",
  },
};

type Email = { subject: string; text: string };

/** The email to owners and admins when a new version is published (stage 0) or still not accepted (7, 21). */
export function dpaNoticeEmail(
  locale: Locale,
  facts: { organization: string; version: number; effectiveDate: string; url: string; stage: number },
): Email {
  const { organization, version, effectiveDate, url, stage } = facts;
  if (locale === "de")
    return {
      subject:
        stage === 0
          ? `Neue Fassung des Auftragsverarbeitungsvertrags (Version ${version}) – bitte akzeptieren`
          : `Erinnerung: Version ${version} des Auftragsverarbeitungsvertrags ist noch nicht akzeptiert`,
      text: [
        `Für "${organization}" gilt ab ${effectiveDate} Version ${version} unseres Auftragsverarbeitungsvertrags (AVV).`,
        stage === 0
          ? "Bitte lesen Sie die Änderungen und akzeptieren Sie die neue Fassung im Kundenportal:"
          : `Ihre Organisation hat sie ${stage} Tage nach der Veröffentlichung noch nicht akzeptiert. Bitte holen Sie das im Kundenportal nach:`,
        url,
        "Inhaber, Administratoren und benannte Unterzeichnende können akzeptieren.",
      ].join("\n\n"),
    };
  return {
    subject:
      stage === 0
        ? `New version of the Data Processing Agreement (version ${version}) – please accept`
        : `Reminder: version ${version} of the Data Processing Agreement is not accepted yet`,
    text: [
      `Version ${version} of our Data Processing Agreement (DPA) applies to "${organization}" from ${effectiveDate}.`,
      stage === 0
        ? "Please read what changed and accept the new version in the customer portal:"
        : `Your organisation has not accepted it ${stage} days after it was published. Please do so in the customer portal:`,
      url,
      "Owners, admins and named signatories can accept it.",
    ].join("\n\n"),
  };
}

/** The acceptance receipt as a PDF (English only, like the other certificates). */
export const RECEIPT_MESSAGES = {
  title: "DPA acceptance receipt",
  banner: (organization: string, version: number) =>
    `${organization} accepted version ${version} of the Data Processing Agreement`,
  issuer: "Processor",
  organization: "Controller (organisation)",
  document: "Document",
  version: "Version",
  language: "Language of the text accepted",
  effectiveDate: "Effective from",
  contentHash: "SHA-256 of the text accepted",
  hashNote:
    "The SHA-256 is computed over the version's Markdown text in UTF-8, as published on the trust center's version page.",
  signatory: "Accepted by",
  signatoryTitle: "Title",
  account: "Account",
  acceptedAt: "Accepted at",
  ip: "IP address",
  userAgent: "Browser (user agent)",
  acceptance: "Acceptance id",
  notRecorded: "not recorded",
  footer: (id: string, page: number, pages: number) => `DPA acceptance ${id} · page ${page} of ${pages}`,
};
