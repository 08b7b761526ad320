import { safeCallbackPath } from "@/lib/auth/sessions/callback-path";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize } from "@/lib/i18n/text";
import { SIGN_IN_MESSAGES as M } from "../messages";
import { EmailLinkOptions, PasswordResetDone } from "./email-link-options";
import { MicrosoftSignIn } from "./microsoft-sign-in";
import { SignInForm } from "./sign-in-form";

export const generateMetadata = localizedTitle(M.title);

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [params, locale] = await Promise.all([searchParams, loadPublicPage(async (ctx) => ctx.locale)]);
  const callbackUrl = safeCallbackPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">{localize(M.title, locale)}</h1>
      {params.reset === "done" && <PasswordResetDone locale={locale} />}
      <MicrosoftSignIn
        callbackUrl={callbackUrl}
        error={typeof params.error === "string" ? params.error : undefined}
        locale={locale}
      >
        <SignInForm callbackUrl={callbackUrl} locale={locale} />
      </MicrosoftSignIn>
      <EmailLinkOptions linkFormOpen={params.link === "1"} locale={locale} />
    </>
  );
}
