import type { Metadata } from "next";
import { guardPage } from "@/app/_components/guard";
import { Card, DateTime, PageHeader } from "@/app/_ui";
import { getProviderSettingsForStaff } from "@/lib/provider/settings";
import { ProviderSettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Provider settings" };

export default async function ProviderSettingsPage() {
  const settings = await guardPage(() => getProviderSettingsForStaff());
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
        <ProviderSettingsForm settings={settings} />
      </Card>
    </div>
  );
}
