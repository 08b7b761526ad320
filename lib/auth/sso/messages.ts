// What Microsoft sign-in says to the user: why a sign-in or a connection failed, the refusals of the
// account and organisation settings, and the lines of its security notices (English). No server-only
// import: the sign-in page's client component words the callback's error codes from here.
import type { Text } from "../../i18n/text.ts";

/**
 * The callback redirects to /sign-in?error=<code> (or, when a signed-in user was connecting their
 * Microsoft account, to /account/security?sso_error=<code>); the page shows the message. Codes never
 * say more than the user needs (the audit log keeps the precise reason).
 */
export const SSO_ERROR_MESSAGES = {
  sso_restart:
    "Your Microsoft sign-in expired, was already used, or was started in another browser window. Please start again.",
  sso_cancelled:
    "Microsoft sign-in was cancelled or refused. Please try again, or ask your organisation's administrator.",
  sso_failed:
    "Microsoft sign-in could not be verified. Please try again; if it keeps failing, ask your organisation's administrator to check the SSO settings.",
  sso_unavailable:
    "Microsoft sign-in is no longer set up for your organisation. Ask your organisation's administrator.",
  sso_email_taken:
    "An account with the email address of this Microsoft account already exists, but it is not connected to this Microsoft account. For your security it was not linked automatically. Ask your organisation's administrator for help.",
  sso_domain_not_allowed:
    "The email address of this Microsoft account is not one your organisation allows for sign-in. Ask your organisation's administrator.",
  sso_account_disabled: "This account is disabled. Contact your organisation's administrator.",
  sso_staff_account: "Staff accounts sign in with their password and second factor, not with Microsoft.",
  sso_identity_taken:
    "This Microsoft account is already connected to a different account here, so it was not connected to yours. Sign in with the Microsoft account you use for your own account, or ask your organisation's administrator for help.",
  sso_not_member:
    "You are no longer a member of the organisation this Microsoft account belongs to, so it was not connected.",
} as const;

export type SsoErrorCode = keyof typeof SSO_ERROR_MESSAGES;

export function ssoErrorMessage(code: string | null | undefined): string | null {
  return code && Object.hasOwn(SSO_ERROR_MESSAGES, code) ? SSO_ERROR_MESSAGES[code as SsoErrorCode] : null;
}

export const SSO_MESSAGES = {
  // Connecting and disconnecting one's own Microsoft account.
  staffAccount: { en: SSO_ERROR_MESSAGES.sso_staff_account },
  notUsed: (organization: string): Text => ({ en: `${organization} does not use Microsoft sign-in.` }),
  alreadyConnected: (organization: string): Text => ({
    en: `Your Microsoft account for ${organization} is already connected.`,
  }),
  notConnected: (organization: string): Text => ({
    en: `No Microsoft account is connected for ${organization}.`,
  }),
  /** Organisations using the identity's tenant that require Microsoft sign-in keep it connected. */
  disconnectRefused: (organizations: readonly string[]): Text => ({
    en: `${organizations.join(", ")} ${organizations.length === 1 ? "requires" : "require"} sign-in with Microsoft, so you cannot disconnect it: you could not sign in any more.`,
  }),
  throttled: (minutes: number): Text => ({ en: `Too many attempts. Try again in ${minutes} minutes.` }),
  noticeOrganisation: (organization: string) => `Organisation: ${organization}`,

  // The organisation's connection settings.
  guid: (label: string) =>
    `${label} is a GUID like 00000000-0000-0000-0000-000000000000 (Entra admin centre, app registration overview).`,
  tenantIdLabel: "The tenant ID",
  clientIdLabel: "The client ID",
  chooseRole: "Choose the role new members get.",
  domainsTaken: (domains: readonly string[]): Text => ({
    en: `${domains.join(", ")} ${domains.length === 1 ? "is" : "are"} already used by another organisation's Microsoft sign-in.`,
  }),
  /** The provider's own, free-mail and Microsoft's shared domains are never claimable (S27). */
  domainsNotClaimable: (domains: readonly string[]): Text => ({
    en: `${domains.join(", ")} cannot be used for Microsoft sign-in: free-mail domains, Microsoft's shared domains and the domains of this service's provider never are.`,
  }),
  clientSecretRequired: { en: "Enter the client secret of the app registration." },
  /** While Microsoft sign-in is the only way in, a wrong setting shuts everyone out, owners included (S23). */
  ownersDecideWhileRequired: {
    en: "While members must sign in with Microsoft, only an owner can change these settings: a wrong tenant, client ID or secret would shut everyone out.",
  },
  turnOffRequirementFirst: {
    en: "While members must sign in with Microsoft, the connection cannot be switched off or moved to another tenant: nobody could sign in. Turn off “Members must sign in with Microsoft” first.",
  },

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
  noDomains: "Enter at least one email domain, e.g. acme.example.",
  invalidDomain: (domain: string) => `"${domain}" is not a valid email domain (e.g. acme.example).`,
  tooManyDomains: (max: number) => `Enter at most ${max} domains.`,
} as const;
