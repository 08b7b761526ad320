import { Badge, Card, DateTime } from "@/app/_ui";
import { getSsoSettings } from "@/lib/auth/sso/connection";
import { loadPage } from "@/lib/http/page";
import { SsoForm } from "./sso-form";
import { SSO_SETTINGS_MESSAGES } from "./sso-messages";

/** The organisation's Microsoft Entra ID connection (owners and admins). */
export async function SsoSection({ slug }: { slug: string }) {
  const { connection, redirectUri, requiredForSignIn, canChange } = await loadPage((ctx) =>
    getSsoSettings(ctx, slug),
  );
  const status = connection ? (
    connection.enabled ? (
      <Badge tone="success">Enabled</Badge>
    ) : (
      <Badge>Disabled</Badge>
    )
  ) : (
    <Badge>Not set up</Badge>
  );
  return (
    <Card title="Single sign-on with Microsoft Entra ID" actions={status}>
      <div className="space-y-6">
        <div className="space-y-2 text-sm text-gray-700">
          <p>
            Register a web application in your Entra ID tenant and enter its details here. People whose email
            domain is listed and approved are offered &ldquo;Sign in with Microsoft&rdquo;; the first time
            they sign in they become members with the role you choose. Existing accounts are never linked by
            email address.
          </p>
          <p>
            Redirect URI to register (platform &ldquo;Web&rdquo;):{" "}
            <code className="break-all rounded bg-gray-100 px-1 py-0.5 font-mono text-xs">{redirectUri}</code>
          </p>
          {connection && (
            <p className="text-gray-600">
              Last saved <DateTime value={connection.updatedAt} />.
            </p>
          )}
          {requiredForSignIn && (
            <p>{canChange ? SSO_SETTINGS_MESSAGES.requiredOwner : SSO_SETTINGS_MESSAGES.requiredAdmin}</p>
          )}
        </div>
        <SsoForm
          slug={slug}
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
