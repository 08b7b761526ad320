import { Alert, ButtonLink } from "@/app/_ui";
import { magicLinkStatus } from "@/lib/auth/email-links/magic-link";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { TokenForm } from "@/app/_components/token-form";
import { EMAILED_LINK_MESSAGES as M, SIGN_IN_MESSAGES } from "../../messages";
import { signInWithLinkAction } from "../actions";

export const generateMetadata = localizedTitle(M.magicLinkTitle, { referrer: "no-referrer" });

/** Opening the link only shows whether it still works; the "Sign in" button uses it. */
export default async function MagicLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { status, locale } = await loadPublicPage(async (ctx) => ({
    status: TOKEN_SHAPE.test(token) ? await magicLinkStatus(ctx, token) : "unknown",
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  if (status !== "valid") {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">{t(M.linkGone)}</h1>
        <div className="space-y-6">
          <Alert tone="warning">{t(M.magicLinkGone)}</Alert>
          <ButtonLink href="/sign-in?link=1" variant="secondary" className="w-full">
            {t(M.askForNewLink)}
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">{t(M.magicLinkHeading)}</h1>
      <p className="mb-6 text-sm text-gray-700">{t(M.magicLinkExplain)}</p>
      <TokenForm
        token={token}
        action={signInWithLinkAction}
        label={t(SIGN_IN_MESSAGES.signIn)}
        pendingLabel={t(SIGN_IN_MESSAGES.signingIn)}
      />
    </>
  );
}
