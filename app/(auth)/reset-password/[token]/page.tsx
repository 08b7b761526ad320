import { Alert, ButtonLink } from "@/app/_ui";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { PASSWORD_RESET_MINUTES, passwordResetStatus } from "@/lib/auth/passwords/password-reset";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { RESET_MESSAGES as M } from "../../messages";
import { NewPasswordForm } from "./new-password-form";

export const generateMetadata = localizedTitle(M.chooseTitle, { referrer: "no-referrer" });

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { status, locale } = await loadPublicPage(async (ctx) => ({
    status: TOKEN_SHAPE.test(token) ? await passwordResetStatus(ctx, token) : "unknown",
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  if (status !== "valid") {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">{t(M.linkGone)}</h1>
        <div className="space-y-6">
          <Alert tone="warning">{t(M.resetLinkGone(PASSWORD_RESET_MINUTES))}</Alert>
          <ButtonLink href="/reset-password" variant="secondary" className="w-full">
            {t(M.askForNewLink)}
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t(M.chooseTitle)}</h1>
      <p className="mb-6 text-sm text-gray-700">{t(M.chooseExplain)}</p>
      <NewPasswordForm token={token} hint={t(PASSWORD_MESSAGES.policyHint)} locale={locale} />
    </>
  );
}
