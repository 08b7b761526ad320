import { Badge, Card, DateTime } from "@/app/_ui";
import { getSsoSettings } from "@/lib/auth/sso/connection";
import { loadPage } from "@/lib/http/page";
import { localize, type Text } from "@/lib/i18n/text";
import { SsoForm } from "./sso-form";
import { SSO_SETTINGS_MESSAGES as M } from "./sso-messages";

/** The organisation's Microsoft Entra ID connection (owners and admins). */
export async function SsoSection({ slug }: { slug: string }) {
  const { connection, redirectUri, requiredForSignIn, canChange, locale } = await loadPage(async (ctx) => ({
    ...(await getSsoSettings(ctx, slug)),
    locale: ctx.locale,
  }));
  const t = (text: Text) => localize(text, locale);
  const status = connection ? (
    connection.enabled ? (
      <Badge tone="success">{t(M.enabled)}</Badge>
    ) : (
      <Badge>{t(M.disabled)}</Badge>
    )
  ) : (
    <Badge>{t(M.notSetUp)}</Badge>
  );
  return (
    <Card title={t(M.title)} actions={status}>
      <div className="space-y-6">
        <div className="space-y-2 text-sm text-gray-700">
          <p>{t(M.intro)}</p>
          <p>
            {t(M.redirectUri)}{" "}
            <code className="break-all rounded bg-gray-100 px-1 py-0.5 font-mono text-xs">{redirectUri}</code>
          </p>
          {connection && (
            <p className="text-gray-600">
              {t(M.lastSaved)} <DateTime value={connection.updatedAt} locale={locale} />.
            </p>
          )}
          {requiredForSignIn && <p>{t(canChange ? M.requiredOwner : M.requiredAdmin)}</p>}
        </div>
        <SsoForm
          slug={slug}
          locale={locale}
          values={
            connection && {
              tenantId: connection.tenantId,
              clientId: connection.clientId,
              hasClientSecret: connection.hasClientSecret,
              domains: connection.domains.map(({ domain, status, reason }) => ({ domain, status, reason })),
              defaultRole: connection.defaultRole,
              enabled: connection.enabled,
            }
          }
        />
      </div>
    </Card>
  );
}
