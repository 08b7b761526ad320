import type { Metadata } from "next";
import Link from "next/link";
import { Card, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { newOrganizationDefaults } from "@/lib/organizations/new-organization-defaults";
import { ianaTimeZones } from "@/lib/time/time-zones";
import { ORGANIZATIONS_MESSAGES } from "../messages";
import { CreateOrganizationForm } from "./create-organization-form";

export const metadata: Metadata = { title: ORGANIZATIONS_MESSAGES.newTitle };

export default async function NewOrganizationPage() {
  const defaults = await loadPage((ctx) => newOrganizationDefaults(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title={ORGANIZATIONS_MESSAGES.newTitle}
        description={ORGANIZATIONS_MESSAGES.newDescription}
        actions={
          <Link href="/admin" className="text-sm underline">
            {ORGANIZATIONS_MESSAGES.back}
          </Link>
        }
      />
      <Card>
        <CreateOrganizationForm defaults={defaults} timeZones={ianaTimeZones()} />
      </Card>
    </div>
  );
}
