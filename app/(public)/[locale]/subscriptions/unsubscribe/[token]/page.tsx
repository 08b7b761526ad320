import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/app/_ui";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import { unsubscribeStatus } from "@/lib/trust/subscriptions/unsubscribe";
import { unsubscribeAction } from "../../actions";
import { SUBSCRIPTION_MESSAGES } from "../../messages";
import { SubscriptionTokenForm } from "../../subscription-token-form";

// A personal link from an email: rendered per request (proxy.ts gives it a nonce policy and no-store).
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale } = await params;
  return {
    title: isLocale(locale) ? SUBSCRIPTION_MESSAGES[locale].unsubscribeTitle : undefined,
    referrer: "no-referrer",
    robots: { index: false },
  };
}

/** Opening the link changes nothing (mail scanners fetch links); the button unsubscribes. */
export default async function UnsubscribePage({ params }: Params) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const words = SUBSCRIPTION_MESSAGES[locale];
  const status = await unsubscribeStatus(token);
  const back = (
    <Link
      href={localizedPath(locale, "/subprocessors")}
      prefetch={false}
      className="font-medium text-brand-700 underline"
    >
      {words.backToList}
    </Link>
  );
  if (status !== "subscribed") {
    const unknown = status === "unknown";
    return (
      <div className="mx-auto max-w-xl space-y-6">
        <h1 className="text-2xl font-semibold">
          {unknown ? words.unsubscribeUnknownTitle : words.alreadyUnsubscribedTitle}
        </h1>
        <Alert tone={unknown ? "warning" : "info"}>
          {unknown ? words.unsubscribeUnknown : words.alreadyUnsubscribed}
        </Alert>
        <p>{back}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-semibold">{words.unsubscribeTitle}</h1>
      <p className="text-gray-700">{words.unsubscribeIntro}</p>
      <SubscriptionTokenForm
        token={token}
        locale={locale}
        action={unsubscribeAction}
        label={words.unsubscribeButton}
        pendingLabel={words.unsubscribing}
      />
      <p className="text-sm">{back}</p>
    </div>
  );
}
