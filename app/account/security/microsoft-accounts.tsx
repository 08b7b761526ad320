import { Badge, DateTime } from "@/app/_ui";
import { SSO_MESSAGES } from "@/lib/auth/sso/messages";
import type { MicrosoftAccountStatus } from "@/lib/auth/sso/my-microsoft-accounts";
import type { Locale } from "@/lib/i18n/locale";
import { localize, type Text } from "@/lib/i18n/text";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";
import { ConnectMicrosoftAccount, DisconnectMicrosoftAccount } from "./microsoft-account-forms";

/**
 * One row per organisation that signs in with Microsoft: connected (with when), or a button to connect.
 * Connecting is what lets an account made before the organisation set up SSO sign in with Microsoft.
 */
export function MicrosoftAccounts({
  accounts,
  locked,
  locale,
}: {
  accounts: MicrosoftAccountStatus[];
  locked: boolean;
  locale: Locale;
}) {
  const t = (text: Text) => localize(text, locale);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">{t(M.microsoftExplain)}</p>
      <ul className="divide-y divide-gray-200">
        {accounts.map((account) => (
          <li key={account.slug} aria-label={account.organizationName} className="space-y-2 py-3">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium text-gray-900">{account.organizationName}</span>
              {account.connectedAt ? (
                <Badge tone="success">{t(M.connected)}</Badge>
              ) : (
                <Badge tone="warning">{t(M.notConnected)}</Badge>
              )}
            </p>
            {account.connectedAt ? (
              <>
                <p className="text-sm text-gray-700">
                  {t(M.connectedAt)} <DateTime value={account.connectedAt} locale={locale} />.
                </p>
                {account.disconnectBlockedBy.length > 0 ? (
                  <p className="text-sm text-gray-600">
                    {t(SSO_MESSAGES.disconnectRefused(account.disconnectBlockedBy))}
                  </p>
                ) : (
                  <DisconnectMicrosoftAccount
                    slug={account.slug}
                    organizationName={account.organizationName}
                    locked={locked}
                    locale={locale}
                  />
                )}
              </>
            ) : (
              <ConnectMicrosoftAccount
                slug={account.slug}
                organizationName={account.organizationName}
                locked={locked}
                locale={locale}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
