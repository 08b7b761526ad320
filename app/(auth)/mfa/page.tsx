import { redirect } from "next/navigation";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { MFA_STEP_MESSAGES as M } from "../messages";
import { ChallengeForm } from "./challenge-form";

export const generateMetadata = localizedTitle(M.title);

/** The second sign-in step, only for a session that owes it; anyone else goes where they belong. */
export default async function MfaChallengePage({
  searchParams,
}: {
  searchParams: Promise<{ method?: string }>;
}) {
  const { method } = await searchParams;
  const { state, locale } = await loadPublicPage(async (ctx) => ({
    state: await sessionStateOf(ctx),
    locale: ctx.locale,
  }));
  if (state.status === "anonymous") redirect("/sign-in");
  if (state.status === "active") redirect("/continue");
  if (state.step === "enrol") redirect("/mfa/enrol");
  const t = (text: Text) => localize(text, locale);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t(M.title)}</h1>
      <p className="mb-6 text-sm text-gray-700">
        {t(M.signedInAs)} <span className="font-medium break-all">{state.actor.email}</span>. {t(M.enterCode)}
      </p>
      <ChallengeForm method={method === "backup" ? "backup_code" : "totp"} locale={locale} />
      <div className="mt-6 flex justify-center border-t border-gray-200 pt-4">
        <SignOutButton locale={locale} />
      </div>
    </>
  );
}
