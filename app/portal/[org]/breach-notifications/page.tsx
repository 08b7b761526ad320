import Link from "next/link";
import { Badge, DataTable, DateTime, PageHeader, UserText } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { listBreachNotifications } from "@/lib/incidents/notifications/list";
import { BREACH_LIST_MESSAGES as M } from "./messages";

export const generateMetadata = localizedTitle(M.title);

export default async function BreachNotificationsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { organization, notifications, locale } = await loadPage(async (ctx) => ({
    ...(await listBreachNotifications(ctx, org)),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <DataTable
        caption={t(M.caption)}
        hideCaption
        headingLevel={2}
        rows={notifications}
        rowKey={(n) => n.id}
        empty={{ title: t(M.emptyTitle), description: t(M.emptyDescription) }}
        columns={[
          {
            header: t(M.incident),
            rowHeader: true,
            cell: (n) => (
              <Link
                className="font-medium text-brand-700 underline"
                href={`/portal/${organization.slug}/breach-notifications/${n.id}`}
              >
                {n.reference}: <UserText>{n.title}</UserText>
              </Link>
            ),
          },
          { header: t(M.sent), cell: (n) => time(n.firstSentAt) },
          {
            header: t(M.delivered),
            cell: (n) =>
              n.firstDeliveredAt ? (
                time(n.firstDeliveredAt)
              ) : (
                <Badge tone="warning">{t(M.notDelivered)}</Badge>
              ),
          },
          {
            header: t(M.latestUpdate),
            cell: (n) => (n.latestPhase === null ? "—" : t(M.phase(n.latestPhase))),
          },
          {
            header: t(M.acknowledgement),
            cell: (n) =>
              n.acknowledgedAt ? (
                <span>
                  {t(M.acknowledgedBy)} <UserText>{n.acknowledgedByName}</UserText> {t(M.at)}{" "}
                  {time(n.acknowledgedAt)}
                </span>
              ) : (
                <Badge tone="danger">{t(M.awaiting)}</Badge>
              ),
          },
        ]}
      />
    </div>
  );
}
