import type { Metadata } from "next";
import { ActionButton } from "@/app/_components/action-button";
import { guardPage } from "@/app/_components/guard";
import { Badge, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { requireStaff } from "@/lib/auth/authorization/authorize";
import { staffCan } from "@/lib/auth/authorization/permissions";
import { listUsers } from "@/lib/admin/users";
import { setUserDisabledAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const [users, actor] = await guardPage(() => Promise.all([listUsers(), requireStaff("admin.users.view")]));
  const canManage = staffCan(actor.staffRoles, "admin.users.manage");
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        description="Every account that can sign in. Disabling an account ends all of its sessions at once."
      />
      {users.length === 0 ? (
        <EmptyState
          title="No users yet"
          description="Users appear when organisations invite members or staff accounts are created."
        />
      ) : (
        <Table caption="All user accounts" hideCaption>
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Type</Th>
              <Th>Organisations</Th>
              <Th>Two-factor</Th>
              <Th>Status</Th>
              {canManage && (
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              )}
            </Tr>
          </THead>
          <TBody>
            {users.map((u) => (
              <Tr key={u.id}>
                <Td>{u.name}</Td>
                <Td>{u.email}</Td>
                <Td>{u.kind}</Td>
                <Td>{u.organizations.join(", ") || "—"}</Td>
                <Td>{u.mfa ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}</Td>
                <Td>
                  {u.disabledAt ? (
                    <Badge tone="danger">
                      Disabled <DateTime value={u.disabledAt} />
                    </Badge>
                  ) : (
                    <Badge tone="success">Active</Badge>
                  )}
                </Td>
                {canManage && (
                  <Td>
                    {u.id !== actor.userId && (
                      <ActionButton
                        action={setUserDisabledAction}
                        fields={{ userId: u.id, disabled: u.disabledAt ? "false" : "true" }}
                        label={u.disabledAt ? "Enable" : "Disable"}
                        variant={u.disabledAt ? "secondary" : "danger"}
                      />
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
