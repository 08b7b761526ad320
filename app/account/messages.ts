// Words of the account pages (profile, email address, password, language, sessions) and their actions,
// in English and German (the reader's language). Plain data: the client forms read it too.
import type { Text } from "@/lib/i18n/text";

export const ACCOUNT_LAYOUT_MESSAGES = {
  area: { en: "Your account", de: "Ihr Konto" } satisfies Text,
  back: { en: "← Back", de: "← Zurück" } satisfies Text,
  profile: { en: "Profile and password", de: "Profil und Passwort" } satisfies Text,
  security: { en: "Two-factor authentication", de: "Zwei-Faktor-Authentifizierung" } satisfies Text,
  sessions: { en: "Sessions", de: "Sitzungen" } satisfies Text,
};

export const ACCOUNT_PAGE_MESSAGES = {
  title: { en: "Profile and password", de: "Profil und Passwort" } satisfies Text,
  description: {
    en: "Your name as colleagues see it, the email address and the password you sign in with.",
    de: "Ihr Name, wie Kolleginnen und Kollegen ihn sehen, und die E-Mail-Adresse und das Passwort, mit denen Sie sich anmelden.",
  } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,

  // Profile
  profile: { en: "Profile", de: "Profil" } satisfies Text,
  name: { en: "Name", de: "Name" } satisfies Text,
  emailAddress: { en: "Email address", de: "E-Mail-Adresse" } satisfies Text,
  signInAddress: {
    en: "You sign in with this address.",
    de: "Mit dieser Adresse melden Sie sich an.",
  } satisfies Text,
  saveProfile: { en: "Save profile", de: "Profil speichern" } satisfies Text,
  profileSaved: { en: "Your profile was saved.", de: "Ihr Profil wurde gespeichert." } satisfies Text,

  // Confirming it is you first
  reauthForEmail: {
    en: "Changing your email address needs a recent confirmation.",
    de: "Um Ihre E-Mail-Adresse zu ändern, ist eine aktuelle Bestätigung nötig.",
  } satisfies Text,
  reauthForEmailOrPassword: {
    en: "Changing your email address or setting a password needs a recent confirmation.",
    de: "Um Ihre E-Mail-Adresse zu ändern oder ein Passwort festzulegen, ist eine aktuelle Bestätigung nötig.",
  } satisfies Text,

  // Email address
  youSignInWith: { en: "You sign in with", de: "Sie melden sich an mit" } satisfies Text,
  confirmationExplain: {
    en: "We send a confirmation link to the new address; nothing changes until you open it.",
    de: "Wir senden einen Bestätigungslink an die neue Adresse; bis Sie ihn öffnen, ändert sich nichts.",
  } satisfies Text,
  newEmail: { en: "New email address", de: "Neue E-Mail-Adresse" } satisfies Text,
  sendConfirmation: { en: "Send confirmation link", de: "Bestätigungslink senden" } satisfies Text,
  sending: { en: "Sending…", de: "Wird gesendet…" } satisfies Text,
  /** The same whether or not the address can be used (S3). */
  emailChangeSent: (email: string, minutes: number): Text => ({
    en: `If ${email} can be used, a confirmation link is on its way to it. Open it within ${minutes} minutes to finish the change.`,
    de: `Falls ${email} verwendet werden kann, ist ein Bestätigungslink dorthin unterwegs. Öffnen Sie ihn innerhalb von ${minutes} Minuten, um die Änderung abzuschließen.`,
  }),

  // Password
  changePassword: { en: "Change password", de: "Passwort ändern" } satisfies Text,
  setAPassword: { en: "Set a password", de: "Passwort festlegen" } satisfies Text,
  setPassword: { en: "Set password", de: "Passwort festlegen" } satisfies Text,
  changeExplain: {
    en: "Enter your current password to confirm it is you. Afterwards, every other session of your account is signed out and you get an email about the change.",
    de: "Geben Sie Ihr aktuelles Passwort ein, um zu bestätigen, dass Sie es sind. Danach werden alle anderen Sitzungen Ihres Kontos abgemeldet, und Sie erhalten eine E-Mail über die Änderung.",
  } satisfies Text,
  noPasswordExplain: {
    en: "You sign in without a password (by email link or Microsoft). You can add one.",
    de: "Sie melden sich ohne Passwort an (per E-Mail-Link oder mit Microsoft). Sie können eines hinzufügen.",
  } satisfies Text,
  currentPassword: { en: "Current password", de: "Aktuelles Passwort" } satisfies Text,
  newPassword: { en: "New password", de: "Neues Passwort" } satisfies Text,
  passwordChanged: {
    en: "Your password was changed. You were signed out of every other session.",
    de: "Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.",
  } satisfies Text,
};

