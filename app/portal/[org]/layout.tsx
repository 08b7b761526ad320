import type { ReactNode } from "react";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { Alert, DateTime, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import type { OrganizationOverview } from "@/lib/organizations/portal";
import { providerBranding } from "@/lib/provider/branding";
import { BREACH_BANNER_MESSAGES as M } from "./breach-notifications/messages";
import { loadOrganizationOverview } from "./load-overview";

export default async function PortalLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ org: string }>;
}) {
  const { org } = await params;
  const [overview, { actor, locale }] = await Promise.all([
    loadOrganizationOverview(org),
    loadPage(async (ctx) => ({ actor: ctx.actor, locale: ctx.locale })),
  ]);
  const brand = await providerBranding();
  const nav = [{ href: `/portal/${overview.slug}`, label: "Overview" }];
  if (overview.canViewMembers) nav.push({ href: `/portal/${overview.slug}/members`, label: "Members" });
  if (overview.canManageSettings)
    nav.push({ href: `/portal/${overview.slug}/settings`, label: "Security settings" });
  if (overview.canViewBreaches)
    nav.push({ href: `/portal/${overview.slug}/breach-notifications`, label: "Breach notifications" });
  if (overview.canManageApi) nav.push({ href: `/portal/${overview.slug}/api`, label: "API" });
  return (
    <AppShell
      area="Customer portal"
      title={overview.name}
      nav={nav}
      user={actor}
      timeZone={overview.timeZone}
      brand={brand}
    >
      <UnacknowledgedBreachBanner overview={overview} locale={locale} />
      {children}
    </AppShell>
  );
}

/**
 * While breach notifications await acknowledgement, every portal page says so (B1, B4): how many in all,
 * and the newest ones first (the newest is the one that matters most), with a link to all of them.
 */
function UnacknowledgedBreachBanner({
  overview,
  locale,
}: {
  overview: OrganizationOverview;
  locale: Locale;
}) {
  const { total, newest } = overview.unacknowledgedBreaches;
  if (total === 0) return null;
  const t = (text: Text) => localize(text, locale);
  const all = `/portal/${overview.slug}/breach-notifications`;
  return (
    <div className="mb-6" data-testid="breach-banner">
      <Alert tone="danger" title={t(M.title(total))}>
        <p>{t(M.body)}</p>
        {total > newest.length && <p className="mt-2">{t(M.newest(newest.length, total))}</p>}
        <ul className="mt-2 list-disc pl-5">
          {newest.map((n) => (
            <li key={n.id}>
              <Link className="font-medium underline" href={`${all}/${n.id}`}>
                {n.reference}: <UserText>{n.title}</UserText>
              </Link>{" "}
              <span className="text-sm">
                ({t(M.sent)} <DateTime value={n.sentAt} locale={locale} />)
              </span>
            </li>
          ))}
        </ul>
        {total > newest.length && (
          <p className="mt-2">
            <Link className="font-medium underline" href={all}>
              {t(M.seeAll(total))}
            </Link>
          </p>
        )}
      </Alert>
    </div>
  );
}
