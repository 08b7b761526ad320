import type { Metadata } from "next";
import { Badge, DateTime, EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { guardPage } from "@/app/_lib/guard";
import { listMembers } from "@/lib/organizations/portal";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/role-labels";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const members = await guardPage(() => listMembers(org));
  return (
    <div className="space-y-6">
      <PageHeader title="Members" description="People from your organisation who can sign in to this portal." />
      {members.length === 0 ? (
        <EmptyState title="No members yet" description="Ask your organisation's owner to invite colleagues." />
      ) : (
        <Table caption="Members of this organisation" hideCaption>
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>Email</Th>
              <Th>Role</Th>
              <Th>Member since</Th>
            </Tr>
          </THead>
          <TBody>
            {members.map((m) => (
              <Tr key={m.id}>
                <Td>{m.name}</Td>
                <Td>{m.email}</Td>
                <Td>
                  <Badge>{CUSTOMER_ROLE_LABELS[m.role]}</Badge>
                </Td>
                <Td>
                  <DateTime value={m.since} />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
