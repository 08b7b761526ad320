import { Badge, Card, DataTable, DateTime, PageHeader, UserText, type DataTableColumn } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { getMembersView, type ManagedMember } from "@/lib/organizations/members";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { listPendingInvitations } from "@/lib/organizations/pending-invitations";
import { InviteForm } from "./invite-form";
import { MemberRoleForm } from "./member-role-form";
import { MEMBERS_MESSAGES as M } from "./messages";
import { PendingInvitations } from "./pending-invitations";
import { RemoveMember } from "./remove-member";

export const generateMetadata = localizedTitle(M.title);

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { view, invitations, locale } = await loadPage(async (ctx) => {
    const view = await getMembersView(ctx, org);
    return {
      view,
      invitations: view.canManage ? await listPendingInvitations(ctx, org) : [],
      locale: ctx.locale,
    };
  });
  const t = (text: Text) => localize(text, locale);
  const roles = view.assignableRoles.map((value) => ({ value, label: t(CUSTOMER_ROLE_LABELS[value]) }));
  const columns: DataTableColumn<ManagedMember>[] = [
    {
      header: t(M.name),
      cell: (m) => (
        <>
          <UserText>{m.name}</UserText>
          {m.isViewer && <span className="text-gray-600"> {t(M.you)}</span>}
        </>
      ),
    },
    { header: t(M.email), cell: (m) => m.email },
    { header: t(M.role), cell: (m) => <Badge>{t(CUSTOMER_ROLE_LABELS[m.role])}</Badge> },
    { header: t(M.since), cell: (m) => <DateTime value={m.since} locale={locale} /> },
  ];
  // A visible "Manage" column (not DataTable's screen-reader-only actions header): it also explains
  // why an owner's row has no controls for admins.
  if (view.canManage)
    columns.push({
      header: t(M.manage),
      cell: (m) =>
        m.manageable ? (
          <div className="flex flex-wrap items-start gap-2">
            <MemberRoleForm
              membershipId={m.id}
              role={m.role}
              roles={roles}
              memberName={m.name}
              locale={locale}
            />
            <RemoveMember
              membershipId={m.id}
              memberName={m.name}
              organizationName={view.organization.name}
              isViewer={m.isViewer}
              locale={locale}
            />
          </div>
        ) : (
          <span className="text-sm text-gray-600">{t(M.ownerOnly)}</span>
        ),
    });
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      {/* One above the other: the pending invitations' table needs the page's width (German roles are long). */}
      {view.canManage && (
        <div className="space-y-6">
          <Card title={t(M.inviteTitle)}>
            <div className="max-w-2xl">
              <InviteForm organization={view.organization.slug} roles={roles} locale={locale} />
            </div>
          </Card>
          <Card title={t(M.pendingTitle)}>
            <PendingInvitations invitations={invitations} locale={locale} />
          </Card>
        </div>
      )}
      <DataTable
        caption={t(M.caption)}
        hideCaption
        rows={view.members}
        rowKey={(m) => m.id}
        columns={columns}
        empty={{ title: t(M.emptyTitle), description: t(M.emptyDescription) }}
        headingLevel={2}
      />
    </div>
  );
}