/** The language card: its title names itself in both languages, so either reader finds it. */
export const LANGUAGE_MESSAGES = {
  title: { en: "Language / Sprache", de: "Language / Sprache" } satisfies Text,
  explain: {
    en: "The language of the portal, the sign-in and account pages and the emails we send you. Until you choose one, pages follow your browser.",
    de: "Die Sprache des Portals, der Anmelde- und Kontoseiten und der E-Mails, die wir Ihnen senden. Solange Sie keine wählen, folgen die Seiten Ihrem Browser.",
  } satisfies Text,
  label: { en: "Language", de: "Sprache" } satisfies Text,
  save: { en: "Save language", de: "Sprache speichern" } satisfies Text,
  saved: { en: "Your language was saved.", de: "Ihre Sprache wurde gespeichert." } satisfies Text,
  unchanged: { en: "Nothing changed.", de: "Nichts geändert." } satisfies Text,
};

export const SESSIONS_MESSAGES = {
  title: { en: "Sessions", de: "Sitzungen" } satisfies Text,
  description: {
    en: "Where you are signed in. Sign out any session you do not recognise, then change your password.",
    de: "Wo Sie angemeldet sind. Melden Sie jede Sitzung ab, die Sie nicht kennen, und ändern Sie dann Ihr Passwort.",
  } satisfies Text,
  signOutOthers: { en: "Sign out all other sessions", de: "Alle anderen Sitzungen abmelden" } satisfies Text,
  caption: { en: "Your active sessions", de: "Ihre aktiven Sitzungen" } satisfies Text,
  device: { en: "Device", de: "Gerät" } satisfies Text,
  ip: { en: "IP address", de: "IP-Adresse" } satisfies Text,
  method: { en: "Signed in with", de: "Angemeldet mit" } satisfies Text,
  signedIn: { en: "Signed in", de: "Angemeldet" } satisfies Text,
  lastActive: { en: "Last active", de: "Zuletzt aktiv" } satisfies Text,
  actions: { en: "Actions", de: "Aktionen" } satisfies Text,
  thisDevice: { en: "This device", de: "Dieses Gerät" } satisfies Text,
  signOut: { en: "Sign out", de: "Abmelden" } satisfies Text,
  revoke: { en: "Revoke", de: "Beenden" } satisfies Text,
  methods: {
    PASSWORD: { en: "Password", de: "Passwort" },
    MAGIC_LINK: { en: "Email link", de: "E-Mail-Link" },
    SSO: { en: "Microsoft", de: "Microsoft" },
  } satisfies Record<"PASSWORD" | "MAGIC_LINK" | "SSO", Text>,
  sessionSignedOut: { en: "The session was signed out.", de: "Die Sitzung wurde abgemeldet." } satisfies Text,
  otherSessionsSignedOut: (count: number): Text =>
    count === 0
      ? { en: "There were no other sessions.", de: "Es gab keine anderen Sitzungen." }
      : {
          en: `Signed out ${count} other session${count === 1 ? "" : "s"}.`,
          de: `${count} ${count === 1 ? "andere Sitzung" : "andere Sitzungen"} abgemeldet.`,
        },
};

export const TIME_ZONE_MESSAGES = {
  title: { en: "Time zone", de: "Zeitzone" } satisfies Text,
  notChosen: (timeZone: string): Text => ({
    en: `You have not chosen one yet: times are shown in ${timeZone}.`,
    de: `Sie haben noch keine gewählt: Zeiten werden in ${timeZone} angezeigt.`,
  }),
  saved: (timeZone: string): Text => ({
    en: `Saved: dates and times are now shown, and read when you enter them, in ${timeZone}.`,
    de: `Gespeichert: Datum und Uhrzeit werden jetzt in ${timeZone} angezeigt und bei der Eingabe so gelesen.`,
  }),
  unchanged: (timeZone: string): Text => ({
    en: `Your time zone was already ${timeZone}.`,
    de: `Ihre Zeitzone war bereits ${timeZone}.`,
  }),
};
