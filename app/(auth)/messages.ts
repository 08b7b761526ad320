// Words of the sign-in pages (sign-in, emailed links, password reset, two-factor steps, invitations)
// and their actions, in English and German: the language the person chose, else their browser's.
// Plain data: the client forms read it too (link lifetimes come in as arguments).
import type { Text } from "@/lib/i18n/text";

const minutes = (n: number): Text => ({
  en: `${n} minute${n === 1 ? "" : "s"}`,
  de: `${n} ${n === 1 ? "Minute" : "Minuten"}`,
});

export const AUTH_PAGE_MESSAGES = {
  /** The one answer to every link request that was not throttled, whether or not the address has an account (S3). */
  magicLinkSent: (lifetime: number): Text => ({
    en: `Check your email. If an account exists for that address, a sign-in link is on its way. It works once, within ${lifetime} minutes.`,
    de: `Sehen Sie in Ihr Postfach. Falls es für diese Adresse ein Konto gibt, ist ein Anmeldelink unterwegs. Er funktioniert einmal, innerhalb von ${lifetime} Minuten.`,
  }),
  passwordResetSent: (lifetime: number): Text => ({
    en: `Check your email. If an account exists for that address, a link to choose a new password is on its way. It works once, within ${lifetime} minutes.`,
    de: `Sehen Sie in Ihr Postfach. Falls es für diese Adresse ein Konto gibt, ist ein Link zum Wählen eines neuen Passworts unterwegs. Er funktioniert einmal, innerhalb von ${lifetime} Minuten.`,
  }),
  throttled: (n: number): Text => ({
    en: `Too many attempts. Try again in ${minutes(n).en}.`,
    de: `Zu viele Versuche. Versuchen Sie es in ${minutes(n).de} erneut.`,
  }),
  magicLinkRefused: {
    invalid: {
      en: "This sign-in link has expired or was already used. Ask for a new one.",
      de: "Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen an.",
    },
    sso_required: {
      en: "Your organisation requires you to sign in with Microsoft.",
      de: "Ihre Organisation verlangt die Anmeldung mit Microsoft.",
    },
    account_disabled: {
      en: "This sign-in link has expired or was already used. Ask for a new one.",
      de: "Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Fordern Sie einen neuen an.",
    },
  } satisfies Record<"invalid" | "sso_required" | "account_disabled", Text>,
  microsoftNeedsEmail: {
    en: "Enter your work email address above, then choose Continue with Microsoft.",
    de: "Geben Sie oben Ihre geschäftliche E-Mail-Adresse ein und wählen Sie dann „Weiter mit Microsoft“.",
  } satisfies Text,
  microsoftNotSetUp: (domain: string | null): Text => ({
    en: `Microsoft sign-in is not set up for ${domain}. Sign in with your password instead.`,
    de: `Die Microsoft-Anmeldung ist für ${domain} nicht eingerichtet. Melden Sie sich stattdessen mit Ihrem Passwort an.`,
  }),
  emailConfirmed: (email: string): Text => ({
    en: `Done: you now sign in with ${email}.`,
    de: `Erledigt: Sie melden sich jetzt mit ${email} an.`,
  }),
  accountReadyButRefused: {
    sso_required: {
      en: "Your account is ready. Your organisation requires you to sign in with Microsoft.",
      de: "Ihr Konto ist eingerichtet. Ihre Organisation verlangt die Anmeldung mit Microsoft.",
    },
    account_disabled: {
      en: "Your account is ready, but it cannot sign in at the moment. Contact your organisation's owner.",
      de: "Ihr Konto ist eingerichtet, kann sich aber im Moment nicht anmelden. Wenden Sie sich an den Inhaber Ihrer Organisation.",
    },
  } satisfies Record<"sso_required" | "account_disabled", Text>,
};

