import Link from "next/link";
import { Badge, EmptyState, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { myOrganizations } from "@/lib/organizations/portal";
import { PORTAL_CHOOSER_MESSAGES as M } from "./messages";
import { SignInThroughForm } from "./sign-in-through-form";

export const generateMetadata = localizedTitle(M.title);

export default async function PortalChooser() {
  const { organizations, locale } = await loadPage(async (ctx) => ({
    organizations: await myOrganizations(ctx),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  return (
    <main id="main" lang={locale} className="mx-auto max-w-xl px-6 py-16 space-y-6">
      <PageHeader title={t(M.title)} />
      {organizations.length === 0 ? (
        <EmptyState title={t(M.noneTitle)} description={t(M.noneDescription)} />
      ) : (
        <ul className="divide-y divide-gray-200 rounded-lg border border-gray-200 bg-white">
          {organizations.map((o) =>
            o.needsOwnMicrosoftSignIn ? (
              <li key={o.slug} className="space-y-2 px-4 py-3">
                <p className="flex items-center justify-between gap-2">
                  <span className="min-w-0 font-medium break-words">{o.name}</span>
                  <Badge>{t(CUSTOMER_ROLE_LABELS[o.role])}</Badge>
                </p>
                <p className="text-sm text-gray-600">{t(M.ownMicrosoftSignIn(o.name))}</p>
                <SignInThroughForm slug={o.slug} organizationName={o.name} locale={locale} />
              </li>
            ) : (
              <li key={o.slug}>
                <Link
                  href={`/portal/${o.slug}`}
                  className="flex items-center justify-between gap-2 px-4 py-3 hover:bg-gray-50"
                >
                  <span className="min-w-0 font-medium break-words">{o.name}</span>
                  <Badge>{t(CUSTOMER_ROLE_LABELS[o.role])}</Badge>
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
    </main>
  );
}
