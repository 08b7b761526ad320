import { Badge, DataTable, DateTime, UserText } from "@/app/_ui";
import type { ApiKeySummary } from "@/lib/api/keys/manage-keys";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { API_KEY_PAGE_MESSAGES as M } from "./messages";
import { RevokeKey } from "./revoke-key";

/** The organisation's keys: name, scopes, the first characters, who created it, last use, revoke. */
export function KeyList({
  organization,
  keys,
  locale,
  documentation,
}: {
  organization: string;
  keys: ApiKeySummary[];
  locale: Locale;
  documentation: React.ReactNode;
}) {
  const t = (text: Text) => localize(text, locale);
  const time = (value: Date) => <DateTime value={value} locale={locale} />;
  return (
    <DataTable
      caption={t(M.keysCaption)}
      hideCaption
      headingLevel={3}
      rows={keys}
      rowKey={(k) => k.id}
      empty={{
        title: t(M.emptyTitle),
        description: (
          <>
            <span className="block">{t(M.emptyDescription)}</span>
            <span className="mt-2 block">{documentation}</span>
          </>
        ),
      }}
      columns={[
        { header: t(M.name), rowHeader: true, cell: (k) => <UserText>{k.name}</UserText> },
        { header: t(M.scopes), cell: (k) => k.scopes.join(", ") },
        { header: t(M.key), cell: (k) => <code className="text-xs">{k.prefix}…</code> },
        {
          header: t(M.created_),
          cell: (k) => (
            <span>
              {time(k.createdAt)} {t(M.by)} <UserText>{k.createdBy}</UserText>
            </span>
          ),
        },
        { header: t(M.lastUsed), cell: (k) => (k.lastUsedAt ? time(k.lastUsedAt) : t(M.never)) },
        {
          header: t(M.status),
          cell: (k) =>
            k.revokedAt ? (
              <span>
                <Badge tone="neutral">{t(M.revokedAt)}</Badge> {time(k.revokedAt)}
              </span>
            ) : (
              <Badge tone="success">{t(M.active)}</Badge>
            ),
        },
      ]}
      rowActions={(k) =>
        k.revokedAt ? null : (
          <RevokeKey organization={organization} keyId={k.id} name={k.name} locale={locale} />
        )
      }
      actionsLabel={t(M.actions)}
    />
  );
}
