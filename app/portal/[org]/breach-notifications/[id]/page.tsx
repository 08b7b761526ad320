import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Alert, Badge, buttonClassName, Card, DateTime, DefinitionList, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getBreachNotification, type NotificationDetail } from "@/lib/incidents/notifications/detail";
import { NOTIFICATION_MESSAGES } from "@/lib/incidents/notifications/messages";
import { NOTICE_ITEMS } from "@/lib/incidents/notices/items";
import { acknowledgeNotificationAction } from "../actions";
import { AuthorityForm } from "./authority-form";

export const metadata: Metadata = { title: "Breach notification" };

export default async function BreachNotificationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const detail = await loadPage((ctx) => getBreachNotification(ctx, org, id));
  const base = `/portal/${detail.organization.slug}/breach-notifications/${detail.id}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${detail.incident.reference}: ${detail.incident.title}`}
        description={
          <>
            First delivered to your organisation at <DateTime value={detail.firstDeliveredAt} />.
          </>
        }
        actions={
          <div className="flex gap-2">
            <a
              href={`${base}/evidence.pdf`}
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              Evidence pack (PDF)
            </a>
            <a
              href={`${base}/evidence.json`}
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              Evidence pack (JSON)
            </a>
          </div>
        }
      />
      <Acknowledgement detail={detail} />
      <AuthorityClock detail={detail} />
      {detail.dataSubjects && <DataSubjects detail={detail} />}
      <Card title="Contact point">
        <p className="text-sm">{detail.contactPoint ?? NOTIFICATION_MESSAGES.notYetKnown}</p>
        {detail.processorContact && (
          <p className="mt-2 text-sm text-gray-700">
            {detail.processorContact.name}: data protection officer {detail.processorContact.dpoName} (
            {detail.processorContact.dpoEmail}), security team {detail.processorContact.securityEmail}.
          </p>
        )}
      </Card>
      <section aria-labelledby="phases-heading" className="space-y-4">
        <h2 id="phases-heading" className="text-lg font-semibold">
          Notification phases
        </h2>
        {detail.phases.map((phase) => (
          <Card key={phase.number} title={`Phase ${phase.number}`} headingLevel={3}>
            <p className="text-sm text-gray-700">
              Sent at <DateTime value={phase.sentAt} />
            </p>
            {phase.summary && <p className="mt-2 text-sm">{phase.summary}</p>}
            <DefinitionList
              layout="stacked"
              className="mt-3"
              items={NOTICE_ITEMS.map((item) => {
                const value = phase.items[item.key];
                return {
                  key: item.key,
                  term: item.label,
                  description:
                    value === null ? (
                      NOTIFICATION_MESSAGES.notYetKnown
                    ) : (
                      <span className="whitespace-pre-line">{value}</span>
                    ),
                  muted: value === null,
                };
              })}
            />
          </Card>
        ))}
      </section>
    </div>
  );
}

function Acknowledgement({ detail }: { detail: NotificationDetail }) {
  if (detail.acknowledgement) {
    return (
      <Alert tone="success" title="Acknowledged">
        Acknowledged by {detail.acknowledgement.byName ?? NOTIFICATION_MESSAGES.aMember} at{" "}
        <DateTime value={detail.acknowledgement.at} />.
      </Alert>
    );
  }
  return (
    <Card title="Acknowledgement">
      <p className="mb-3 text-sm">
        <Badge tone="danger">Awaiting acknowledgement</Badge> Acknowledging tells your processor that your
        organisation has received this notification.
      </p>
      {detail.canRespond ? (
        <ActionButton
          action={acknowledgeNotificationAction}
          fields={{ slug: detail.organization.slug, notificationId: detail.id }}
          label="Acknowledge this notification"
          pendingLabel="Acknowledging…"
          variant="primary"
        />
      ) : (
        <p className="text-sm text-gray-700">
          An owner, admin or privacy officer of your organisation can acknowledge it.
        </p>
      )}
    </Card>
  );
}

function AuthorityClock({ detail }: { detail: NotificationDetail }) {
  const { clock, authority } = detail;
  return (
    <Card title="Your 72-hour clock to your supervisory authority">
      <p className="text-sm">
        Started when this notification first reached you (<DateTime value={clock.startedAt} />
        ). Deadline: <DateTime value={clock.deadlineAt} />{" "}
        {authority.notifiedAt ? (
          <Badge tone="success">Authority notified</Badge>
        ) : (
          <Badge tone={clock.overdue ? "danger" : "warning"}>{clock.label}</Badge>
        )}
      </p>
      {authority.notifiedAt && (
        <p className="mt-2 text-sm">
          Authority notified at <DateTime value={authority.notifiedAt} />
          {authority.reference && <>, reference {authority.reference}</>}.
        </p>
      )}
      {detail.canRespond && (
        <div className="mt-4">
          <AuthorityForm
            slug={detail.organization.slug}
            notificationId={detail.id}
            notifiedAt={authority.notifiedAt ? authority.notifiedAt.toISOString().slice(0, 16) : ""}
            reference={authority.reference}
            delayReason={authority.delayReason}
          />
        </div>
      )}
    </Card>
  );
}

function DataSubjects({ detail }: { detail: NotificationDetail }) {
  const communication = detail.dataSubjects!;
  return (
    <Card title="Informing data subjects (Art. 34)">
      <p className="mb-2 text-sm">
        This breach is likely to result in a high risk to the people whose data is affected.
      </p>
      {communication.kind === "text" && (
        <>
          <p className="text-sm font-medium">Plain-language text for data subjects:</p>
          <p className="mt-1 whitespace-pre-line rounded border border-gray-300 bg-gray-50 p-3 text-sm">
            {communication.text}
          </p>
        </>
      )}
      {communication.kind === "exemption" && (
        <p className="text-sm">
          Exemption recorded: {NOTIFICATION_MESSAGES.art34Exemptions[communication.exemption]}. Justification:{" "}
          {communication.justification}
        </p>
      )}
      {communication.kind === "pending" && (
        <p className="text-sm">The text for data subjects is being prepared and will follow.</p>
      )}
    </Card>
  );
}
