import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, ButtonLink, Card, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { STAFF_ROLE_LABELS } from "@/lib/admin/messages";
import { listUsers } from "@/lib/admin/users";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { grantableStaffRoles } from "@/lib/auth/authorization/staff-rank";
import { loadPage } from "@/lib/http/page";
import { setUserDisabledAction } from "./actions";
import { InviteStaffForm } from "./invite-staff-form";
import { StaffRoleForm } from "./staff-role-form";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { users, actor } = await loadPage(async (ctx) => ({ users: await listUsers(ctx), actor: ctx.actor }));
  const canManage = staffCan(actor.staffRoles, "admin.users.manage");
  const grantable = canManage ? grantableStaffRoles(actor.staffRoles) : [];
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description="Every account that can sign in. Disabling an account ends all of its sessions at once."
      />
      {grantable.length > 0 && (
        <Card title="Invite a colleague">
          <div className="space-y-4">
            <p className="text-sm text-gray-700">
              They get an email with a link that works once, for 7 days. The role is theirs once they accept.
            </p>
            <InviteStaffForm roles={grantable} />
          </div>
        </Card>
      )}
      <DataTable
        caption="All user accounts"
        hideCaption
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: "Name", cell: (u) => u.name },
          { header: "Email", cell: (u) => u.email },
          {
            header: "Type",
            cell: (u) =>
              u.staffRoles.length > 0
                ? `${u.kind} · ${u.staffRoles.map((role) => STAFF_ROLE_LABELS[role]).join(", ")}`
                : u.kind,
          },
          { header: "Organisations", cell: (u) => u.organizations.join(", ") || "—" },
          {
            header: "Two-factor",
            cell: (u) => (u.mfa ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>),
          },
          {
            header: "Last sign-in",
            cell: (u) => (u.lastSignInAt ? <DateTime value={u.lastSignInAt} /> : "Never"),
          },
          {
            header: "Status",
            cell: (u) =>
              u.disabledAt ? (
                <Badge tone="danger">
                  Disabled <DateTime value={u.disabledAt} />
                </Badge>
              ) : (
                <Badge tone="success">Active</Badge>
              ),
          },
        ]}
        rowActions={
          canManage
            ? (u) =>
                (u.manageable || u.roleManageable) && (
                  <div className="flex flex-col items-start gap-2">
                    {u.manageable && (
                      <ActionButton
                        action={setUserDisabledAction}
                        fields={{ userId: u.id, disabled: u.disabledAt ? "false" : "true" }}
                        label={u.disabledAt ? "Enable" : "Disable"}
                        variant={u.disabledAt ? "secondary" : "danger"}
                      />
                    )}
                    {u.roleManageable && u.staffRoles.length > 0 && (
                      <StaffRoleForm
                        userId={u.id}
                        email={u.email}
                        current={u.staffRoles[0]!}
                        roles={grantable}
                      />
                    )}
                    {u.roleManageable && u.mfa && (
                      <ButtonLink href={`/admin/users/${u.id}/mfa-reset`} size="sm" variant="secondary">
                        Reset two-factor
                      </ButtonLink>
                    )}
                  </div>
                )
            : undefined
        }
        empty={{
          title: "No users yet",
          description: "Users appear when organisations invite members or staff accounts are created.",
        }}
        headingLevel={2}
      />
    </div>
  );
}
