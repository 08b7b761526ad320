import type { Metadata } from "next";
import { InvitationClosed, InvitationLanding } from "@/app/_components/invitation-landing";
import { DateTime } from "@/app/_ui";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import { staffInvitationForToken } from "@/lib/admin/staff/staff-invitation-by-token";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { acceptStaffInvitationAction, createStaffAccountAction } from "./actions";

export const metadata: Metadata = { title: "Staff invitation", referrer: "no-referrer" };

/** Opening the link only shows the invitation; accepting is a POST. */
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, { session, timeZone }] = await Promise.all([
    staffInvitationForToken(token),
    loadPublicPage(async (ctx) => ({ session: await sessionStateOf(ctx), timeZone: ctx.timeZone })),
  ]);
  // The staff console and its invitation stay English, whatever language the browser prefers.
  if (invitation.status !== "valid")
    return (
      <div lang="en">
        <InvitationClosed />
      </div>
    );
  return (
    <div lang="en">
      <InvitationLanding
        token={token}
        path={`/staff-invite/${token}`}
        email={invitation.email}
        accountExists={invitation.accountExists}
        session={session}
        createAccount={createStaffAccountAction}
        accept={acceptStaffInvitationAction}
        intro={
          <>
            <h1 className="mb-2 text-xl font-semibold">Join the staff console</h1>
            <p className="mb-6 text-sm text-gray-700">
              You are invited as <strong>{STAFF_ROLE_LABELS[invitation.role]}</strong> with the address{" "}
              <strong>{invitation.email}</strong>. The invitation is valid until{" "}
              <DateTime value={invitation.expiresAt} timeZone={timeZone} />. Staff accounts use two-factor
              authentication: you set it up right after.
            </p>
          </>
        }
      />
    </div>
  );
}
