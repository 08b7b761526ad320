import type { Metadata } from "next";
import { CreateAccountForm } from "@/app/(auth)/invite/[token]/create-account-form";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { TokenForm } from "@/app/_components/token-form";
import { Alert, ButtonLink, DateTime } from "@/app/_ui";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import { staffInvitationForToken } from "@/lib/admin/staff/staff-invitation-by-token";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { acceptStaffInvitationAction, createStaffAccountAction } from "./actions";

export const metadata: Metadata = { title: "Staff invitation", referrer: "no-referrer" };

/** Opening the link only shows the invitation; accepting is a POST. */
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, session] = await Promise.all([
    staffInvitationForToken(token),
    loadPublicPage((ctx) => sessionStateOf(ctx)),
  ]);
  if (invitation.status !== "valid") {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">This invitation no longer works</h1>
        <Alert tone="warning">
          It has expired, was revoked or was already used. Ask the person who invited you to send a new one.
        </Alert>
      </>
    );
  }
  const here = `/staff-invite/${token}`;
  const intro = (
    <>
      <h1 className="mb-2 text-xl font-semibold">Join the staff console</h1>
      <p className="mb-6 text-sm text-gray-700">
        You are invited as <strong>{STAFF_ROLE_LABELS[invitation.role]}</strong> with the address{" "}
        <strong>{invitation.email}</strong>. The invitation is valid until{" "}
        <DateTime value={invitation.expiresAt} />. Staff accounts use two-factor authentication: you set it up
        right after.
      </p>
    </>
  );

  if (!invitation.accountExists) {
    return (
      <>
        {intro}
        <CreateAccountForm
          token={token}
          hint={PASSWORD_MESSAGES.policyHint}
          action={createStaffAccountAction}
        />
      </>
    );
  }
  if (session.status === "anonymous") {
    return (
      <>
        {intro}
        <p className="mb-4 text-sm text-gray-700">
          You already have an account. Sign in as {invitation.email} to accept.
        </p>
        <ButtonLink href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="w-full">
          Sign in to accept
        </ButtonLink>
      </>
    );
  }
  if (session.status === "mfa") {
    return (
      <>
        {intro}
        <Alert tone="info">
          Finish signing in with your second step first, then open the invitation link from your email again.
        </Alert>
        <ButtonLink href="/continue" className="mt-4 w-full">
          Continue signing in
        </ButtonLink>
      </>
    );
  }
  if (session.actor.email !== invitation.email) {
    return (
      <>
        {intro}
        <Alert tone="warning">
          You are signed in as {session.actor.email}. Sign out, then sign in as {invitation.email} and open
          the invitation link again.
        </Alert>
        <div className="mt-4">
          <SignOutButton />
        </div>
      </>
    );
  }
  return (
    <>
      {intro}
      <TokenForm
        token={token}
        action={acceptStaffInvitationAction}
        label="Accept invitation"
        pendingLabel="Joining…"
      />
    </>
  );
}
