import type { Metadata } from "next";
import { InvitationClosed, InvitationLanding } from "@/app/_components/invitation-landing";
import { DateTime } from "@/app/_ui";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { invitationForToken } from "@/lib/organizations/invitation-by-token";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { acceptInvitationAction, createAccountAction } from "./actions";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

/** Opening the link only shows the invitation; accepting is a POST. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, { session, timeZone }] = await Promise.all([
    invitationForToken(token),
    loadPublicPage(async (ctx) => ({ session: await sessionStateOf(ctx), timeZone: ctx.timeZone })),
  ]);
  if (invitation.status !== "valid") return <InvitationClosed />;
  return (
    <InvitationLanding
      token={token}
      path={`/invite/${token}`}
      email={invitation.email}
      accountExists={invitation.accountExists}
      session={session}
      createAccount={createAccountAction}
      accept={acceptInvitationAction}
      intro={
        <>
          <h1 className="mb-2 text-xl font-semibold">Join {invitation.organizationName}</h1>
          <p className="mb-6 text-sm text-gray-700">
            You are invited as <strong>{CUSTOMER_ROLE_LABELS[invitation.role]}</strong> with the address{" "}
            <strong>{invitation.email}</strong>. The invitation is valid until{" "}
            <DateTime value={invitation.expiresAt} timeZone={timeZone} />.
          </p>
        </>
      }
    />
  );
}
