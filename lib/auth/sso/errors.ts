// What the sign-in page says when Microsoft sign-in ends in an error. The callback redirects to
// /sign-in?error=<code> (or, when a signed-in user was connecting their Microsoft account, to
// /account/security?sso_error=<code>); the page shows the message. Codes never say more than the user needs (the
// audit log keeps the precise reason).
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