/** The sign-in page and what is below its form. */
export const SIGN_IN_MESSAGES = {
  title: { en: "Sign in", de: "Anmelden" } satisfies Text,
  email: { en: "Email", de: "E-Mail" } satisfies Text,
  password: { en: "Password", de: "Passwort" } satisfies Text,
  signIn: { en: "Sign in", de: "Anmelden" } satisfies Text,
  signingIn: { en: "Signing in…", de: "Anmeldung läuft…" } satisfies Text,
  or: { en: "or", de: "oder" } satisfies Text,
  microsoftFailed: {
    en: "Microsoft sign-in did not complete",
    de: "Die Microsoft-Anmeldung wurde nicht abgeschlossen",
  } satisfies Text,
  microsoftOffered: (domain: string): Text => ({
    en: `Your organisation signs in with Microsoft for ${domain}. Use the button below.`,
    de: `Ihre Organisation meldet sich für ${domain} mit Microsoft an. Verwenden Sie die Schaltfläche unten.`,
  }),
  continueWithMicrosoft: { en: "Continue with Microsoft", de: "Weiter mit Microsoft" } satisfies Text,
  redirectingToMicrosoft: {
    en: "Redirecting to Microsoft…",
    de: "Weiterleitung zu Microsoft…",
  } satisfies Text,
  forgotPassword: { en: "Forgot your password?", de: "Passwort vergessen?" } satisfies Text,
  emailMeALink: { en: "Email me a sign-in link", de: "Anmeldelink per E-Mail senden" } satisfies Text,
  insteadOfPassword: {
    en: "instead of using a password.",
    de: "statt ein Passwort zu verwenden.",
  } satisfies Text,
  sendLink: { en: "Send link", de: "Link senden" } satisfies Text,
  sending: { en: "Sending…", de: "Wird gesendet…" } satisfies Text,
  passwordChangedTitle: { en: "Your password was changed", de: "Ihr Passwort wurde geändert" } satisfies Text,
  passwordChanged: {
    en: "Every session of your account was signed out. Sign in with your new password.",
    de: "Alle Sitzungen Ihres Kontos wurden abgemeldet. Melden Sie sich mit Ihrem neuen Passwort an.",
  } satisfies Text,
};

/** Pages behind emailed links: the sign-in link, the new email address. */
export const EMAILED_LINK_MESSAGES = {
  magicLinkTitle: { en: "Sign in with an email link", de: "Mit einem E-Mail-Link anmelden" } satisfies Text,
  linkGone: { en: "This link no longer works", de: "Dieser Link funktioniert nicht mehr" } satisfies Text,
  magicLinkGone: {
    en: "This sign-in link has expired or was already used. Each link works once, for a few minutes.",
    de: "Dieser Anmeldelink ist abgelaufen oder wurde bereits verwendet. Jeder Link funktioniert einmal, für wenige Minuten.",
  } satisfies Text,
  askForNewLink: { en: "Ask for a new link", de: "Neuen Link anfordern" } satisfies Text,
  magicLinkHeading: {
    en: "Sign in with your email link",
    de: "Mit Ihrem E-Mail-Link anmelden",
  } satisfies Text,
  magicLinkExplain: {
    en: "Select Sign in to continue. The link works once.",
    de: "Wählen Sie „Anmelden“, um fortzufahren. Der Link funktioniert einmal.",
  } satisfies Text,
  confirmEmailTitle: {
    en: "Confirm your new email address",
    de: "Bestätigen Sie Ihre neue E-Mail-Adresse",
  } satisfies Text,
  confirmEmailExplain: {
    en: "Confirm to sign in with this address from now on. Your old address will be told about the change.",
    de: "Bestätigen Sie, um sich ab jetzt mit dieser Adresse anzumelden. Ihre alte Adresse wird über die Änderung informiert.",
  } satisfies Text,
  confirmNewAddress: { en: "Confirm new address", de: "Neue Adresse bestätigen" } satisfies Text,
  confirming: { en: "Confirming…", de: "Wird bestätigt…" } satisfies Text,
};

/** Resetting a forgotten password. */
export const RESET_MESSAGES = {
  title: { en: "Reset your password", de: "Passwort zurücksetzen" } satisfies Text,
  explain: {
    en: "Enter the email address you sign in with. We will send you a link to choose a new password.",
    de: "Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen.",
  } satisfies Text,
  email: { en: "Email", de: "E-Mail" } satisfies Text,
  send: { en: "Send reset link", de: "Link zum Zurücksetzen senden" } satisfies Text,
  sending: { en: "Sending…", de: "Wird gesendet…" } satisfies Text,
  backToSignIn: { en: "Back to sign in", de: "Zurück zur Anmeldung" } satisfies Text,
  linkGone: { en: "This link no longer works", de: "Dieser Link funktioniert nicht mehr" } satisfies Text,
  resetLinkGone: (lifetime: number): Text => ({
    en: `This reset link has expired or was already used. Each link works once, for ${lifetime} minutes.`,
    de: `Dieser Link zum Zurücksetzen ist abgelaufen oder wurde bereits verwendet. Jeder Link funktioniert einmal, ${lifetime} Minuten lang.`,
  }),
  askForNewLink: { en: "Ask for a new link", de: "Neuen Link anfordern" } satisfies Text,
  chooseTitle: { en: "Choose a new password", de: "Neues Passwort wählen" } satisfies Text,
  chooseExplain: {
    en: "Afterwards, every session of your account is signed out and you sign in with the new password.",
    de: "Danach werden alle Sitzungen Ihres Kontos abgemeldet, und Sie melden sich mit dem neuen Passwort an.",
  } satisfies Text,
  newPassword: { en: "New password", de: "Neues Passwort" } satisfies Text,
  setNewPassword: { en: "Set new password", de: "Neues Passwort festlegen" } satisfies Text,
  saving: { en: "Saving…", de: "Wird gespeichert…" } satisfies Text,
};

