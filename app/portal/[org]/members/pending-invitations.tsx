import { ActionButton } from "@/app/_components/action-button";
import { DataTable, DateTime } from "@/app/_ui";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import type { PendingInvitation } from "@/lib/organizations/pending-invitations";
import { revokeInvitationAction } from "./actions";
import { MEMBERS_MESSAGES as M } from "./messages";

export function PendingInvitations({
  invitations,
  locale,
}: {
  invitations: PendingInvitation[];
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  return (
    <DataTable
      caption={t(M.pendingTitle)}
      hideCaption
      rows={invitations}
      rowKey={(i) => i.id}
      columns={[
        { header: t(M.email), cell: (i) => i.email },
        { header: t(M.role), cell: (i) => t(CUSTOMER_ROLE_LABELS[i.role]) },
        { header: t(M.sent), cell: (i) => <DateTime value={i.createdAt} locale={locale} /> },
        { header: t(M.expires), cell: (i) => <DateTime value={i.expiresAt} locale={locale} /> },
      ]}
      rowActions={(i) => (
        <ActionButton
          action={revokeInvitationAction}
          fields={{ invitationId: i.id }}
          label={t(M.revoke)}
          variant="ghost"
        />
      )}
      actionsLabel={t(M.actions)}
      empty={{ title: t(M.pendingEmptyTitle), description: t(M.pendingEmptyDescription) }}
    />
  );
}
