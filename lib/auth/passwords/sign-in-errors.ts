// Error codes the sign-in endpoint hands to the form (next-auth's `error`), and what the form says.
export const SIGN_IN_ERRORS = { throttled: "Throttled", ssoRequired: "SsoRequired" } as const;

export function signInErrorMessage(code: string | null | undefined): string {
  if (code?.startsWith(`${SIGN_IN_ERRORS.throttled}:`)) {
    const minutes = Number(code.split(":")[1]) || 15;
    return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
  }
  if (code === SIGN_IN_ERRORS.ssoRequired) return "Your organisation requires you to sign in with Microsoft.";
  return "The email or password is not correct.";
}
