import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { getBreachContacts } from "@/lib/organizations/breach-contacts";
import { getSecurityPolicy } from "@/lib/organizations/security-policy";
import { BreachContactsForm } from "./breach-contacts-form";
import { SecurityPolicyForm } from "./security-policy-form";
import { SsoSection } from "./sso-section";

export const metadata: Metadata = { title: "Security settings" };

export default async function SecuritySettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { policy, contacts, currentIp } = await loadPage(async (ctx) => {
    const [policy, contacts] = await Promise.all([getSecurityPolicy(ctx, org), getBreachContacts(ctx, org)]);
    return { policy, contacts, currentIp: ctx.request.ip };
  });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Security settings"
        description="Policies that apply to every member of your organisation in this portal, and who receives breach notifications."
      />
      <Card title="Sign-in and access policies">
        <SecurityPolicyForm slug={org} policy={policy} currentIp={currentIp} />
      </Card>
      <SsoSection slug={org} />
      <Card title="Breach notification contacts">
        <BreachContactsForm slug={org} contacts={contacts} />
      </Card>
    </div>
  );
}
