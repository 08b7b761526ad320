import { TokenForm } from "@/app/_components/token-form";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { EMAILED_LINK_MESSAGES as M } from "../../messages";
import { confirmEmailChangeAction } from "./actions";

export const generateMetadata = localizedTitle(M.confirmEmailTitle);

/** Opening the link changes nothing; the button does (mail scanners prefetch links). */
export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, locale] = await Promise.all([params, loadPublicPage(async (ctx) => ctx.locale)]);
  const t = (text: Text) => localize(text, locale);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t(M.confirmEmailTitle)}</h1>
      <p className="mb-6 text-sm text-gray-700">{t(M.confirmEmailExplain)}</p>
      <TokenForm
        token={token}
        action={confirmEmailChangeAction}
        label={t(M.confirmNewAddress)}
        pendingLabel={t(M.confirming)}
      />
    </>
  );
}
