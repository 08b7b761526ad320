import { ActionButton } from "@/app/_components/action-button";
import { Badge, Card, DataTable, DateTime, Dialog, EmptyState, UserText } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import type { WebhookDeliverySummary, WebhookEndpointSummary } from "@/lib/webhooks/list-endpoints";
import { WEBHOOK_PAGE_MESSAGES as M } from "./messages";
import { deleteEndpointAction, enableEndpointAction, sendTestEventAction } from "./webhook-actions";

const STATUS_TONE = { PENDING: "warning", DELIVERED: "success", FAILED: "danger" } as const;

/** Each endpoint: its URL and events, its state, its buttons and its delivery log. */
export function EndpointList({
  organization,
  endpoints,
  locale,
}: {
  organization: string;
  endpoints: WebhookEndpointSummary[];
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  if (endpoints.length === 0)
    return <EmptyState headingLevel={3} title={t(M.emptyTitle)} description={t(M.emptyDescription)} />;
  return (
    <div className="space-y-6">
      {endpoints.map((endpoint) => (
        <Endpoint key={endpoint.id} organization={organization} endpoint={endpoint} locale={locale} />
      ))}
    </div>
  );
}

function Endpoint({
  organization,
  endpoint,
  locale,
}: {
  organization: string;
  endpoint: WebhookEndpointSummary;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  const fields = { slug: organization, endpointId: endpoint.id };
  return (
    // A long URL breaks anywhere rather than widening the page on a phone.
    <div className="[overflow-wrap:anywhere]">
      <Card title={endpoint.url} headingLevel={3}>
        <div className="space-y-4 text-sm text-gray-700">
          <p className="flex flex-wrap items-center gap-2">
            {endpoint.disabledAt ? (
              <Badge tone="danger">{t(M.disabledByFailures(endpoint.consecutiveFailures))}</Badge>
            ) : (
              <Badge tone="success">{t(M.active)}</Badge>
            )}
            {endpoint.eventTypes.map((type) => (
              <code key={type} className="text-xs">
                {type}
              </code>
            ))}
          </p>
          <p>
            {t(M.addedBy)} <UserText>{endpoint.createdBy}</UserText>, {time(endpoint.createdAt)}
          </p>
          <div className="flex flex-wrap items-start gap-2">
            {endpoint.disabledAt ? (
              <ActionButton action={enableEndpointAction} fields={fields} label={t(M.enable)} />
            ) : (
              <ActionButton
                action={sendTestEventAction}
                fields={fields}
                label={t(M.sendTest)}
                pendingLabel={t(M.sending)}
              />
            )}
            <Dialog
              triggerLabel={t(M.remove)}
              triggerVariant="ghost"
              title={t(M.removeTitle)}
              closeLabel={t(M.cancel)}
            >
              <div className="space-y-4 text-sm text-gray-700">
                <p className="[overflow-wrap:anywhere]">
                  <UserText>{endpoint.url}</UserText>
                </p>
                <p>{t(M.removeBody)}</p>
                <ActionButton
                  action={deleteEndpointAction}
                  fields={fields}
                  label={t(M.removeConfirm)}
                  variant="danger"
                />
              </div>
            </Dialog>
          </div>
          <DeliveryLog deliveries={endpoint.deliveries} locale={locale} />
        </div>
      </Card>
    </div>
  );
}

function DeliveryLog({ deliveries, locale }: { deliveries: WebhookDeliverySummary[]; locale: Locale }) {
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  return (
    <DataTable
      caption={t(M.log)}
      headingLevel={3}
      rows={deliveries}
      rowKey={(d) => d.id}
      empty={{ title: t(M.logEmpty), description: t(M.logEmptyDescription) }}
      columns={[
        {
          header: t(M.event),
          rowHeader: true,
          cell: (d) => (
            <span>
              <code className="text-xs">{d.eventType}</code>
              <span className="block text-xs text-gray-600 [overflow-wrap:anywhere]">{d.messageId}</span>
            </span>
          ),
        },
        { header: t(M.queuedAt), cell: (d) => time(d.createdAt) },
        {
          header: t(M.status),
          className: "whitespace-nowrap",
          cell: (d) => <Badge tone={STATUS_TONE[d.status]}>{t(M.statusLabels[d.status])}</Badge>,
        },
        {
          header: t(M.answer),
          cell: (d) =>
            d.lastStatusCode !== null ? (
              `HTTP ${d.lastStatusCode}`
            ) : d.lastError ? (
              <span className="[overflow-wrap:anywhere]">{d.lastError}</span>
            ) : (
              t(M.noAnswer)
            ),
        },
        { header: t(M.attempts), className: "whitespace-nowrap", cell: (d) => String(d.attempts) },
        { header: t(M.nextAttempt), cell: (d) => (d.nextAttemptAt ? time(d.nextAttemptAt) : "—") },
      ]}
    />
  );
}
