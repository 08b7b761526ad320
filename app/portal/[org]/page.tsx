import { Badge, Card, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { loadOrganizationOverview } from "./load-overview";
import { PORTAL_HOME_MESSAGES as M } from "./messages";

export const generateMetadata = localizedTitle(M.title);

export default async function PortalHome({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [overview, locale] = await Promise.all([
    loadOrganizationOverview(org),
    loadPage(async (ctx) => ctx.locale),
  ]);
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={overview.name} description={t(M.description)} />
      <p className="text-sm text-gray-700">
        {t(M.signedInAs)} <Badge tone="info">{t(CUSTOMER_ROLE_LABELS[overview.viewerRole])}</Badge>
      </p>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title={t(M.breachWindowTitle)}>
          <p className="text-2xl font-semibold">{t(M.hours(overview.breachNotificationHours))}</p>
          <p className="text-sm text-gray-600">{t(M.breachWindow)}</p>
        </Card>
        <Card title={t(M.dsrTitle)}>
          <p className="text-2xl font-semibold">{t(M.days(overview.dsrDueDays))}</p>
          <p className="text-sm text-gray-600">{t(M.dsr)}</p>
        </Card>
        <Card title={t(M.membersTitle)}>
          <p className="text-2xl font-semibold">{overview.memberCount}</p>
          <p className="text-sm text-gray-600">{t(M.members)}</p>
        </Card>
      </div>
    </div>
  );
}
