import Link from "next/link";
import { Card, PageHeader } from "@/app/_ui";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { getBreachContacts } from "@/lib/organizations/breach-contacts";
import { getSecurityPolicy } from "@/lib/organizations/security-policy";
import { BreachContactsForm } from "./breach-contacts-form";
import { RETENTION_MESSAGES } from "../retention/messages";
import { SETTINGS_MESSAGES as M } from "./messages";
import { SecurityPolicyForm } from "./security-policy-form";
import { SsoSection } from "./sso-section";

export const generateMetadata = localizedTitle(M.title);

export default async function SecuritySettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { policy, contacts, currentIp, locale } = await loadPage(async (ctx) => {
    const [policy, contacts] = await Promise.all([getSecurityPolicy(ctx, org), getBreachContacts(ctx, org)]);
    return { policy, contacts, currentIp: ctx.request.ip, locale: ctx.locale };
  });
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <Card title={t(M.policiesTitle)}>
        <SecurityPolicyForm slug={org} policy={policy} currentIp={currentIp} locale={locale} />
      </Card>
      <SsoSection slug={org} />
      <Card title={t(M.contactsTitle)}>
        <BreachContactsForm slug={org} contacts={contacts} locale={locale} />
      </Card>
      <p>
        <Link className="font-medium underline" href={`/portal/${org}/retention`}>
          {t(RETENTION_MESSAGES.settingsLink)}
        </Link>
      </p>
    </div>
  );
}
