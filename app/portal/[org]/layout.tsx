import type { ReactNode } from "react";
import Link from "next/link";
import { AppShell } from "@/app/_components/app-shell";
import { DateTime, UserText } from "@/app/_ui";
import { customerCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import type { OrganizationOverview } from "@/lib/organizations/portal";
import { providerBranding } from "@/lib/provider/branding";
import { BREACH_BANNER_MESSAGES as M } from "./breach-notifications/messages";
import { loadOrganizationOverview } from "./load-overview";
import { PORTAL_LAYOUT_MESSAGES as L } from "./messages";
import { API_NAV } from "./api/messages";
import { ClosingBanner } from "./closure/closing-banner";
import { CLOSURE_NAV } from "./closure/messages";
import { DpaBanner } from "./dpa/dpa-banner";
import { DPA_NAV } from "./dpa/messages";
import { EXPORT_NAV } from "./export/messages";
import { REQUESTS_NAV } from "./requests/messages";
import { RECORDS_NAV } from "./records/messages";
import { SUBPROCESSORS_NAV } from "./subprocessors/messages";
import { SubprocessorNoticesBanner } from "./subprocessors/notices-banner";
import { PortalBanner } from "./portal-banner";

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
  const t = (text: Text) => localize(text, locale);
  const base = `/portal/${overview.slug}`;
  const nav = [{ href: base, label: t(L.overview) }];
  if (overview.canViewMembers) nav.push({ href: `${base}/members`, label: t(L.members) });
  if (overview.canManageSettings) nav.push({ href: `${base}/settings`, label: t(L.securitySettings) });
  if (overview.canViewBreaches)
    nav.push({ href: `${base}/breach-notifications`, label: t(L.breachNotifications) });
  if (overview.canViewRequests) nav.push({ href: `${base}/requests`, label: t(REQUESTS_NAV) });
  // C1/C2: every member reads which subprocessors apply (org.subprocessors.view); not an API key's session.
  if (!actor.apiKey) nav.push({ href: `${base}/subprocessors`, label: t(SUBPROCESSORS_NAV) });
  if (overview.canManageApi) nav.push({ href: `${base}/api`, label: t(API_NAV) });
  if (overview.canViewAudit) nav.push({ href: `${base}/audit`, label: t(L.auditLog) });
  if (overview.canExport) nav.push({ href: `${base}/export`, label: t(EXPORT_NAV) });
  nav.push({ href: `${base}/dpa`, label: t(DPA_NAV) });
  const membership = actor.memberships.find((m) => m.slug === overview.slug);
  // Art. 30(2): the records of processing, for the roles with org.records.view (ADR 0031).
  if (!actor.apiKey && customerCan(membership?.role, "org.records.view"))
    nav.push({ href: `${base}/records`, label: t(RECORDS_NAV) });
  // D4: owners close the account; while it closes every page says it is read-only.
  const owner = membership?.role === "OWNER" && !actor.apiKey;
  if (owner) nav.push({ href: `${base}/closure`, label: t(CLOSURE_NAV) });
  return (
    <AppShell
      area={t(L.area)}
      title={overview.name}
      nav={nav}
      user={actor}
      timeZone={overview.timeZone}
      brand={brand}
      locale={locale}
    >
      <ClosingBanner
        slug={overview.slug}
        closing={Boolean(membership?.closingSince)}
        owner={owner}
        locale={locale}
      />
      <UnacknowledgedBreachBanner overview={overview} locale={locale} />
      <DpaBanner slug={overview.slug} locale={locale} />
      <SubprocessorNoticesBanner slug={overview.slug} locale={locale} />
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
    <PortalBanner
      testId="breach-banner"
      tone="danger"
      title={t(M.title(total))}
      link={total > newest.length ? { href: all, label: t(M.seeAll(total)) } : undefined}
    >
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
    </PortalBanner>
  );
}
