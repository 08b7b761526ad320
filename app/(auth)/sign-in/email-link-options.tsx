import Link from "next/link";
import { Alert } from "@/app/_ui";
import { MagicLinkRequestForm } from "./magic-link-request-form";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline";

/**
 * Below the password form: "Forgot your password?" and "Email me a sign-in link". The link form opens
 * at /sign-in?link=1 (a plain link, so it works before scripts load and the page keeps a single
 * email field until asked).
 */
export function EmailLinkOptions({ linkFormOpen }: { linkFormOpen: boolean }) {
  return (
    <div className="mt-6 space-y-4 border-t border-gray-200 pt-6 text-sm">
      <p>
        <Link href="/reset-password" className={linkClass}>
          Forgot your password?
        </Link>
      </p>
      {linkFormOpen ? (
        <MagicLinkRequestForm />
      ) : (
        <p>
          <Link href="/sign-in?link=1" className={linkClass}>
            Email me a sign-in link
          </Link>{" "}
          <span className="text-gray-600">instead of using a password.</span>
        </p>
      )}
    </div>
  );
}

/** Shown on the sign-in page after a password reset (/sign-in?reset=done). */
export function PasswordResetDone() {
  return (
    <div className="mb-6">
      <Alert tone="success" title="Your password was changed">
        Every session of your account was signed out. Sign in with your new password.
      </Alert>
    </div>
  );
}
