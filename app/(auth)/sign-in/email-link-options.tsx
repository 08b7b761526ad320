import Link from "next/link";
import { Alert } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SIGN_IN_MESSAGES as M } from "../messages";
import { MagicLinkRequestForm } from "./magic-link-request-form";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline";

/**
 * Below the password form: "Forgot your password?" and "Email me a sign-in link". The link form opens
 * at /sign-in?link=1 (a plain link, so it works before scripts load and the page keeps a single
 * email field until asked).
 */
export function EmailLinkOptions({ linkFormOpen, locale }: { linkFormOpen: boolean; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="mt-6 space-y-4 border-t border-gray-200 pt-6 text-sm">
      <p>
        <Link href="/reset-password" className={linkClass}>
          {t(M.forgotPassword)}
        </Link>
      </p>
      {linkFormOpen ? (
        <MagicLinkRequestForm locale={locale} />
      ) : (
        <p>
          <Link href="/sign-in?link=1" className={linkClass}>
            {t(M.emailMeALink)}
          </Link>{" "}
          <span className="text-gray-600">{t(M.insteadOfPassword)}</span>
        </p>
      )}
    </div>
  );
}

/** Shown on the sign-in page after a password reset (/sign-in?reset=done). */
export function PasswordResetDone({ locale }: { locale: Locale }) {
  return (
    <div className="mb-6">
      <Alert tone="success" title={localize(M.passwordChangedTitle, locale)}>
        {localize(M.passwordChanged, locale)}
      </Alert>
    </div>
  );
}
