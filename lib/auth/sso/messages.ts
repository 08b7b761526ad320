// What Microsoft sign-in says to the user: why a sign-in or a connection failed, the refusals of the
// account and organisation settings, and the lines of its security notices (English and German; the
// staff console's claim decisions: English). No server-only import: the sign-in page's client component
// words the callback's error codes from here.
import type { Locale } from "../../i18n/locale.ts";
import { localize, type Text } from "../../i18n/text.ts";

/**
 * The callback redirects to /sign-in?error=<code> (or, when a signed-in user was connecting their
 * Microsoft account, to /account/security?sso_error=<code>); the page shows the message. Codes never
 * say more than the user needs (the audit log keeps the precise reason).
 */
export const SSO_ERROR_MESSAGES = {
  sso_restart: {
    en: "Your Microsoft sign-in expired, was already used, or was started in another browser window. Please start again.",
    de: "Ihre Microsoft-Anmeldung ist abgelaufen, wurde bereits verwendet oder in einem anderen Browserfenster begonnen. Bitte beginnen Sie erneut.",
  },
  sso_cancelled: {
    en: "Microsoft sign-in was cancelled or refused. Please try again, or ask your organisation's administrator.",
    de: "Die Microsoft-Anmeldung wurde abgebrochen oder abgelehnt. Bitte versuchen Sie es erneut oder wenden Sie sich an den Administrator Ihrer Organisation.",
  },
  sso_failed: {
    en: "Microsoft sign-in could not be verified. Please try again; if it keeps failing, ask your organisation's administrator to check the SSO settings.",
    de: "Die Microsoft-Anmeldung konnte nicht überprüft werden. Bitte versuchen Sie es erneut; wenn es weiter fehlschlägt, bitten Sie den Administrator Ihrer Organisation, die SSO-Einstellungen zu prüfen.",
  },
  sso_unavailable: {
    en: "Microsoft sign-in is no longer set up for your organisation. Ask your organisation's administrator.",
    de: "Die Microsoft-Anmeldung ist für Ihre Organisation nicht mehr eingerichtet. Wenden Sie sich an den Administrator Ihrer Organisation.",
  },
  sso_email_taken: {
    en: "An account with the email address of this Microsoft account already exists, but it is not connected to this Microsoft account. For your security it was not linked automatically. Ask your organisation's administrator for help.",
    de: "Es gibt bereits ein Konto mit der E-Mail-Adresse dieses Microsoft-Kontos, es ist aber nicht mit diesem Microsoft-Konto verbunden. Zu Ihrer Sicherheit wurde es nicht automatisch verknüpft. Bitten Sie den Administrator Ihrer Organisation um Hilfe.",
  },
  sso_domain_not_allowed: {
    en: "The email address of this Microsoft account is not one your organisation allows for sign-in. Ask your organisation's administrator.",
    de: "Die E-Mail-Adresse dieses Microsoft-Kontos ist für die Anmeldung bei Ihrer Organisation nicht zugelassen. Wenden Sie sich an den Administrator Ihrer Organisation.",
  },
  sso_account_disabled: {
    en: "This account is disabled. Contact your organisation's administrator.",
    de: "Dieses Konto ist deaktiviert. Wenden Sie sich an den Administrator Ihrer Organisation.",
  },
  sso_staff_account: {
    en: "Staff accounts sign in with their password and second factor, not with Microsoft.",
    de: "Konten von Mitarbeitern des Anbieters melden sich mit Passwort und zweitem Faktor an, nicht mit Microsoft.",
  },
  sso_identity_taken: {
    en: "This Microsoft account is already connected to a different account here, so it was not connected to yours. Sign in with the Microsoft account you use for your own account, or ask your organisation's administrator for help.",
    de: "Dieses Microsoft-Konto ist hier bereits mit einem anderen Konto verbunden und wurde daher nicht mit Ihrem verbunden. Melden Sie sich mit dem Microsoft-Konto an, das Sie für Ihr eigenes Konto verwenden, oder bitten Sie den Administrator Ihrer Organisation um Hilfe.",
  },
  sso_not_member: {
    en: "You are no longer a member of the organisation this Microsoft account belongs to, so it was not connected.",
    de: "Sie sind nicht mehr Mitglied der Organisation, zu der dieses Microsoft-Konto gehört, daher wurde es nicht verbunden.",
  },
} satisfies Record<string, Text>;

export type SsoErrorCode = keyof typeof SSO_ERROR_MESSAGES;

export function ssoErrorMessage(code: string | null | undefined, locale: Locale = "en"): string | null {
  return code && Object.hasOwn(SSO_ERROR_MESSAGES, code)
    ? localize(SSO_ERROR_MESSAGES[code as SsoErrorCode], locale)
    : null;
}

const requires = (organizations: readonly string[]) => (organizations.length === 1 ? "requires" : "require");
const verlangt = (organizations: readonly string[]) =>
  organizations.length === 1 ? "verlangt" : "verlangen";

