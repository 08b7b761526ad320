import type { Metadata } from "next";
import { guardPage } from "@/app/_components/guard";
import { Card, PageHeader } from "@/app/_ui";
import { currentRequest } from "@/lib/auth/sessions/actor";
import { getBreachContacts } from "@/lib/organizations/breach-contacts";
import { getSecurityPolicy } from "@/lib/organizations/security-policy";
import { BreachContactsForm } from "./breach-contacts-form";
import { SecurityPolicyForm } from "./security-policy-form";
import { SsoSection } from "./sso-section";

export const metadata: Metadata = { title: "Security settings" };

export default async function SecuritySettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const [policy, contacts, request] = await Promise.all([
    guardPage(() => getSecurityPolicy(org)),
    guardPage(() => getBreachContacts(org)),
    currentRequest(),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Security settings"
        description="Policies that apply to every member of your organisation in this portal, and who receives breach notifications."
      />
      <Card title="Sign-in and access policies">
        <SecurityPolicyForm slug={org} policy={policy} currentIp={request.ip} />
      </Card>
      <SsoSection slug={org} />
      <Card title="Breach notification contacts">
        <BreachContactsForm slug={org} contacts={contacts} />
      </Card>
    </div>
  );
}
