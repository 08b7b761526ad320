import type { Metadata } from "next";
import { Badge, Card, DataTable, DateTime, PageHeader, UserText, type DataTableColumn } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getMembersView, type ManagedMember } from "@/lib/organizations/members";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { listPendingInvitations } from "@/lib/organizations/pending-invitations";
import { InviteForm } from "./invite-form";
import { MemberRoleForm } from "./member-role-form";
import { PendingInvitations } from "./pending-invitations";
import { RemoveMember } from "./remove-member";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { view, invitations } = await loadPage(async (ctx) => {
    const view = await getMembersView(ctx, org);
    return { view, invitations: view.canManage ? await listPendingInvitations(ctx, org) : [] };
  });
  const roles = view.assignableRoles.map((value) => ({ value, label: CUSTOMER_ROLE_LABELS[value] }));
  const columns: DataTableColumn<ManagedMember>[] = [
    {
      header: "Name",
      cell: (m) => (
        <>
          <UserText>{m.name}</UserText>
          {m.isViewer && <span className="text-gray-600"> (you)</span>}
        </>
      ),
    },
    { header: "Email", cell: (m) => m.email },
    { header: "Role", cell: (m) => <Badge>{CUSTOMER_ROLE_LABELS[m.role]}</Badge> },
    { header: "Member since", cell: (m) => <DateTime value={m.since} /> },
  ];
  // A visible "Manage" column (not DataTable's screen-reader-only actions header): it also explains
  // why an owner's row has no controls for admins.
  if (view.canManage)
    columns.push({
      header: "Manage",
      cell: (m) =>
        m.manageable ? (
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
        ),
    });
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
      <DataTable
        caption="Members of this organisation"
        hideCaption
        rows={view.members}
        rowKey={(m) => m.id}
        columns={columns}
        empty={{
          title: "No members yet",
          description: "Ask your organisation's owner to invite colleagues.",
        }}
        headingLevel={2}
      />
    </div>
  );
}
