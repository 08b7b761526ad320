import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { mfaRequirementFor } from "@/lib/auth/mfa/status";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { loadPublicPage } from "@/lib/http/page";
import { ReauthCard } from "@/app/account/security/reauth-card";
import { TotpEnrolment } from "@/app/account/security/totp-enrolment";

export const metadata: Metadata = { title: "Set up two-factor authentication" };

/**
 * For a session that owes enrolment (staff, or an organisation requires MFA, and no authenticator yet).
 * After the first valid code the session is active; the page then keeps showing the backup codes.
 */
export default async function MfaEnrolPage() {
  const { ctx, state } = await loadPublicPage(async (ctx) => ({ ctx, state: await sessionStateOf(ctx) }));
  if (state.status === "anonymous") redirect("/sign-in");
  if (state.status === "mfa" && state.step === "challenge") redirect("/mfa");
  if (state.status === "active" && !state.actor.totpEnabled) redirect("/account/security");
  // The session may still owe its enrolment: the context of its user, as the "mfa-enrolment" actions get it.
  const enrolling = { ...ctx, actor: state.actor };
  const { actor } = enrolling;
  const enabled = state.status === "active";
  const requirement = await mfaRequirementFor(enrolling);
  const why = requirement.staff
    ? "Staff accounts must use two-factor authentication."
    : requirement.organizations.length === 1
      ? `${requirement.organizations[0]} requires two-factor authentication for its members.`
      : requirement.organizations.length > 1
        ? `${requirement.organizations.join(", ")} require two-factor authentication for their members.`
        : "Your account needs two-factor authentication.";

  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Set up two-factor authentication</h1>
      <p className="mb-6 text-sm text-gray-700">
        {why} Set it up now to continue as <span className="font-medium">{actor.email}</span>.
      </p>
      <div className="space-y-6">
        {enabled ? null : (
          <ReauthCard
            ctx={enrolling}
            purpose="Setting up two-factor authentication needs a recent sign-in."
          />
        )}
        <TotpEnrolment
          enabled={enabled}
          locked={!enabled && !hasRecentReauth(actor, enrolling.clock)}
          continueHref="/continue"
        />
      </div>
      <div className="mt-6 flex justify-center border-t border-gray-200 pt-4">
        <SignOutButton />
      </div>
    </>
  );
}
