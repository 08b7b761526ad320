import Link from "next/link";
import { Alert, Badge, Card, DateTime, DefinitionList, PageHeader, UserText } from "@/app/_ui";
import type { BadgeTone } from "@/app/_ui/badge";
import { ReauthCard } from "@/app/account/security/reauth-card";
import { closureView } from "@/lib/account-closure/closure-view";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import type { AccountClosureStatus } from "@/lib/generated/prisma/enums";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { CancelClosureForm } from "./cancel-form";
import { CLOSURE_PAGE_MESSAGES as M } from "./messages";
import { RequestClosureForm } from "./request-form";

export const generateMetadata = localizedTitle(M.title);

const TONES: Record<AccountClosureStatus, BadgeTone> = {
  SCHEDULED: "warning",
  HELD: "info",
  DELETING: "danger",
  COMPLETED: "neutral",
  CANCELLED: "neutral",
};

/**
 * Closing the organisation's account (D4; org.closure.manage: owners): what return and deletion mean, the
 * request (after a recent re-authentication), and while it runs its dates, state and the cancel button.
 */
export default async function ClosurePage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { ctx, view } = await loadPage(async (ctx) => ({ ctx, view: await closureView(ctx, org) }));
  const locale = ctx.locale;
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  const current = view.current;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      {current ? (
        <Card title={t(M.currentTitle)} headingLevel={2}>
          <div className="space-y-4">
            <DefinitionList
              items={[
                { term: t(M.reference), description: <span className="font-mono">{current.reference}</span> },
                {
                  term: t(M.status),
                  description: <Badge tone={TONES[current.status]}>{t(M.statuses[current.status])}</Badge>,
                },
                { term: t(M.chosen), description: t(M.choices[current.choice]) },
                {
                  term: t(M.requestedAt),
                  description: (
                    <span>
                      {time(current.requestedAt)} {t(M.by)} <UserText>{current.requestedBy}</UserText>
                    </span>
                  ),
                },
                { term: t(M.deleteAfter), description: time(current.deleteAfter) },
                { term: t(M.deleteBy), description: time(current.deleteBy) },
              ]}
            />
            {current.heldBy && <Alert tone="info">{t(M.held(current.heldBy))}</Alert>}
            <p className="text-sm">
              <Link href={`/portal/${view.slug}/export`} className="font-medium text-brand-700 underline">
                {t(M.exportLink)}
              </Link>
            </p>
            {current.cancellable ? (
              <CancelClosureForm slug={view.slug} locale={locale} />
            ) : (
              <p className="text-sm text-gray-700">{t(M.notCancellable)}</p>
            )}
          </div>
        </Card>
      ) : (
        <>
          <ReauthCard ctx={ctx} purpose={t(M.reauthPurpose)} />
          {hasRecentReauth(ctx.actor, ctx.clock) && (
            <Card title={t(M.formTitle)} headingLevel={2}>
              <RequestClosureForm slug={view.slug} locale={locale} windows={view.windows} />
            </Card>
          )}
        </>
      )}
    </div>
  );
}
