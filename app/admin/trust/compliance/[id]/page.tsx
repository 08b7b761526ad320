import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getComplianceItemForStaff, listCertificateOptions } from "@/lib/trust/compliance/staff-view";
import { ComplianceItemForm } from "../item-form";

export const metadata: Metadata = { title: "Edit roadmap item" };

export default async function EditComplianceItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [item, certificates] = await loadPage((ctx) =>
    Promise.all([getComplianceItemForStaff(ctx, id), listCertificateOptions(ctx)]),
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Edit ${item.standard}`}
        description="Changing the status is announced on the public updates page and feed."
        actions={
          <Link href="/admin/trust/compliance" className="text-sm font-medium text-brand-700 underline">
            Back to the roadmap
          </Link>
        }
      />
      <Card title="Roadmap item">
        <ComplianceItemForm item={item} certificates={certificates} />
      </Card>
    </div>
  );
}
