import Link from "next/link";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { RESET_MESSAGES as M } from "../messages";
import { ResetRequestForm } from "./reset-request-form";

export const generateMetadata = localizedTitle(M.title);

export default async function ResetPasswordRequestPage() {
  const locale = await loadPublicPage(async (ctx) => ctx.locale);
  const t = (text: Text) => localize(text, locale);
  return (
    <>
      <h1 className="mb-2 text-xl font-semibold">{t(M.title)}</h1>
      <p className="mb-6 text-sm text-gray-700">{t(M.explain)}</p>
      <ResetRequestForm locale={locale} />
      <p className="mt-6 text-sm">
        <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t(M.backToSignIn)}
        </Link>
      </p>
    </>
  );
}