export const SSO_MESSAGES = {
  // Connecting and disconnecting one's own Microsoft account.
  staffAccount: SSO_ERROR_MESSAGES.sso_staff_account,
  notUsed: (organization: string): Text => ({
    en: `${organization} does not use Microsoft sign-in.`,
    de: `${organization} verwendet keine Microsoft-Anmeldung.`,
  }),
  alreadyConnected: (organization: string): Text => ({
    en: `Your Microsoft account for ${organization} is already connected.`,
    de: `Ihr Microsoft-Konto für ${organization} ist bereits verbunden.`,
  }),
  notConnected: (organization: string): Text => ({
    en: `No Microsoft account is connected for ${organization}.`,
    de: `Für ${organization} ist kein Microsoft-Konto verbunden.`,
  }),
  /** Organisations using the identity's tenant that require Microsoft sign-in keep it connected. */
  disconnectRefused: (organizations: readonly string[]): Text => ({
    en: `${organizations.join(", ")} ${requires(organizations)} sign-in with Microsoft, so you cannot disconnect it: you could not sign in any more.`,
    de: `${organizations.join(", ")} ${verlangt(organizations)} die Anmeldung mit Microsoft, daher können Sie es nicht trennen: Sie könnten sich sonst nicht mehr anmelden.`,
  }),
  throttled: (minutes: number): Text => ({
    en: `Too many attempts. Try again in ${minutes} minutes.`,
    de: `Zu viele Versuche. Versuchen Sie es in ${minutes} Minuten erneut.`,
  }),
  /** A security notice's detail line. */
  noticeOrganisation: (organization: string): Text => ({
    en: `Organisation: ${organization}`,
    de: `Organisation: ${organization}`,
  }),

  // The organisation's connection settings.
  guid: (field: "tenant" | "client"): Text =>
    field === "tenant"
      ? {
          en: "The tenant ID is a GUID like 00000000-0000-0000-0000-000000000000 (Entra admin centre, app registration overview).",
          de: "Die Mandanten-ID ist eine GUID wie 00000000-0000-0000-0000-000000000000 (Entra Admin Center, Übersicht der App-Registrierung).",
        }
      : {
          en: "The client ID is a GUID like 00000000-0000-0000-0000-000000000000 (Entra admin centre, app registration overview).",
          de: "Die Client-ID ist eine GUID wie 00000000-0000-0000-0000-000000000000 (Entra Admin Center, Übersicht der App-Registrierung).",
        },
  chooseRole: {
    en: "Choose the role new members get.",
    de: "Wählen Sie die Rolle, die neue Mitglieder erhalten.",
  } satisfies Text,
  domainsTaken: (domains: readonly string[]): Text => ({
    en: `${domains.join(", ")} ${domains.length === 1 ? "is" : "are"} already used by another organisation's Microsoft sign-in.`,
    de: `${domains.join(", ")} ${domains.length === 1 ? "wird" : "werden"} bereits von der Microsoft-Anmeldung einer anderen Organisation verwendet.`,
  }),
  /** The provider's own, free-mail and Microsoft's shared domains are never claimable (S27). */
  domainsNotClaimable: (domains: readonly string[]): Text => ({
    en: `${domains.join(", ")} cannot be used for Microsoft sign-in: free-mail domains, Microsoft's shared domains and the domains of this service's provider never are.`,
    de: `${domains.join(", ")} ${domains.length === 1 ? "kann" : "können"} nicht für die Microsoft-Anmeldung verwendet werden: Freemail-Domains, die gemeinsamen Domains von Microsoft und die Domains des Anbieters dieses Dienstes sind nie zulässig.`,
  }),
  clientSecretRequired: {
    en: "Enter the client secret of the app registration.",
    de: "Geben Sie den geheimen Clientschlüssel der App-Registrierung ein.",
  } satisfies Text,
  /** While Microsoft sign-in is the only way in, a wrong setting shuts everyone out, owners included (S23). */
  ownersDecideWhileRequired: {
    en: "While members must sign in with Microsoft, only an owner can change these settings: a wrong tenant, client ID or secret would shut everyone out.",
    de: "Solange sich Mitglieder mit Microsoft anmelden müssen, kann nur ein Inhaber diese Einstellungen ändern: Ein falscher Mandant, eine falsche Client-ID oder ein falscher Schlüssel würde alle aussperren.",
  } satisfies Text,
  turnOffRequirementFirst: {
    en: "While members must sign in with Microsoft, the connection cannot be switched off or moved to another tenant: nobody could sign in. Turn off “Members must sign in with Microsoft” first.",
    de: "Solange sich Mitglieder mit Microsoft anmelden müssen, kann die Verbindung weder ausgeschaltet noch auf einen anderen Mandanten umgestellt werden: Niemand könnte sich anmelden. Schalten Sie zuerst „Mitglieder müssen sich mit Microsoft anmelden“ aus.",
  } satisfies Text,
  // The email domains of the connection (lib/auth/sso/domains.ts).
  noDomains: {
    en: "Enter at least one email domain, e.g. acme.example.",
    de: "Geben Sie mindestens eine E-Mail-Domain ein, z. B. acme.example.",
  } satisfies Text,
  invalidDomain: (domain: string): Text => ({
    en: `"${domain}" is not a valid email domain (e.g. acme.example).`,
    de: `„${domain}“ ist keine gültige E-Mail-Domain (z. B. acme.example).`,
  }),
  tooManyDomains: (max: number): Text => ({
    en: `Enter at most ${max} domains.`,
    de: `Geben Sie höchstens ${max} Domains ein.`,
  }),

  // Staff deciding claims (staff console: English).
  claimDecidedMeanwhile: { en: "This claim was decided meanwhile; reload the page." },
  approvedElsewhere: (domain: string): Text => ({
    en: `${domain} is already approved for another organisation. Refuse that claim first if it is wrong.`,
  }),
  noLongerPending: { en: "Only a pending claim can be approved." },
  alreadyRefused: { en: "This claim is already refused." },
  approvalReason: "Say how you checked that the organisation controls the domain (at least 3 characters).",
  refusalReason: "Give the organisation a reason (at least 3 characters).",
  reasonTooLong: "At most 1000 characters.",
} as const;
