import { ActionButton } from "@/app/_components/action-button";
import {
  Badge,
  buttonClassName,
  Card,
  DateTime,
  DefinitionList,
  PageHeader,
  ReaderTimeZoneName,
  UserText,
} from "@/app/_ui";
import { withoutBidiControls } from "@/lib/text/bidi";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { getBreachNotification, type NotificationDetail } from "@/lib/incidents/notifications/detail";
import { NOTIFICATION_MESSAGES } from "@/lib/incidents/notifications/messages";
import { NOTICE_ITEMS } from "@/lib/incidents/notices/items";
import { acknowledgeNotificationAction } from "../actions";
import { BREACH_DETAIL_MESSAGES as M } from "../messages";
import { AuthorityForm } from "./authority-form";

export const generateMetadata = localizedTitle(M.pageTitle);

type Words = { t: (text: Text) => string; locale: Locale };

/**
 * One breach notification: what happened, when the processor detected it and became aware, its
 * contractual deadline and whether the notice reached you (per address) at the top; then the phases as
 * sent; then what you record (acknowledgement, your authority notification).
 */
export default async function BreachNotificationPage({
  params,
}: {
  params: Promise<{ org: string; id: string }>;
}) {
  const { org, id } = await params;
  const { detail, locale } = await loadPage(async (ctx) => ({
    detail: await getBreachNotification(ctx, org, id),
    locale: ctx.locale,
  }));
  const words: Words = { t: (text) => localize(text, locale), locale };
  const { t } = words;
  const base = `/portal/${detail.organization.slug}/breach-notifications/${detail.id}`;
  const processor = detail.processorContact?.name ?? t(M.yourProcessor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${detail.incident.reference}: ${withoutBidiControls(detail.incident.title)}`}
        description={t(M.notifiedBy(processor))}
        actions={
          <div className="flex flex-wrap gap-2">
            <a
              href={`${base}/evidence.pdf`}
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              {t(M.evidencePdf)}
            </a>
            <a
              href={`${base}/evidence.json`}
              download
              className={buttonClassName({ variant: "secondary", size: "sm" })}
            >
              {t(M.evidenceJson)}
            </a>
          </div>
        }
      />
      <p className="text-sm text-gray-700">
        {t(M.timesIn)} <ReaderTimeZoneName />
      </p>
      <KeyFacts detail={detail} processor={processor} words={words} />
      {detail.dataSubjects && <DataSubjects detail={detail} words={words} />}
      <Card title={t(M.contactPoint)}>
        <p className="text-sm">{detail.contactPoint ?? t(NOTIFICATION_MESSAGES.notYetKnownText)}</p>
        {detail.processorContact && (
          <p className="mt-2 text-sm text-gray-700">{t(M.processorContact(detail.processorContact))}</p>
        )}
      </Card>
      <Phases detail={detail} words={words} />
      <section aria-labelledby="response-heading" className="space-y-4">
        <h2 id="response-heading" className="text-lg font-semibold">
          {t(M.yourResponse)}
        </h2>
        {!detail.acknowledgement && <Acknowledge detail={detail} words={words} />}
        <AuthorityClock detail={detail} words={words} />
      </section>
    </div>
  );
}

function KeyFacts({
  detail,
  processor,
  words,
}: {
  detail: NotificationDetail;
  processor: string;
  words: Words;
}) {
  const { t, locale } = words;
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  const { reached, clock, acknowledgement } = detail;
  const accepted = detail.recipients.filter((r) => r.state.kind === "accepted").length;
  return (
    <Card title={t(M.factsTitle)}>
      <DefinitionList
        items={[
          {
            term: t(M.whatHappened),
            description: (
              <span className="whitespace-pre-line">
                {detail.incident.nature ?? t(NOTIFICATION_MESSAGES.notYetKnownText)}
              </span>
            ),
            muted: detail.incident.nature === null,
          },
          { term: t(M.detected(processor)), description: time(detail.incident.detectedAt) },
          { term: t(M.aware(processor)), description: time(detail.incident.awareAt) },
          {
            term: t(M.processorDeadline),
            description: (
              <span className="flex flex-wrap items-center gap-1">
                {t(M.window(detail.windowHours))} {time(detail.deadlineAt)}
                {reached ? (
                  <Badge tone={reached.inTime ? "success" : "warning"}>
                    {t(reached.inTime ? M.deadlineMet : M.deadlineMissed)}
                  </Badge>
                ) : (
                  <Badge tone="warning">{t(M.deadlineOpen)}</Badge>
                )}
              </span>
            ),
          },
          {
            term: t(M.delivery),
            description: (
              <div className="space-y-2" data-testid="notification-delivery">
                <p>
                  {detail.firstDeliveredAt ? (
                    <>
                      {t(M.deliveredByEmail)} {time(detail.firstDeliveredAt)}.
                    </>
                  ) : reached ? (
                    <>
                      {t(M.reachedByAcknowledgement)} {time(reached.at)}.
                    </>
                  ) : (
                    <>
                      {t(M.publishedOnly)} {time(detail.firstSentAt)}. {t(M.publishedOnlyEnd)}
                    </>
                  )}
                </p>
                {detail.recipients.length > 0 && (
                  <div>
                    <p className="text-gray-700">
                      {t(M.recipients(detail.recipients[0]!.phase))} (
                      {t(M.emailCount(accepted, detail.recipients.length))}):
                    </p>
                    <ul
                      className="mt-1 space-y-0.5"
                      aria-label={t(M.recipients(detail.recipients[0]!.phase))}
                    >
                      {detail.recipients.map((r) => (
                        <li key={r.address} className="break-all">
                          {r.address}:{" "}
                          <Badge
                            tone={
                              r.state.kind === "accepted"
                                ? "success"
                                : r.state.kind === "failed"
                                  ? "danger"
                                  : "warning"
                            }
                          >
                            {t(M.recipientState[r.state.kind])}
                          </Badge>
                          {r.state.kind === "accepted" && <> {time(r.state.at)}</>}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            ),
          },
          {
            term: t(M.acknowledgementTerm),
            description: acknowledgement ? (
              <span>
                {t(M.acknowledgedBy)}{" "}
                {acknowledgement.byName ? (
                  <UserText>{acknowledgement.byName}</UserText>
                ) : (
                  t(NOTIFICATION_MESSAGES.aMemberText)
                )}{" "}
                {t(M.at)} {time(acknowledgement.at)}
              </span>
            ) : (
              <Badge tone="danger">{t(M.awaiting)}</Badge>
            ),
          },
          {
            term: t(M.yourClock),
            description: clock ? (
              <span className="flex flex-wrap items-center gap-1">
                {time(clock.deadlineAt)}
                {detail.authority.notifiedAt ? (
                  <Badge tone="success">{t(M.authorityNotified)}</Badge>
                ) : (
                  <Badge tone={clock.overdue ? "danger" : "warning"}>{t(M.timeLeft(clock.minutes))}</Badge>
                )}
              </span>
            ) : (
              t(M.clockNotStarted)
            ),
          },
        ]}
      />
    </Card>
  );
}

function Phases({ detail, words: { t, locale } }: { detail: NotificationDetail; words: Words }) {
  return (
    <section aria-labelledby="phases-heading" className="space-y-4">
      <h2 id="phases-heading" className="text-lg font-semibold">
        {t(M.phasesTitle)}
      </h2>
      {detail.phases.map((phase) => (
        <Card key={phase.number} title={t(M.phase(phase.number))} headingLevel={3}>
          <p className="text-sm text-gray-700">
            {t(M.sentAt)} <DateTime value={phase.sentAt} locale={locale} />
          </p>
          {phase.summary && <p className="mt-2 text-sm">{phase.summary}</p>}
          <DefinitionList
            layout="stacked"
            className="mt-3"
            items={NOTICE_ITEMS.map((item) => {
              const value = phase.items[item.key];
              return {
                key: item.key,
                term: t(M.noticeItems[item.key]),
                description:
                  value === null ? (
                    t(NOTIFICATION_MESSAGES.notYetKnownText)
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
  );
}

function Acknowledge({ detail, words: { t } }: { detail: NotificationDetail; words: Words }) {
  return (
    <Card title={t(M.acknowledgementTitle)} headingLevel={3}>
      <p className="mb-3 text-sm">
        <Badge tone="danger">{t(M.awaiting)}</Badge> {t(M.acknowledgeExplain)}
      </p>
      {detail.canRespond ? (
        <ActionButton
          action={acknowledgeNotificationAction}
          fields={{ slug: detail.organization.slug, notificationId: detail.id }}
          label={t(M.acknowledgeButton)}
          pendingLabel={t(M.acknowledging)}
          variant="primary"
        />
      ) : (
        <p className="text-sm text-gray-700">{t(M.cannotRespond)}</p>
      )}
    </Card>
  );
}

function AuthorityClock({ detail, words: { t, locale } }: { detail: NotificationDetail; words: Words }) {
  const { clock, authority } = detail;
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  return (
    <Card title={t(M.clockTitle)} headingLevel={3}>
      {clock ? (
        <p className="text-sm">
          {t(M.clockStarted)} ({time(clock.startedAt)}). {t(M.deadline)}: {time(clock.deadlineAt)}{" "}
          {authority.notifiedAt ? (
            <Badge tone="success">{t(M.authorityNotified)}</Badge>
          ) : (
            <Badge tone={clock.overdue ? "danger" : "warning"}>{t(M.timeLeft(clock.minutes))}</Badge>
          )}
        </p>
      ) : (
        <p className="text-sm">{t(M.clockNotStarted)}</p>
      )}
      {authority.notifiedAt && (
        <p className="mt-2 text-sm">
          {t(M.authorityNotifiedAt)} {time(authority.notifiedAt)}
          {authority.timeZone && <> ({t(M.enteredIn(authority.timeZone))})</>}
          {authority.reference && (
            <>
              , {t(M.reference)} {authority.reference}
            </>
          )}
          .
        </p>
      )}
      {detail.canRespond && clock && (
        <div className="mt-4">
          <AuthorityForm
            slug={detail.organization.slug}
            notificationId={detail.id}
            notifiedAt={authority.notifiedAt ? authority.notifiedAt.toISOString() : ""}
            reference={authority.reference}
            delayReason={authority.delayReason}
            locale={locale}
          />
        </div>
      )}
    </Card>
  );
}

function DataSubjects({ detail, words: { t } }: { detail: NotificationDetail; words: Words }) {
  const communication = detail.dataSubjects!;
  return (
    <Card title={t(M.dataSubjectsTitle)}>
      <p className="mb-2 text-sm">{t(M.highRisk)}</p>
      {communication.kind === "text" && (
        <>
          <p className="text-sm font-medium">{t(M.dataSubjectText)}</p>
          <p className="mt-1 whitespace-pre-line rounded border border-gray-300 bg-gray-50 p-3 text-sm">
            {communication.text}
          </p>
        </>
      )}
      {communication.kind === "exemption" && (
        <p className="text-sm">
          {t(M.exemption)} {t(NOTIFICATION_MESSAGES.art34ExemptionTexts[communication.exemption])}.{" "}
          {t(M.justification)} {communication.justification}
        </p>
      )}
      {communication.kind === "pending" && <p className="text-sm">{t(M.dataSubjectsPending)}</p>}
    </Card>
  );
}
