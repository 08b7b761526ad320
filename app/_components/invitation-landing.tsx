// What an emailed invitation link opens, for a customer organisation or the staff console alike: the
// invitation, then the one step that fits the visitor (create the account, sign in, finish the second
// step, sign out of another account, or accept). Opening the link only shows it; accepting is a POST.
import type { ReactNode } from "react";
import { Alert, ButtonLink } from "@/app/_ui";
import type { SessionState } from "@/lib/auth/sessions/actor";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { CreateAccountForm } from "./create-account-form";
import { SignOutButton } from "./sign-out-button";
import { TokenForm } from "./token-form";

type TokenAction = Parameters<typeof TokenForm>[0]["action"];
type CreateAccountAction = Parameters<typeof CreateAccountForm>[0]["action"];

/** An invitation that has expired, was revoked or used. */
export function InvitationClosed() {
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">This invitation no longer works</h1>
      <Alert tone="warning">
        It has expired, was revoked or was already used. Ask the person who invited you to send a new one.
      </Alert>
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
}) {
  return (
    <>
      {intro}
      {!accountExists ? (
        <CreateAccountForm token={token} hint={PASSWORD_MESSAGES.policyHint} action={createAccount} />
      ) : session.status === "anonymous" ? (
        <>
          <p className="mb-4 text-sm text-gray-700">
            You already have an account. Sign in as {email} to accept.
          </p>
          <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`} className="w-full">
            Sign in to accept
          </ButtonLink>
        </>
      ) : session.status === "mfa" ? (
        <>
          <Alert tone="info">
            Finish signing in with your second step first, then open the invitation link from your email
            again.
          </Alert>
          <ButtonLink href="/continue" className="mt-4 w-full">
            Continue signing in
          </ButtonLink>
        </>
      ) : session.actor.email !== email ? (
        <>
          <Alert tone="warning">
            You are signed in as {session.actor.email}. Sign out, then sign in as {email} and open the
            invitation link again.
          </Alert>
          <div className="mt-4">
            <SignOutButton />
          </div>
        </>
      ) : (
        <TokenForm token={token} action={accept} label="Accept invitation" pendingLabel="Joining…" />
      )}
    </>
  );
}
