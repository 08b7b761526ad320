import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import { Card, PageHeader } from "@/app/_ui";
import { getComplianceItemForStaff, listCertificateOptions } from "@/lib/trust/compliance/staff-view";
import { ComplianceItemForm } from "../item-form";

export const metadata: Metadata = { title: "Edit roadmap item" };

export default async function EditComplianceItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [item, certificates] = await guardPage(() =>
    Promise.all([getComplianceItemForStaff(id), listCertificateOptions()]),
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
