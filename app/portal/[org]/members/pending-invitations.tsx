import { ActionButton } from "@/app/_components/action-button";
import { DateTime, EmptyState, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import type { PendingInvitation } from "@/lib/organizations/invitations";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/role-labels";
import { revokeInvitationAction } from "./actions";

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  if (invitations.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="No pending invitations"
        description="Invitations you send appear here until they are accepted or expire."
      />
    );
  }
  return (
    <Table caption="Pending invitations" hideCaption>
      <THead>
        <Tr>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Sent</Th>
          <Th>Expires</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </Tr>
      </THead>
      <TBody>
        {invitations.map((i) => (
          <Tr key={i.id}>
            <Td>{i.email}</Td>
            <Td>{CUSTOMER_ROLE_LABELS[i.role]}</Td>
            <Td>
              <DateTime value={i.createdAt} />
            </Td>
            <Td>
              <DateTime value={i.expiresAt} />
            </Td>
            <Td>
              <ActionButton
                action={revokeInvitationAction}
                fields={{ invitationId: i.id }}
                label="Revoke"
                variant="ghost"
              />
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
