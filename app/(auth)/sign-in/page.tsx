import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/auth/sessions/callback-path";
import { EmailLinkOptions, PasswordResetDone } from "./email-link-options";
import { MicrosoftSignIn } from "./microsoft-sign-in";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(
    typeof params.callbackUrl === "string" ? params.callbackUrl : undefined,
  );
  return (
    <>
      <h1 className="mb-6 text-xl font-semibold">Sign in</h1>
      {params.reset === "done" && <PasswordResetDone />}
      <MicrosoftSignIn
        callbackUrl={callbackUrl}
        error={typeof params.error === "string" ? params.error : undefined}
      >
        <SignInForm callbackUrl={callbackUrl} />
      </MicrosoftSignIn>
      <EmailLinkOptions linkFormOpen={params.link === "1"} />
    </>
  );
}
