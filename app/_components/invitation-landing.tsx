// What an emailed invitation link opens, for a customer organisation or the staff console alike: the
// invitation, then the one step that fits the visitor (create the account, sign in, finish the second
// step, sign out of another account, or accept). Opening the link only shows it; accepting is a POST.
import type { ReactNode } from "react";
import { Alert, ButtonLink } from "@/app/_ui";
import type { SessionState } from "@/lib/auth/sessions/actor";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { CreateAccountForm } from "./create-account-form";
import { INVITATION_MESSAGES as M } from "./messages";
import { SignOutButton } from "./sign-out-button";
import { TokenForm } from "./token-form";

type TokenAction = Parameters<typeof TokenForm>[0]["action"];
type CreateAccountAction = Parameters<typeof CreateAccountForm>[0]["action"];

/** An invitation that has expired, was revoked or used. */
export function InvitationClosed({ locale = "en" }: { locale?: Locale }) {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{localize(M.closedTitle, locale)}</h1>
      <Alert tone="warning">{localize(M.closed, locale)}</Alert>
    </>
  );
}

export function InvitationLanding({
  token,
  path,
  email,
  accountExists,
  session,
  intro,
  createAccount,
  accept,
  locale = "en",
}: {
  token: string;
  /** The link's own path, to come back to after signing in. */
  path: string;
  email: string;
  accountExists: boolean;
  session: SessionState;
  /** The heading and what the invitation is for. */
  intro: ReactNode;
  createAccount: CreateAccountAction;
  accept: TokenAction;
  locale?: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  return (
    <>
      {intro}
      {!accountExists ? (
        <CreateAccountForm
          token={token}
          hint={t(PASSWORD_MESSAGES.policyHint)}
          action={createAccount}
          locale={locale}
        />
      ) : session.status === "anonymous" ? (
        <>
          <p className="mb-4 text-sm text-gray-700">{t(M.accountExists(email))}</p>
          <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`} className="w-full">
            {t(M.signInToAccept)}
          </ButtonLink>
        </>
      ) : session.status === "mfa" ? (
        <>
          <Alert tone="info">{t(M.finishSecondStep)}</Alert>
          <ButtonLink href="/continue" className="mt-4 w-full">
            {t(M.continueSigningIn)}
          </ButtonLink>
        </>
      ) : session.actor.email !== email ? (
        <>
          <Alert tone="warning">{t(M.signedInAsOther(session.actor.email, email))}</Alert>
          <div className="mt-4">
            <SignOutButton locale={locale} />
          </div>
        </>
      ) : (
        <TokenForm token={token} action={accept} label={t(M.accept)} pendingLabel={t(M.joining)} />
      )}
    </>
  );
}
