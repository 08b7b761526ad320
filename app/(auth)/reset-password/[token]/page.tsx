import type { Metadata } from "next";
import { Alert, ButtonLink } from "@/app/_ui";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { passwordResetStatus } from "@/lib/auth/passwords/password-reset";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { loadPublicPage } from "@/lib/http/page";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = TOKEN_SHAPE.test(token)
    ? await loadPublicPage((ctx) => passwordResetStatus(ctx, token))
    : "unknown";
  if (status !== "valid") {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">This link no longer works</h1>
        <div className="space-y-6">
          <Alert tone="warning">
            This reset link has expired or was already used. Each link works once, for 30 minutes.
          </Alert>
          <ButtonLink href="/reset-password" variant="secondary" className="w-full">
            Ask for a new link
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-sm text-gray-700">
        Afterwards, every session of your account is signed out and you sign in with the new password.
      </p>
      <NewPasswordForm token={token} hint={PASSWORD_MESSAGES.policyHint} />
    </>
  );
}
