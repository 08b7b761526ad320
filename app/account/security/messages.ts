// Words of the account's security page: two-factor authentication, backup codes, connected Microsoft
// accounts and the "confirm it's you" card (English and German; the sign-in enrolment page uses them
// too). Plain data: the client forms read it.
import type { Text } from "@/lib/i18n/text";

export const SECURITY_PAGE_MESSAGES = {
  title: { en: "Two-factor authentication", de: "Zwei-Faktor-Authentifizierung" } satisfies Text,
  description: {
    en: "A second step at sign-in: after your password, a code from an authenticator app on your phone. Someone who learns your password still cannot sign in.",
    de: "Ein zweiter Schritt bei der Anmeldung: nach Ihrem Passwort ein Code aus einer Authenticator-App auf Ihrem Telefon. Wer Ihr Passwort kennt, kann sich trotzdem nicht anmelden.",
  } satisfies Text,
  linkedTitle: {
    en: "Your Microsoft account is connected",
    de: "Ihr Microsoft-Konto ist verbunden",
  } satisfies Text,
  linked: {
    en: "You can now sign in with Microsoft.",
    de: "Sie können sich jetzt mit Microsoft anmelden.",
  } satisfies Text,
  linkFailedTitle: {
    en: "Your Microsoft account was not connected",
    de: "Ihr Microsoft-Konto wurde nicht verbunden",
  } satisfies Text,
  reauthPurpose: {
    en: "Changes to two-factor authentication and connected Microsoft accounts need a recent confirmation.",
    de: "Änderungen an der Zwei-Faktor-Authentifizierung und an verbundenen Microsoft-Konten brauchen eine aktuelle Bestätigung.",
  } satisfies Text,
  status: { en: "Status", de: "Status" } satisfies Text,
  mfa: { en: "Two-factor authentication:", de: "Zwei-Faktor-Authentifizierung:" } satisfies Text,
  on: { en: "On", de: "Ein" } satisfies Text,
  off: { en: "Off", de: "Aus" } satisfies Text,
  turnedOn: { en: "Turned on", de: "Eingeschaltet am" } satisfies Text,
  requiredForStaff: {
    en: "Two-factor authentication is required for staff accounts.",
    de: "Für Konten von Mitarbeitern des Anbieters ist die Zwei-Faktor-Authentifizierung Pflicht.",
  } satisfies Text,
  requiredBy: (organizations: readonly string[]): Text => ({
    en: `Required by ${organizations.join(", ")}.`,
    de: `Verlangt von ${organizations.join(", ")}.`,
  }),
  authenticatorApp: { en: "Authenticator app", de: "Authenticator-App" } satisfies Text,
  backupCodes: { en: "Backup codes", de: "Backup-Codes" } satisfies Text,
  noBackupCodesLeft: {
    en: "You have no unused backup codes left. Create a new set so you can still sign in without your phone.",
    de: "Sie haben keine unbenutzten Backup-Codes mehr. Erstellen Sie einen neuen Satz, damit Sie sich auch ohne Ihr Telefon anmelden können.",
  } satisfies Text,
  backupCodesUnused: (left: number, total: number): Text => ({
    en: `${left} of ${total} backup codes unused.`,
    de: `${left} von ${total} Backup-Codes unbenutzt.`,
  }),
  turnOffTitle: {
    en: "Turn off two-factor authentication",
    de: "Zwei-Faktor-Authentifizierung ausschalten",
  } satisfies Text,
  microsoftTitle: { en: "Sign in with Microsoft", de: "Mit Microsoft anmelden" } satisfies Text,

  // Turning it off
  turnOffQuestion: {
    en: "Turn off two-factor authentication?",
    de: "Zwei-Faktor-Authentifizierung ausschalten?",
  } satisfies Text,
  cancel: { en: "Cancel", de: "Abbrechen" } satisfies Text,
  turnOffExplain: {
    en: "Signing in will only need your password again, your authenticator app and backup codes will stop working, and you will be signed out everywhere else.",
    de: "Für die Anmeldung genügt dann wieder Ihr Passwort, Ihre Authenticator-App und Ihre Backup-Codes funktionieren nicht mehr, und Sie werden überall sonst abgemeldet.",
  } satisfies Text,
  turnOff: { en: "Turn off", de: "Ausschalten" } satisfies Text,
  turningOff: { en: "Turning off…", de: "Wird ausgeschaltet…" } satisfies Text,

  // Backup codes
  saveCodesTitle: {
    en: "Save your backup codes now",
    de: "Speichern Sie jetzt Ihre Backup-Codes",
  } satisfies Text,
  saveCodes: {
    en: "If you lose your phone, each of these codes lets you sign in once. This is the only time they are shown: download them or write them down and keep them somewhere safe.",
    de: "Wenn Sie Ihr Telefon verlieren, können Sie sich mit jedem dieser Codes einmal anmelden. Sie werden nur dieses eine Mal angezeigt: Laden Sie sie herunter oder schreiben Sie sie auf und bewahren Sie sie sicher auf.",
  } satisfies Text,
  downloadCodes: {
    en: "Download backup codes (.txt)",
    de: "Backup-Codes herunterladen (.txt)",
  } satisfies Text,
  regenerateExplain: {
    en: "Creating a new set makes all your current backup codes stop working.",
    de: "Wenn Sie einen neuen Satz erstellen, funktionieren alle Ihre bisherigen Backup-Codes nicht mehr.",
  } satisfies Text,
  regenerate: { en: "Create new backup codes", de: "Neue Backup-Codes erstellen" } satisfies Text,
  creating: { en: "Creating…", de: "Wird erstellt…" } satisfies Text,

  // Setting up an authenticator app
  enabledTitle: {
    en: "Two-factor authentication is on",
    de: "Die Zwei-Faktor-Authentifizierung ist eingeschaltet",
  } satisfies Text,
  enabled: {
    en: "From now on you will be asked for a code from your app when you sign in.",
    de: "Ab jetzt werden Sie bei der Anmeldung nach einem Code aus Ihrer App gefragt.",
  } satisfies Text,
  savedContinue: {
    en: "I have saved my codes, continue",
    de: "Ich habe meine Codes gespeichert, weiter",
  } satisfies Text,
  appSetUp: {
    en: "Your authenticator app is set up.",
    de: "Ihre Authenticator-App ist eingerichtet.",
  } satisfies Text,
  continue: { en: "Continue", de: "Weiter" } satisfies Text,
  useAnApp: {
    en: "Use an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or 1Password). It shows a new 6-digit code every 30 seconds, which you enter when you sign in.",
    de: "Verwenden Sie eine Authenticator-App auf Ihrem Telefon (zum Beispiel Microsoft Authenticator, Google Authenticator oder 1Password). Sie zeigt alle 30 Sekunden einen neuen 6-stelligen Code, den Sie bei der Anmeldung eingeben.",
  } satisfies Text,
  setUpApp: { en: "Set up authenticator app", de: "Authenticator-App einrichten" } satisfies Text,
  preparing: { en: "Preparing…", de: "Wird vorbereitet…" } satisfies Text,
  confirmFirst: {
    en: "Confirm it is you first (above).",
    de: "Bestätigen Sie zuerst, dass Sie es sind (oben).",
  } satisfies Text,
  stepAdd: {
    en: "Open your authenticator app and add an account.",
    de: "Öffnen Sie Ihre Authenticator-App und fügen Sie ein Konto hinzu.",
  } satisfies Text,
  stepScan: {
    en: "Scan the QR code, or type in the key below.",
    de: "Scannen Sie den QR-Code oder geben Sie den Schlüssel unten ein.",
  } satisfies Text,
  stepCode: {
    en: "Enter the 6-digit code the app shows.",
    de: "Geben Sie den 6-stelligen Code ein, den die App anzeigt.",
  } satisfies Text,
  qrAlt: {
    en: "QR code to scan with your authenticator app",
    de: "QR-Code zum Scannen mit Ihrer Authenticator-App",
  } satisfies Text,
  cannotScan: {
    en: "Can't scan? Enter this key:",
    de: "Scannen nicht möglich? Geben Sie diesen Schlüssel ein:",
  } satisfies Text,
  codeFromApp: { en: "Code from your app", de: "Code aus Ihrer App" } satisfies Text,
  turnOn: {
    en: "Turn on two-factor authentication",
    de: "Zwei-Faktor-Authentifizierung einschalten",
  } satisfies Text,
  checking: { en: "Checking…", de: "Wird geprüft…" } satisfies Text,

  // Confirming it is you
  confirmTitle: { en: "Confirm it's you", de: "Bestätigen Sie, dass Sie es sind" } satisfies Text,
  confirmExplain: {
    en: "For your security, confirm your identity first. This lasts five minutes.",
    de: "Bestätigen Sie zu Ihrer Sicherheit zuerst Ihre Identität. Das gilt fünf Minuten lang.",
  } satisfies Text,
  signInAgain: {
    en: "To confirm it is you, sign out and sign in again.",
    de: "Um zu bestätigen, dass Sie es sind, melden Sie sich ab und wieder an.",
  } satisfies Text,
  yourPassword: { en: "Your password", de: "Ihr Passwort" } satisfies Text,
  orCode: {
    en: "Or a code from your authenticator app",
    de: "Oder ein Code aus Ihrer Authenticator-App",
  } satisfies Text,
  code: { en: "Code from your authenticator app", de: "Code aus Ihrer Authenticator-App" } satisfies Text,
  confirm: { en: "Confirm", de: "Bestätigen" } satisfies Text,

  // Connected Microsoft accounts
  microsoftExplain: {
    en: "Connect the Microsoft work account your organisation gave you, so you can sign in with Microsoft. You will be asked to sign in to it once.",
    de: "Verbinden Sie das Microsoft-Arbeitskonto, das Ihre Organisation Ihnen gegeben hat, damit Sie sich mit Microsoft anmelden können. Sie werden einmal gebeten, sich dort anzumelden.",
  } satisfies Text,
  connected: { en: "Connected", de: "Verbunden" } satisfies Text,
  notConnected: { en: "Not connected", de: "Nicht verbunden" } satisfies Text,
  connectedAt: { en: "Connected", de: "Verbunden am" } satisfies Text,
  openingMicrosoft: { en: "Opening Microsoft…", de: "Microsoft wird geöffnet…" } satisfies Text,
  connect: { en: "Connect your Microsoft account", de: "Ihr Microsoft-Konto verbinden" } satisfies Text,
  forOrganization: (organization: string): Text => ({
    en: ` for ${organization}`,
    de: ` für ${organization}`,
  }),
  disconnect: { en: "Disconnect", de: "Trennen" } satisfies Text,
  disconnecting: { en: "Disconnecting…", de: "Wird getrennt…" } satisfies Text,
  disconnectFor: (organization: string): Text => ({
    en: ` your Microsoft account for ${organization}`,
    de: `: Ihr Microsoft-Konto für ${organization}`,
  }),
};
