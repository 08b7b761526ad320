import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/app/_ui";
import { authorizeStaff } from "@/lib/auth/authorization/authorize";
import { loadPage } from "@/lib/http/page";
import { listDataSystems, listOrganizationOptions } from "@/lib/systems/data-systems";
import { RegisterIncidentForm } from "../[id]/register-incident-form";
import { createIncidentAction } from "./actions";

export const metadata: Metadata = { title: "New incident" };

export default async function NewIncidentPage() {
  const { systems, organizations, timeZone } = await loadPage(async (ctx) => {
    await authorizeStaff(ctx, "breach.manage");
    const [systems, organizations] = await Promise.all([listDataSystems(ctx), listOrganizationOptions(ctx)]);
    return { systems, organizations, timeZone: ctx.timeZone };
  });
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
          timeZone={timeZone}
          options={{ systems, organizations }}
        />
      </Card>
    </div>
  );
}
