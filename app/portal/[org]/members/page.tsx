import type { Metadata } from "next";
import { Badge, Card, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_components/guard";
import { listPendingInvitations } from "@/lib/organizations/invitations";
import { getMembersView } from "@/lib/organizations/members";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/role-labels";
import { InviteForm } from "./invite-form";
import { MemberRoleForm } from "./member-role-form";
import { PendingInvitations } from "./pending-invitations";
import { RemoveMember } from "./remove-member";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const view = await guardPage(() => getMembersView(org));
  const invitations = view.canManage ? await guardPage(() => listPendingInvitations(org)) : [];
  const roles = view.assignableRoles.map((value) => ({ value, label: CUSTOMER_ROLE_LABELS[value] }));
  const { members } = view;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Members"
        description="People from your organisation who can sign in to this portal."
      />
      {view.canManage && (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Invite a member">
            <InviteForm organization={view.organization.slug} roles={roles} />
          </Card>
          <Card title="Pending invitations">
            <PendingInvitations invitations={invitations} />
          </Card>
        </div>
      )}
      {members.length === 0 ? (
        <EmptyState
          title="No members yet"
          description="Ask your organisation's owner to invite colleagues."
        />
      ) : (
        <Table caption="Members of this organisation" hideCaption>
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Member since</Th>
              {view.canManage && <Th>Manage</Th>}
            </Tr>
          </THead>
          <TBody>
            {members.map((m) => (
              <Tr key={m.id}>
                <Td>
                  {m.name}
                  {m.isViewer && <span className="text-gray-600"> (you)</span>}
                </Td>
                <Td>{m.email}</Td>
                <Td>
                  <Badge>{CUSTOMER_ROLE_LABELS[m.role]}</Badge>
                </Td>
                <Td>
                  <DateTime value={m.since} />
                </Td>
                {view.canManage && (
                  <Td>
                    {m.manageable ? (
                      <div className="flex flex-wrap items-start gap-2">
                        <MemberRoleForm membershipId={m.id} role={m.role} roles={roles} memberName={m.name} />
                        <RemoveMember
                          membershipId={m.id}
                          memberName={m.name}
                          organizationName={view.organization.name}
                          isViewer={m.isViewer}
                        />
                      </div>
                    ) : (
                      <span className="text-sm text-gray-600">Only an owner can change an owner.</span>
                    )}
                  </Td>
                )}
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
