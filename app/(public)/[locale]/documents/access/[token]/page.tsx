import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, buttonClassName, PageHeader, type BadgeTone } from "@/app/_ui";
import { loadPublicPage } from "@/lib/http/page";
import { formatInstant } from "@/lib/i18n/format";
import { isLocale, localizedPath } from "@/lib/i18n/locale";
import type { GrantState } from "@/lib/trust/access-requests/grant-state";
import { getPersonalAccess } from "@/lib/trust/access-requests/personal-access";
import { DOCUMENTS } from "../../messages";

// A personal page from an email: rendered per request (proxy.ts gives it a nonce CSP and no-store).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

const TONE: Record<GrantState, BadgeTone> = {
  pending: "info",
  approved: "success",
  denied: "danger",
  expired: "neutral",
  revoked: "warning",
  withdrawn: "neutral",
};

export default async function PersonalAccessPage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const words = DOCUMENTS[locale].access;
  const { access, timeZone } = await loadPublicPage(async (ctx) => ({
    access: await getPersonalAccess(ctx, token, locale),
    timeZone: ctx.timeZone,
  }));
  if (!access) {
    return (
      <div className="max-w-2xl">
        <PageHeader title={words.invalidTitle} description={words.invalidText} />
        <Link
          href={localizedPath(locale, "/documents/request")}
          prefetch={false}
          className={buttonClassName({ variant: "secondary" })}
        >
          {words.requestAgain}
        </Link>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={words.title}
        description={
          <>
            <span className="font-medium text-gray-900">{words.greeting(access.name)}.</span>{" "}
            {words.intro(access.email, access.company)}
          </>
        }
      />
      <ul className="space-y-3">
        {access.grants.map((grant) => (
          <li
            key={grant.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-200 bg-white p-4"
          >
            <div className="space-y-1">
              <h2 className="text-base font-semibold text-gray-900">{grant.title}</h2>
              <p className="flex flex-wrap items-center gap-2 text-sm text-gray-700">
                <Badge tone={TONE[grant.state]}>{words.states[grant.state]}</Badge>
                {grant.state === "approved" && grant.expiresAt && (
                  <span>{words.until(formatInstant(locale, grant.expiresAt, timeZone))}</span>
                )}
              </p>
              {grant.state === "denied" && grant.reason && (
                <p className="text-sm text-gray-700">
                  {words.reason}: {grant.reason}
                </p>
              )}
            </div>
            {grant.state === "approved" && (
              <a
                href={`${localizedPath(locale, `/documents/access/${token}/${grant.id}`)}`}
                download
                className={buttonClassName({ variant: "primary", size: "sm" })}
              >
                {words.download}
                <span className="sr-only">: {grant.title}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-6 text-sm text-gray-600">{words.watermarkNote}</p>
    </div>
  );
}
