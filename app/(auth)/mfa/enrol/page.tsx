import { redirect } from "next/navigation";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { mfaRequirementFor } from "@/lib/auth/mfa/status";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { ReauthCard } from "@/app/account/security/reauth-card";
import { TotpEnrolment } from "@/app/account/security/totp-enrolment";
import { MFA_STEP_MESSAGES as M } from "../../messages";

export const generateMetadata = localizedTitle(M.enrolTitle);

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
  const { actor, locale } = enrolling;
  const t = (text: Text) => localize(text, locale);
  const enabled = state.status === "active";
  const requirement = await mfaRequirementFor(enrolling);
  const why = requirement.staff
    ? M.requiredForStaff
    : requirement.organizations.length > 0
      ? M.requiredBy(requirement.organizations)
      : M.required;

  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t(M.enrolTitle)}</h1>
      <p className="mb-6 text-sm text-gray-700">
        {t(why)} {t(M.setUpNow)} <span className="font-medium break-all">{actor.email}</span>.
      </p>
      <div className="space-y-6">
        {enabled ? null : <ReauthCard ctx={enrolling} purpose={t(M.reauthPurpose)} />}
        <TotpEnrolment
          enabled={enabled}
          locked={!enabled && !hasRecentReauth(actor, enrolling.clock)}
          continueHref="/continue"
          locale={locale}
        />
      </div>
      <div className="mt-6 flex justify-center border-t border-gray-200 pt-4">
        <SignOutButton locale={locale} />
      </div>
    </>
  );
}
