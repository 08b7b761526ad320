import { ActionButton } from "@/app/_components/action-button";
import { DataTable, DateTime } from "@/app/_ui";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import type { PendingInvitation } from "@/lib/organizations/pending-invitations";
import { revokeInvitationAction } from "./actions";

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  return (
    <DataTable
      caption="Pending invitations"
      hideCaption
      rows={invitations}
      rowKey={(i) => i.id}
      columns={[
        { header: "Email", cell: (i) => i.email },
        { header: "Role", cell: (i) => CUSTOMER_ROLE_LABELS[i.role] },
        { header: "Sent", cell: (i) => <DateTime value={i.createdAt} /> },
        { header: "Expires", cell: (i) => <DateTime value={i.expiresAt} /> },
      ]}
      rowActions={(i) => (
        <ActionButton
          action={revokeInvitationAction}
          fields={{ invitationId: i.id }}
          label="Revoke"
          variant="ghost"
        />
      )}
      empty={{
        title: "No pending invitations",
        description: "Invitations you send appear here until they are accepted or expire.",
      }}
    />
  );
}
