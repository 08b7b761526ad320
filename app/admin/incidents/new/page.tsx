import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/app/_components/guard";
import { Card, PageHeader } from "@/app/_ui";
import { requireStaff } from "@/lib/auth/authorization/authorize";
import { listDataSystems, listOrganizationOptions } from "@/lib/systems/data-systems";
import { RegisterIncidentForm } from "../[id]/register-incident-form";
import { createIncidentAction } from "./actions";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage() {
  const [, systems, organizations] = await guardPage(() =>
    Promise.all([requireStaff("breach.manage"), listDataSystems(), listOrganizationOptions()]),
  );
  return (
    <div className="space-y-6">
      <PageHeader
        title="New incident"
        description="Record every security incident, whether or not it turns out to be a notifiable breach (Art. 33(5))."
        actions={
          <Link className="text-sm font-medium text-brand-700 underline" href="/admin/incidents">
            Back to the register
          </Link>
        }
      />
      <Card>
        <RegisterIncidentForm
          action={createIncidentAction}
          timeZone="Europe/Berlin"
          options={{ systems, organizations }}
        />
      </Card>
    </div>
  );
}
