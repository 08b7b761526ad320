// Words of the portal's DPA page (GDPR.md D3; ADR 0029) and of the banner every portal page shows while the
// organisation has not accepted the current version, English and German.
import type { Text } from "@/lib/i18n/text";

export const DPA_NAV: Text = { en: "DPA", de: "AVV" };

export const DPA_BANNER_MESSAGES = {
  title: (version: number): Text => ({
    en: `Please accept version ${version} of the Data Processing Agreement`,
    de: `Bitte akzeptieren Sie Version ${version} des Auftragsverarbeitungsvertrags`,
  }),
  body: {
    en: "A new version of the DPA applies to your organisation. Owners, admins and named signatories can read what changed and accept it.",
    de: "Für Ihre Organisation gilt eine neue Fassung des AVV. Inhaber, Administratoren und benannte Unterzeichnende können die Änderungen lesen und sie akzeptieren.",
  } satisfies Text,
  link: { en: "Read and accept the DPA", de: "AVV lesen und akzeptieren" } satisfies Text,
};

export const DPA_PAGE_MESSAGES = {
  title: { en: "Data Processing Agreement", de: "Auftragsverarbeitungsvertrag" } satisfies Text,
  description: {
    en: "The Data Processing Agreement (Art. 28 GDPR) that binds your organisation and us, and who accepted which version when.",
    de: "Der Auftragsverarbeitungsvertrag (Art. 28 DSGVO) zwischen Ihrer Organisation und uns, und wer welche Fassung wann akzeptiert hat.",
  } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  states: {
    current: { en: "Current version accepted", de: "Aktuelle Fassung akzeptiert" },
    pending: { en: "Not accepted yet", de: "Noch nicht akzeptiert" },
    negotiated: { en: "Individually negotiated DPA", de: "Individuell verhandelter AVV" },
    none: { en: "No DPA published yet", de: "Noch kein AVV veröffentlicht" },
  } satisfies Record<string, Text>,
  currentVersion: { en: "Current version", de: "Aktuelle Fassung" } satisfies Text,
  versionLine: (version: number, effective: string): Text => ({
    en: `Version ${version}, effective from ${effective}`,
    de: `Version ${version}, gültig ab ${effective}`,
  }),
  contentHash: { en: "SHA-256 of the text", de: "SHA-256 des Texts" } satisfies Text,
  acceptedVersion: { en: "Accepted", de: "Akzeptiert" } satisfies Text,
  acceptedLine: (version: number): Text => ({ en: `Version ${version}`, de: `Version ${version}` }),
  by: { en: "by", de: "von" } satisfies Text,
  bindingNote: {
    en: "The English text is binding. A German translation is on the public trust center.",
    de: "Verbindlich ist der englische Text. Eine deutsche Übersetzung finden Sie im öffentlichen Trust Center.",
  } satisfies Text,
  translationLink: { en: "German translation", de: "Deutsche Übersetzung" } satisfies Text,
  diffTitle: (from: number, to: number): Text => ({
    en: `What changed from version ${from} (accepted) to version ${to}`,
    de: `Was sich von Version ${from} (akzeptiert) zu Version ${to} geändert hat`,
  }),
  textTitle: (version: number): Text => ({
    en: `Text of version ${version}`,
    de: `Text der Version ${version}`,
  }),
  acceptTitle: (version: number): Text => ({
    en: `Accept version ${version}`,
    de: `Version ${version} akzeptieren`,
  }),
  acceptIntro: {
    en: "By accepting, you confirm on behalf of your organisation that you have read this version of the DPA and agree to it. We record your name and title as typed, your account, the time, your IP address and browser, and the SHA-256 of the text, and issue a signed receipt.",
    de: "Mit der Annahme bestätigen Sie für Ihre Organisation, dass Sie diese Fassung des AVV gelesen haben und ihr zustimmen. Wir speichern Ihren Namen und Ihre Funktion wie eingegeben, Ihr Konto, die Uhrzeit, Ihre IP-Adresse und Ihren Browser sowie den SHA-256 des Texts und stellen eine signierte Bestätigung aus.",
  } satisfies Text,
  name: { en: "Your full name", de: "Ihr vollständiger Name" } satisfies Text,
  jobTitle: { en: "Your title or role", de: "Ihre Funktion" } satisfies Text,
  confirm: (organization: string): Text => ({
    en: `I accept this version of the DPA on behalf of ${organization}.`,
    de: `Ich akzeptiere diese Fassung des AVV im Namen von ${organization}.`,
  }),
  accept: { en: "Accept the DPA", de: "AVV akzeptieren" } satisfies Text,
  accepting: { en: "Accepting…", de: "Wird akzeptiert…" } satisfies Text,
  accepted: (version: number): Text => ({
    en: `Version ${version} accepted. Your receipt is listed below.`,
    de: `Version ${version} akzeptiert. Ihre Bestätigung finden Sie unten.`,
  }),
  cannotAccept: {
    en: "Owners, admins and the members they name as signatories can accept the DPA.",
    de: "Inhaber, Administratoren und die von ihnen benannten Unterzeichnenden können den AVV akzeptieren.",
  } satisfies Text,
  historyTitle: { en: "Acceptances", de: "Annahmen" } satisfies Text,
  historyEmpty: {
    en: "Your organisation has not accepted any version yet.",
    de: "Ihre Organisation hat noch keine Fassung akzeptiert.",
  } satisfies Text,
  columns: {
    version: { en: "Version", de: "Version" },
    acceptedAt: { en: "Accepted at", de: "Akzeptiert am" },
    signatory: { en: "Accepted by", de: "Akzeptiert von" },
    receipt: { en: "Receipt", de: "Bestätigung" },
  } satisfies Record<string, Text>,
  receiptPdf: { en: "PDF", de: "PDF" } satisfies Text,
  receiptJson: { en: "Signed JSON", de: "Signiertes JSON" } satisfies Text,
  negotiatedTitle: { en: "Your negotiated DPA", de: "Ihr verhandelter AVV" } satisfies Text,
  negotiatedIntro: {
    en: "Your organisation is bound by an individually negotiated DPA instead of the standard version; there is nothing to accept here.",
    de: "Für Ihre Organisation gilt statt der Standardfassung ein individuell verhandelter AVV; hier ist nichts zu akzeptieren.",
  } satisfies Text,
  effectiveFrom: { en: "Effective from", de: "Gültig ab" } satisfies Text,
  sha256: { en: "SHA-256 of the file", de: "SHA-256 der Datei" } satisfies Text,
  download: { en: "Download the signed PDF", de: "Unterzeichnetes PDF herunterladen" } satisfies Text,
  signatoriesTitle: { en: "Signatories", de: "Unterzeichnende" } satisfies Text,
  signatoriesIntro: {
    en: "Owners and admins can always accept the DPA. Name other members who may accept it on the organisation's behalf.",
    de: "Inhaber und Administratoren können den AVV immer akzeptieren. Benennen Sie weitere Mitglieder, die ihn für die Organisation akzeptieren dürfen.",
  } satisfies Text,
  member: { en: "Member", de: "Mitglied" } satisfies Text,
  role: { en: "Role", de: "Rolle" } satisfies Text,
  mayAccept: { en: "May accept", de: "Darf akzeptieren" } satisfies Text,
  byRole: { en: "Yes (by role)", de: "Ja (durch die Rolle)" } satisfies Text,
  yes: { en: "Yes (named)", de: "Ja (benannt)" } satisfies Text,
  no: { en: "No", de: "Nein" } satisfies Text,
  name_: { en: "Name as signatory", de: "Als Unterzeichnende benennen" } satisfies Text,
  remove: { en: "Remove as signatory", de: "Als Unterzeichnende entfernen" } satisfies Text,
  named: (email: string): Text => ({
    en: `${email} may now accept the DPA.`,
    de: `${email} darf den AVV jetzt akzeptieren.`,
  }),
  removed: (email: string): Text => ({
    en: `${email} may no longer accept the DPA.`,
    de: `${email} darf den AVV nicht mehr akzeptieren.`,
  }),
  unchanged: { en: "Nothing changed.", de: "Nichts geändert." } satisfies Text,
};
