import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { listDataSystemsWithOrganizations } from "@/lib/systems/data-systems";
import { SYSTEMS_MESSAGES as M } from "./messages";

export const metadata: Metadata = { title: "Data systems" };

export default async function DataSystemsPage() {
  const systems = await loadPage((ctx) => listDataSystemsWithOrganizations(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Data systems"
        description="The systems that hold customer data and whose data each holds. An incident in a system can reach every organisation listed for it; data-subject requests reach each through its connector."
        actions={
          <Link className="text-sm font-medium text-brand-700 underline" href="/admin/incidents">
            Incident register
          </Link>
        }
      />
      <DataTable
        caption="Data systems and the organisations whose data they hold"
        hideCaption
        headingLevel={2}
        rows={systems}
        rowKey={(system) => system.id}
        empty={{
          title: "No data systems recorded",
          description:
            "Data systems are set up with the deployment (see prisma/seed-breach.ts for the demo).",
        }}
        columns={[
          {
            header: "System",
            rowHeader: true,
            cell: (system) => (
              <Link className="text-brand-700 underline" href={`/admin/systems/${system.id}`}>
                {system.name}
              </Link>
            ),
          },
          { header: "Key", cell: (system) => <code>{system.key}</code> },
          { header: "Description", cell: (system) => system.description || "—" },
          { header: M.connector, cell: (system) => M.kinds[system.connector] },
          {
            header: "Organisations",
            cell: (system) => system.organizations.map((o) => o.name).join(", ") || "None",
          },
        ]}
      />
    </div>
  );
}
