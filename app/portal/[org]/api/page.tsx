import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/_ui";
import { listApiKeys } from "@/lib/api/keys/manage-keys";
import { OPENAPI_PATH } from "@/lib/api/paths";
import { loadPage } from "@/lib/http/page";
import { localize, type Text } from "@/lib/i18n/text";
import { listWebhookEndpoints } from "@/lib/webhooks/list-endpoints";
import { CreateEndpointForm } from "./create-endpoint-form";
import { CreateKeyForm } from "./create-key-form";
import { EndpointList } from "./endpoint-list";
import { KeyList } from "./key-list";
import { API_KEY_PAGE_MESSAGES as K, API_PAGE_MESSAGES as M, WEBHOOK_PAGE_MESSAGES as W } from "./messages";

export const metadata: Metadata = { title: "API" };

export default async function ApiPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { keys, endpoints, locale } = await loadPage(async (ctx) => ({
    keys: await listApiKeys(ctx, org),
    endpoints: await listWebhookEndpoints(ctx, org),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const documentation = (
    <a className="font-medium text-brand-700 underline" href={OPENAPI_PATH}>
      {t(M.documentation)}
    </a>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t(M.title)} description={t(M.description)} actions={documentation} />
      <section className="space-y-4" aria-labelledby="api-keys-heading">
        <h2 id="api-keys-heading" className="text-lg font-semibold text-gray-900">
          {t(K.keysTitle)}
        </h2>
        <div className="max-w-xl">
          <Card title={t(K.createTitle)} headingLevel={3}>
            <CreateKeyForm organization={org} locale={locale} />
          </Card>
        </div>
        <KeyList organization={org} keys={keys} locale={locale} documentation={documentation} />
      </section>
      <section className="space-y-4" aria-labelledby="webhooks-heading">
        <h2 id="webhooks-heading" className="text-lg font-semibold text-gray-900">
          {t(W.title)}
        </h2>
        <p className="max-w-3xl text-sm text-gray-700">{t(W.intro)}</p>
        <div className="max-w-xl">
          <Card title={t(W.createTitle)} headingLevel={3}>
            <CreateEndpointForm organization={org} locale={locale} />
          </Card>
        </div>
        <EndpointList organization={org} endpoints={endpoints} locale={locale} />
      </section>
    </div>
  );
}
