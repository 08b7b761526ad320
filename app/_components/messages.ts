// Words of the shared components of the signed-in frame and the emailed-link pages (portal, account and
// sign-in pages: English and German; the staff console reads the English).
import type { Text } from "@/lib/i18n/text";

export const SHELL_MESSAGES = {
  signOut: { en: "Sign out", de: "Abmelden" } satisfies Text,
  /** The title of the account link in the header. */
  yourAccount: (email: string): Text => ({ en: `${email}: your account`, de: `${email}: Ihr Konto` }),
  /** The navigation's accessible name. */
  navigation: (area: string): Text => ({ en: `${area} navigation`, de: `Navigation: ${area}` }),
};

export const INVITATION_MESSAGES = {
  closedTitle: {
    en: "This invitation no longer works",
    de: "Diese Einladung funktioniert nicht mehr",
  } satisfies Text,
  closed: {
    en: "It has expired, was revoked or was already used. Ask the person who invited you to send a new one.",
    de: "Sie ist abgelaufen, wurde widerrufen oder bereits verwendet. Bitten Sie die Person, die Sie eingeladen hat, um eine neue.",
  } satisfies Text,
  accountExists: (email: string): Text => ({
    en: `You already have an account. Sign in as ${email} to accept.`,
    de: `Sie haben bereits ein Konto. Melden Sie sich als ${email} an, um anzunehmen.`,
  }),
  signInToAccept: { en: "Sign in to accept", de: "Anmelden und annehmen" } satisfies Text,
  finishSecondStep: {
    en: "Finish signing in with your second step first, then open the invitation link from your email again.",
    de: "Schließen Sie zuerst die Anmeldung mit Ihrem zweiten Schritt ab und öffnen Sie dann den Einladungslink aus Ihrer E-Mail erneut.",
  } satisfies Text,
  continueSigningIn: { en: "Continue signing in", de: "Anmeldung fortsetzen" } satisfies Text,
  signedInAsOther: (current: string, invited: string): Text => ({
    en: `You are signed in as ${current}. Sign out, then sign in as ${invited} and open the invitation link again.`,
    de: `Sie sind als ${current} angemeldet. Melden Sie sich ab, dann als ${invited} an und öffnen Sie den Einladungslink erneut.`,
  }),
  accept: { en: "Accept invitation", de: "Einladung annehmen" } satisfies Text,
  joining: { en: "Joining…", de: "Beitreten…" } satisfies Text,
  // Creating the account an invitation was sent to.
  yourName: { en: "Your name", de: "Ihr Name" } satisfies Text,
  choosePassword: { en: "Choose a password", de: "Wählen Sie ein Passwort" } satisfies Text,
  createAccount: { en: "Create account and join", de: "Konto erstellen und beitreten" } satisfies Text,
  creatingAccount: { en: "Creating your account…", de: "Ihr Konto wird erstellt…" } satisfies Text,
};