/** The two-factor steps of signing in: the code, or setting up an authenticator app. */
export const MFA_STEP_MESSAGES = {
  title: { en: "Two-factor authentication", de: "Zwei-Faktor-Authentifizierung" } satisfies Text,
  signedInAs: { en: "Signed in as", de: "Angemeldet als" } satisfies Text,
  enterCode: {
    en: "Enter a code to finish signing in.",
    de: "Geben Sie einen Code ein, um die Anmeldung abzuschließen.",
  } satisfies Text,
  codeLabel: { en: "Authentication code", de: "Authentifizierungscode" } satisfies Text,
  codeHint: {
    en: "The 6-digit code your authenticator app shows now.",
    de: "Der 6-stellige Code, den Ihre Authenticator-App jetzt anzeigt.",
  } satisfies Text,
  backupLabel: { en: "Backup code", de: "Backup-Code" } satisfies Text,
  backupHint: {
    en: "One of the codes you saved when you set up two-factor authentication. Each works once.",
    de: "Einer der Codes, die Sie beim Einrichten der Zwei-Faktor-Authentifizierung gespeichert haben. Jeder funktioniert einmal.",
  } satisfies Text,
  verify: { en: "Verify", de: "Bestätigen" } satisfies Text,
  checking: { en: "Checking…", de: "Wird geprüft…" } satisfies Text,
  useBackup: {
    en: "Use a backup code instead",
    de: "Stattdessen einen Backup-Code verwenden",
  } satisfies Text,
  useApp: {
    en: "Use your authenticator app instead",
    de: "Stattdessen Ihre Authenticator-App verwenden",
  } satisfies Text,
  enrolTitle: {
    en: "Set up two-factor authentication",
    de: "Zwei-Faktor-Authentifizierung einrichten",
  } satisfies Text,
  requiredForStaff: {
    en: "Staff accounts must use two-factor authentication.",
    de: "Konten von Mitarbeitern des Anbieters müssen die Zwei-Faktor-Authentifizierung verwenden.",
  } satisfies Text,
  requiredBy: (organizations: readonly string[]): Text =>
    organizations.length === 1
      ? {
          en: `${organizations[0]} requires two-factor authentication for its members.`,
          de: `${organizations[0]} verlangt die Zwei-Faktor-Authentifizierung für seine Mitglieder.`,
        }
      : {
          en: `${organizations.join(", ")} require two-factor authentication for their members.`,
          de: `${organizations.join(", ")} verlangen die Zwei-Faktor-Authentifizierung für ihre Mitglieder.`,
        },
  required: {
    en: "Your account needs two-factor authentication.",
    de: "Ihr Konto braucht die Zwei-Faktor-Authentifizierung.",
  } satisfies Text,
  setUpNow: {
    en: "Set it up now to continue as",
    de: "Richten Sie sie jetzt ein, um fortzufahren als",
  } satisfies Text,
  reauthPurpose: {
    en: "Setting up two-factor authentication needs a recent sign-in.",
    de: "Um die Zwei-Faktor-Authentifizierung einzurichten, ist eine aktuelle Anmeldung nötig.",
  } satisfies Text,
};

/** An invitation to a customer organisation (the staff console's invitation page stays English). */
export const JOIN_MESSAGES = {
  pageTitle: { en: "Invitation", de: "Einladung" } satisfies Text,
  title: (organization: string): Text => ({ en: `Join ${organization}`, de: `${organization} beitreten` }),
  invitedAs: { en: "You are invited as", de: "Sie sind eingeladen als" } satisfies Text,
  withAddress: { en: "with the address", de: "mit der Adresse" } satisfies Text,
  validUntil: { en: "The invitation is valid until", de: "Die Einladung ist gültig bis" } satisfies Text,
};
