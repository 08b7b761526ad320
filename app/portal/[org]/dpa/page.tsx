import Link from "next/link";
import {
  Alert,
  Badge,
  Card,
  DataTable,
  DateTime,
  DefinitionList,
  Markdown,
  PageHeader,
  UserText,
} from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { DiffLines } from "@/app/(public)/[locale]/[policy]/_views/diff-lines";
import { DOCUMENT_WORDS } from "@/app/(public)/[locale]/[policy]/messages";
import { DpaParticularsSection } from "@/app/_components/dpa-particulars";
import { dpaPortalView } from "@/lib/dpa/portal-view";
import type { DpaState } from "@/lib/dpa/status";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { formatCalendarDate } from "@/lib/i18n/format";
import { localize, type Text } from "@/lib/i18n/text";
import { buildTextDiff } from "@/lib/trust/policies/diff-model";
import { AcceptDpaForm } from "./accept-form";
import { DPA_PAGE_MESSAGES as M } from "./messages";
import { SignatoriesCard } from "./signatories-card";

export const generateMetadata = localizedTitle(M.title);

const TONES: Record<DpaState, BadgeTone> = {
  current: "success",
  pending: "warning",
  negotiated: "info",
  none: "neutral",
};

/**
 * The organisation's DPA (GDPR.md D3; ADR 0029): where it stands; a negotiated DPA to download; the
 * acceptances with their signed receipts and the signatories (near the top: the text below is long); then the
 * current version — the acceptance form for owners, admins and signatories, what changed since the version
 * accepted, the particulars, the text.
 */
export default async function DpaPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { ctx, view } = await loadPage(async (ctx) => ({ ctx, view: await dpaPortalView(ctx, org) }));
  const locale = ctx.locale;
  const t = (text: Text) => localize(text, locale);
  const { status, text, previous, negotiated } = view;
  const base = `/portal/${view.slug}/dpa`;
  const diff = text && previous ? buildTextDiff(previous.body, text.body) : null;
  const words = DOCUMENT_WORDS[locale];
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <Card title={t(M.status)} headingLevel={2}>
        <DefinitionList
          items={[
            {
              term: t(M.status),
              description: (
                <span data-testid="dpa-state">
                  <Badge tone={TONES[status.state]}>{t(M.states[status.state])}</Badge>
                </span>
              ),
            },
            ...(status.current
              ? [
                  {
                    term: t(M.currentVersion),
                    description: t(
                      M.versionLine(
                        status.current.version,
                        formatCalendarDate(locale, status.current.effectiveDate),
                      ),
                    ),
                  },
                  {
                    term: t(M.contentHash),
                    description: (
                      <span className="font-mono text-xs break-all">{status.current.contentHash}</span>
                    ),
                  },
                ]
              : []),
            ...(status.bound?.kind === "standard"
              ? [
                  {
                    term: t(M.acceptedVersion),
                    description: (
                      <span>
                        {t(M.acceptedLine(status.bound.version))},{" "}
                        <DateTime value={status.bound.acceptedAt} locale={locale} /> {t(M.by)}{" "}
                        <UserText>{status.bound.signatoryName}</UserText> (
                        <UserText>{status.bound.signatoryTitle}</UserText>)
                      </span>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {negotiated && (
        <Card title={t(M.negotiatedTitle)} headingLevel={2}>
          <div className="space-y-3">
            <p className="text-sm text-gray-700">{t(M.negotiatedIntro)}</p>
            <DefinitionList
              items={[
                { term: t(M.title), description: <UserText>{negotiated.title}</UserText> },
                {
                  term: t(M.effectiveFrom),
                  description: formatCalendarDate(locale, negotiated.effectiveDate),
                },
                {
                  term: t(M.sha256),
                  description: <span className="font-mono text-xs break-all">{negotiated.sha256}</span>,
                },
              ]}
            />
            <a className="font-medium text-brand-700 underline" href={`${base}/negotiated/${negotiated.id}`}>
              {t(M.download)}
            </a>
          </div>
        </Card>
      )}

      {view.acceptances && (
        <DataTable
          caption={t(M.historyTitle)}
          rows={view.acceptances}
          rowKey={(row) => row.id}
          rowTestId="dpa-acceptance"
          headingLevel={2}
          empty={{ title: t(M.historyEmpty), description: "" }}
          columns={[
            { header: t(M.columns.version), cell: (row) => row.version, rowHeader: true },
            {
              header: t(M.columns.acceptedAt),
              cell: (row) => <DateTime value={row.acceptedAt} locale={locale} />,
            },
            {
              header: t(M.columns.signatory),
              cell: (row) => (
                <span>
                  <UserText>{row.signatoryName}</UserText> (<UserText>{row.signatoryTitle}</UserText>),{" "}
                  {row.email}
                </span>
              ),
            },
            {
              header: t(M.columns.receipt),
              cell: (row) => (
                <span className="space-x-3">
                  <a className="text-brand-700 underline" href={`${base}/receipts/${row.id}/pdf`}>
                    {t(M.receiptPdf)}
                  </a>
                  <a className="text-brand-700 underline" href={`${base}/receipts/${row.id}/json`}>
                    {t(M.receiptJson)}
                  </a>
                </span>
              ),
            },
          ]}
        />
      )}

      {view.members && <SignatoriesCard slug={view.slug} locale={locale} members={view.members} />}

      {text && status.state !== "negotiated" && (
        <>
          {status.state === "pending" && (
            <Card title={t(M.acceptTitle(text.version))} headingLevel={2}>
              {view.canAccept ? (
                <AcceptDpaForm
                  slug={view.slug}
                  locale={locale}
                  versionId={text.id}
                  contentHash={text.contentHash}
                  organization={ctx.actor.memberships.find((m) => m.slug === view.slug)?.name ?? view.slug}
                />
              ) : (
                <Alert tone="info">{t(M.cannotAccept)}</Alert>
              )}
            </Card>
          )}
          {diff && previous && (
            <section aria-labelledby="dpa-diff" className="space-y-3">
              <h2 id="dpa-diff" className="text-lg font-semibold text-gray-900">
                {t(M.diffTitle(previous.version, text.version))}
              </h2>
              <p className="text-sm text-gray-700" data-testid="dpa-diff-summary">
                {diff.identical ? words.identical : words.diffSummary(diff.addedLines, diff.removedLines)}
              </p>
              {!diff.identical && (
                <DiffLines diff={diff} words={words} textLang={locale === "en" ? undefined : "en"} />
              )}
            </section>
          )}
          {text.particulars && (
            <DpaParticularsSection
              locale={locale}
              textLocale="en"
              particulars={text.particulars}
              body={text.body}
            />
          )}
          <section aria-labelledby="dpa-text" className="space-y-3">
            <h2 id="dpa-text" className="text-lg font-semibold text-gray-900">
              {t(M.textTitle(text.version))}
            </h2>
            <p className="text-sm text-gray-700">
              {t(M.bindingNote)}{" "}
              <Link className="text-brand-700 underline" href="/de/dpa">
                {t(M.translationLink)}
              </Link>
            </p>
            <div
              lang={locale === "en" ? undefined : "en"}
              className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6"
            >
              <Markdown source={text.body} linkLocale={locale} />
            </div>
          </section>
        </>
      )}
    </div>
  );
}
