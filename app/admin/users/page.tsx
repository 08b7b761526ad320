import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { Badge, DataTable, DateTime, PageHeader } from "@/app/_ui";
import { listUsers } from "@/lib/admin/users";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { loadPage } from "@/lib/http/page";
import { setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const { users, actor } = await loadPage(async (ctx) => ({ users: await listUsers(ctx), actor: ctx.actor }));
  const canManage = staffCan(actor.staffRoles, "admin.users.manage");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description="Every account that can sign in. Disabling an account ends all of its sessions at once."
      />
      <DataTable
        caption="All user accounts"
        hideCaption
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          { header: "Name", cell: (u) => u.name },
          { header: "Email", cell: (u) => u.email },
          { header: "Type", cell: (u) => u.kind },
          { header: "Organisations", cell: (u) => u.organizations.join(", ") || "—" },
          {
            header: "Two-factor",
            cell: (u) => (u.mfa ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>),
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
                u.manageable && (
                  <ActionButton
                    action={setUserDisabledAction}
                    fields={{ userId: u.id, disabled: u.disabledAt ? "false" : "true" }}
                    label={u.disabledAt ? "Enable" : "Disable"}
                    variant={u.disabledAt ? "secondary" : "danger"}
                  />
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
