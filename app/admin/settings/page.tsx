import type { Metadata } from "next";
import { Card, DateTime, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getProviderSettingsForStaff } from "@/lib/provider/settings";
import { ianaTimeZones } from "@/lib/time/time-zones";
import { ProviderSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Provider settings" };

export default async function ProviderSettingsPage() {
  const settings = await loadPage((ctx) => getProviderSettingsForStaff(ctx));
  return (
    <div className="space-y-6">
      <PageHeader
        title="Provider settings"
        description={
          <>
            Your company&apos;s details as the public trust center, security.txt, the DPA and customer
            notifications show them.
            {settings.updatedAt && (
              <>
                {" "}
                Last changed <DateTime value={settings.updatedAt} />.
              </>
            )}
          </>
        }
      />
      <Card title="Details">
        <ProviderSettingsForm settings={settings} timeZones={ianaTimeZones()} />
      </Card>
    </div>
  );
}
