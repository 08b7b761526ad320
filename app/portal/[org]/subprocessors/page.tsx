import { Alert, Badge, Card, DataTable, DateTime, DefinitionList, PageHeader, UserText } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import type { SubprocessorNoticeStatus } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { formatCalendarDate } from "@/lib/i18n/format";
import { localize, type Text } from "@/lib/i18n/text";
import type { AuthorisationState } from "@/lib/subprocessor-notices/authorised-at";
import { NOTICE_STATUS_LABELS, OBJECTION_OUTCOME_LABELS } from "@/lib/subprocessor-notices/messages";
import { portalSubprocessorsView } from "@/lib/subprocessor-notices/portal-view";
import { countryName } from "@/lib/trust/subprocessors/country";
import { transferMechanismLabel } from "@/lib/trust/subprocessors/transfer-mechanisms";
import { AnswerForm } from "./answer-form";
import { SUBPROCESSOR_PAGE_MESSAGES as M } from "./messages";

export const generateMetadata = localizedTitle(M.title);

const STATE_TONES: Record<AuthorisationState, BadgeTone> = {
  authorised: "success",
  window_open: "info",
  objected: "warning",
  awaiting_approval: "warning",
  refused: "danger",
};

const STATUS_TONES: Record<SubprocessorNoticeStatus, BadgeTone> = {
  NOTIFIED: "info",
  OBJECTED: "warning",
  ACCEPTED: "success",
  DEEMED_ACCEPTED: "success",
  APPROVED: "success",
  REFUSED: "danger",
};

/**
 * The organisation's subprocessors (GDPR.md C1/C2): which apply to it and whether each is authorised, and
 * every notice with its window and answers; owners, admins and privacy officers answer open notices.
 */
export default async function SubprocessorsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const view = await loadPage((ctx) => portalSubprocessorsView(ctx, org));
  const locale = view.ctx.locale;
  const t = (text: Text) => localize(text, locale);
  const pick = (en: string, de: string) => (locale === "de" && de ? de : en);
  const pickList = (en: string[], de: string[]) => (locale === "de" && de.length > 0 ? de : en);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <Alert tone="info">
        {view.mode === "GENERAL" ? t(M.modeGeneral(view.noticeDays)) : t(M.modeSpecific)}
      </Alert>
      {view.closing && <Alert tone="warning">{t(M.closing)}</Alert>}
      <Card title={t(M.appliedTitle)}>
        <DataTable
          caption={t(M.appliedTitle)}
          hideCaption
          rows={view.applied}
          rowKey={(s) => s.subprocessorId}
          empty={{ title: t(M.appliedEmpty), description: t(M.appliedEmptyText) }}
          columns={[
            { header: t(M.name), rowHeader: true, cell: (s) => <UserText>{s.name}</UserText> },
            { header: t(M.activityShort), cell: (s) => <UserText>{pick(s.purpose, s.purposeDe)}</UserText> },
            {
              header: t(M.location),
              cell: (s) => (
                <>
                  <UserText>{s.location}</UserText> ({countryName(s.country, locale)})
                </>
              ),
            },
            {
              header: t(M.transferShort),
              cell: (s) => <UserText>{transferMechanismLabel(s.transferMechanism, locale)}</UserText>,
            },
            {
              header: t(M.status),
              cell: (s) => (
                <span data-testid="applied-status">
                  <Badge tone={STATE_TONES[s.state]}>{t(M.states[s.state])}</Badge>
                </span>
              ),
            },
          ]}
        />
      </Card>
      <section aria-labelledby="notices-heading" className="space-y-4">
        <h2 id="notices-heading" className="text-lg font-semibold text-gray-900">
          {t(M.noticesTitle)}
        </h2>
        {!view.mayRespond && !view.closing && <p className="text-sm text-gray-600">{t(M.readOnly)}</p>}
        {view.notices.length === 0 && (
          <Card>
            <p className="text-sm text-gray-700">
              <strong>{t(M.noticesEmpty)}</strong> {t(M.noticesEmptyText)}
            </p>
          </Card>
        )}
        {view.notices.map((n) => (
          <div key={n.id} data-testid="subprocessor-notice">
            <Card title={`${t(M.changeTypes[n.type])}: ${n.subprocessor.name}`} headingLevel={3}>
              <div className="space-y-4">
                <Badge tone={STATUS_TONES[n.status]}>{t(NOTICE_STATUS_LABELS[n.status])}</Badge>
                <DefinitionList
                  items={[
                    { term: t(M.effective), description: formatCalendarDate(locale, n.effectiveDate) },
                    { term: t(M.notified), description: <DateTime value={n.notifiedAt} locale={locale} /> },
                    ...(n.windowEndsAt
                      ? [
                          {
                            term: t(M.windowEnds),
                            description: <DateTime value={n.windowEndsAt} locale={locale} />,
                          },
                        ]
                      : n.awaitsDelivery
                        ? [{ term: t(M.windowEnds), description: t(M.windowAwaitsDelivery(n.noticeDays)) }]
                        : []),
                    ...(n.replacedName
                      ? [{ term: t(M.replaces), description: <UserText>{n.replacedName}</UserText> }]
                      : []),
                    {
                      term: t(M.activity),
                      description: (
                        <UserText>{pick(n.subprocessor.purpose, n.subprocessor.purposeDe)}</UserText>
                      ),
                    },
                    {
                      term: t(M.categories),
                      description: (
                        <UserText>
                          {pickList(n.subprocessor.dataCategories, n.subprocessor.dataCategoriesDe).join(
                            "; ",
                          )}
                        </UserText>
                      ),
                    },
                    {
                      term: t(M.location),
                      description: (
                        <>
                          <UserText>{n.subprocessor.location}</UserText> (
                          {countryName(n.subprocessor.country, locale)})
                        </>
                      ),
                    },
                    {
                      term: t(M.transfer),
                      description: (
                        <UserText>
                          {transferMechanismLabel(n.subprocessor.transferMechanism, locale)}
                        </UserText>
                      ),
                    },
                  ]}
                />
                {n.history.length > 0 && (
                  <div>
                    <h4 className="text-sm font-medium text-gray-900">{t(M.history)}</h4>
                    <ul className="mt-1 space-y-1 text-sm text-gray-700">
                      {n.history.map((a, index) => (
                        <li key={index} className="[overflow-wrap:anywhere]">
                          <DateTime value={a.at} locale={locale} /> –{" "}
                          {a.outcome
                            ? t(OBJECTION_OUTCOME_LABELS[a.outcome])
                            : t(NOTICE_STATUS_LABELS[a.status])}{" "}
                          ({a.byName === null ? t(M.byProvider) : <UserText>{a.byName}</UserText>})
                          {a.text && (
                            <>
                              : <UserText>{a.text}</UserText>
                            </>
                          )}
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
                {n.answers.length > 0 && (
                  <AnswerForm
                    slug={view.slug}
                    noticeId={n.id}
                    name={n.subprocessor.name}
                    answers={n.answers}
                    locale={locale}
                  />
                )}
              </div>
            </Card>
          </div>
        ))}
      </section>
    </div>
  );
}
