import type { Metadata } from "next";
import { Alert, Badge, Card, DateTime, PageHeader } from "@/app/_ui";
import { BACKUP_CODE_COUNT } from "@/lib/auth/mfa/backup-code-format";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";
import { isRequired, mfaStatusFor } from "@/lib/auth/mfa/status";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { ssoErrorMessage } from "@/lib/auth/sso/messages";
import { microsoftAccountsOf } from "@/lib/auth/sso/my-microsoft-accounts";
import { loadPage } from "@/lib/http/page";
import { localize } from "@/lib/i18n/text";
import { DisableMfa } from "./disable-mfa";
import { MicrosoftAccounts } from "./microsoft-accounts";
import { ReauthCard } from "./reauth-card";
import { RegenerateBackupCodes } from "./regenerate-backup-codes";
import { TotpEnrolment } from "./totp-enrolment";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function AccountSecurityPage({
  searchParams,
}: {
  searchParams: Promise<{ sso?: string | string[]; sso_error?: string | string[] }>;
}) {
  const [{ ctx, status, microsoftAccounts }, query] = await Promise.all([
    loadPage(async (ctx) => {
      const [status, microsoftAccounts] = await Promise.all([mfaStatusFor(ctx), microsoftAccountsOf(ctx)]);
      return { ctx, status, microsoftAccounts };
    }),
    searchParams,
  ]);
  const refusalText = MFA_MESSAGES.disableRefused(status.requiredBy);
  const refusal = refusalText && localize(refusalText, ctx.locale);
  // Where the Microsoft callback sends a user who connected (or tried to connect) their account.
  const linked = query.sso === "linked";
  const linkError = typeof query.sso_error === "string" ? ssoErrorMessage(query.sso_error) : null;
  const locked = !hasRecentReauth(ctx.actor, ctx.clock);
  const required = isRequired(status.requiredBy);

  // Every section keeps its place whatever the state, so a form that just showed backup codes stays
  // mounted when the page re-renders after the change.
  return (
    <>
      <PageHeader
        title="Two-factor authentication"
        description="A second step at sign-in: after your password, a code from an authenticator app on your phone. Someone who learns your password still cannot sign in."
      />
      <div className="max-w-2xl space-y-6">
        {linked && (
          <Alert tone="success" title="Your Microsoft account is connected">
            You can now sign in with Microsoft.
          </Alert>
        )}
        {linkError && (
          <Alert tone="danger" title="Your Microsoft account was not connected">
            {linkError}
          </Alert>
        )}
        <ReauthCard
          ctx={ctx}
          purpose="Changes to two-factor authentication and connected Microsoft accounts need a recent confirmation."
        />
        <Card title="Status">
          <div className="space-y-2 text-sm text-gray-700">
            <p className="flex items-center gap-2">
              <span>Two-factor authentication:</span>
              {status.enabled ? <Badge tone="success">On</Badge> : <Badge tone="warning">Off</Badge>}
            </p>
            {status.enabledAt && (
              <p>
                Turned on <DateTime value={status.enabledAt} />.
              </p>
            )}
            {required && <p>{requirementText(status.requiredBy)}</p>}
          </div>
        </Card>
        <Card title="Authenticator app">
          <TotpEnrolment enabled={status.enabled} locked={locked} />
        </Card>
        {status.enabled ? (
          <Card title="Backup codes">
            <div className="space-y-4">
              <p className="text-sm text-gray-700" data-testid="backup-codes-remaining">
                {status.backupCodesRemaining === 0
                  ? "You have no unused backup codes left. Create a new set so you can still sign in without your phone."
                  : `${status.backupCodesRemaining} of ${BACKUP_CODE_COUNT} backup codes unused.`}
              </p>
              <RegenerateBackupCodes locked={locked} />
            </div>
          </Card>
        ) : null}
        {status.enabled ? (
          <Card title="Turn off two-factor authentication">
            {refusal ? <p className="text-sm text-gray-700">{refusal}</p> : <DisableMfa locked={locked} />}
          </Card>
        ) : null}
        {microsoftAccounts.length > 0 ? (
          <Card title="Sign in with Microsoft">
            <MicrosoftAccounts accounts={microsoftAccounts} locked={locked} />
          </Card>
        ) : null}
      </div>
    </>
  );
}

function requirementText(requiredBy: { staff: boolean; organizations: string[] }): string {
  if (requiredBy.staff) return "Two-factor authentication is required for staff accounts.";
  return `Required by ${requiredBy.organizations.join(", ")}.`;
}
