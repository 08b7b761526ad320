import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/app/_ui";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import { confirmationStatus } from "@/lib/trust/subscriptions/confirm";
import { confirmSubscriptionAction } from "../../actions";
import { SUBSCRIPTION_MESSAGES } from "../../messages";
import { SubscriptionTokenForm } from "../../subscription-token-form";

// A personal link from an email: rendered per request (proxy.ts gives it a nonce policy and no-store).
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: isLocale(locale) ? SUBSCRIPTION_MESSAGES[locale].confirmTitle : undefined,
    referrer: "no-referrer",
    robots: { index: false },
  };
}

/** Opening the link only shows whether it still works; the button confirms. */
export default async function ConfirmSubscriptionPage({ params }: Params) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const words = SUBSCRIPTION_MESSAGES[locale];
  const status = await confirmationStatus(token);
  const back = (
    <Link
      href={`${localizedPath(locale, "/subprocessors")}#subscribe`}
      prefetch={false}
      className="font-medium text-brand-700 underline"
    >
      {words.backToList}
    </Link>
  );
  if (status !== "valid") {
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold">
          {status === "expired" ? words.confirmExpiredTitle : words.confirmUnknownTitle}
        </h1>
        <Alert tone="warning">{status === "expired" ? words.confirmExpired : words.confirmUnknown}</Alert>
        <p>{back}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{words.confirmTitle}</h1>
      <p className="text-gray-700">{words.confirmIntro}</p>
      <SubscriptionTokenForm
        token={token}
        locale={locale}
        action={confirmSubscriptionAction}
        label={words.confirmButton}
        pendingLabel={words.confirming}
      />
      <p className="text-sm">{back}</p>
    </div>
  );
}
