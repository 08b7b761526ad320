import { ActionButton } from "@/app/_components/action-button";
import { Badge, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { listMySessions } from "@/lib/auth/sessions/my-sessions";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { SESSIONS_MESSAGES as M } from "../messages";
import { revokeOtherSessionsAction, revokeSessionAction } from "./actions";

export const generateMetadata = localizedTitle(M.title);

export default async function SessionsPage() {
  const { sessions, locale } = await loadPage(async (ctx) => ({
    sessions: await listMySessions(ctx),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t(M.title)}
        description={t(M.description)}
        actions={
          sessions.length > 1 && (
            <ActionButton action={revokeOtherSessionsAction} label={t(M.signOutOthers)} variant="danger" />
          )
        }
      />
      {/* On a phone each session is a stack of labelled lines: nothing scrolls sideways. */}
      <DataTable
        caption={t(M.caption)}
        hideCaption
        headingLevel={2}
        rows={sessions}
        rowKey={(s) => s.id}
        rowTestId="session-row"
        columns={[
          {
            header: t(M.device),
            rowHeader: true,
            cell: (s) => (
              <>
                {s.device} {s.current && <Badge tone="success">{t(M.thisDevice)}</Badge>}
              </>
            ),
          },
          { header: t(M.ip), cell: (s) => <span className="font-mono text-sm">{s.ip ?? "—"}</span> },
          { header: t(M.method), cell: (s) => t(M.methods[s.method]) },
          { header: t(M.signedIn), cell: (s) => <DateTime value={s.createdAt} locale={locale} /> },
          { header: t(M.lastActive), cell: (s) => <DateTime value={s.lastSeenAt} locale={locale} /> },
        ]}
        rowActions={(s) => (
          <ActionButton
            action={revokeSessionAction}
            fields={{ sessionId: s.id }}
            label={t(s.current ? M.signOut : M.revoke)}
            variant="ghost"
          />
        )}
        actionsLabel={t(M.actions)}
        empty={{ title: t(M.caption), description: t(M.description) }}
      />
    </div>
  );
}
