import { Badge, DateTime } from "@/app/_ui";
import { SSO_MESSAGES } from "@/lib/auth/sso/messages";
import type { MicrosoftAccountStatus } from "@/lib/auth/sso/my-microsoft-accounts";
import { localize } from "@/lib/i18n/text";
import { ConnectMicrosoftAccount, DisconnectMicrosoftAccount } from "./microsoft-account-forms";

/**
 * One row per organisation that signs in with Microsoft: connected (with when), or a button to connect.
 * Connecting is what lets an account made before the organisation set up SSO sign in with Microsoft.
 */
export function MicrosoftAccounts({
  accounts,
  locked,
}: {
  accounts: MicrosoftAccountStatus[];
  locked: boolean;
}) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">
        Connect the Microsoft work account your organisation gave you, so you can sign in with Microsoft. You
        will be asked to sign in to it once.
      </p>
      <ul className="divide-y divide-gray-200">
        {accounts.map((account) => (
          <li key={account.slug} aria-label={account.organizationName} className="space-y-2 py-3">
            <p className="flex items-center gap-2 text-sm">
              <span className="font-medium text-gray-900">{account.organizationName}</span>
              {account.connectedAt ? (
                <Badge tone="success">Connected</Badge>
              ) : (
                <Badge tone="warning">Not connected</Badge>
              )}
            </p>
            {account.connectedAt ? (
              <>
                <p className="text-sm text-gray-700">
                  Connected <DateTime value={account.connectedAt} />.
                </p>
                {account.disconnectBlockedBy.length > 0 ? (
                  <p className="text-sm text-gray-600">
                    {localize(SSO_MESSAGES.disconnectRefused(account.disconnectBlockedBy))}
                  </p>
                ) : (
                  <DisconnectMicrosoftAccount
                    slug={account.slug}
                    organizationName={account.organizationName}
                    locked={locked}
                  />
                )}
              </>
            ) : (
              <ConnectMicrosoftAccount
                slug={account.slug}
                organizationName={account.organizationName}
                locked={locked}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
