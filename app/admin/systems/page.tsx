import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import { EmptyState, PageHeader, Table, TBody, Td, Th, THead, Tr } from "@/app/_ui";
import { listDataSystemsWithOrganizations } from "@/lib/systems/data-systems";

export const metadata: Metadata = { title: "Data systems" };

export default async function DataSystemsPage() {
  const systems = await guardPage(() => listDataSystemsWithOrganizations());
  return (
    <div className="space-y-6">
      <PageHeader
        title="Data systems"
        description="The systems that hold customer data and whose data each holds. An incident in a system can reach every organisation listed for it."
        actions={
          <Link className="text-sm font-medium text-brand-700 underline" href="/admin/incidents">
            Incident register
          </Link>
        }
      />
      {systems.length === 0 ? (
        <EmptyState
          title="No data systems recorded"
          description="Data systems are set up with the deployment (see prisma/seed-breach.ts for the demo)."
        />
      ) : (
        <Table caption="Data systems and the organisations whose data they hold" hideCaption>
          <THead>
            <Tr>
              <Th>System</Th>
              <Th>Key</Th>
              <Th>Description</Th>
              <Th>Organisations</Th>
            </Tr>
          </THead>
          <TBody>
            {systems.map((system) => (
              <Tr key={system.id}>
                <Td>{system.name}</Td>
                <Td>
                  <code>{system.key}</code>
                </Td>
                <Td>{system.description || "—"}</Td>
                <Td>{system.organizations.map((o) => o.name).join(", ") || "None"}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </div>
  );
}
