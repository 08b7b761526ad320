import { Alert, Badge, Card, DateTime, PageHeader } from "@/app/_ui";
import { BACKUP_CODE_COUNT } from "@/lib/auth/mfa/backup-code-format";
import { MFA_MESSAGES } from "@/lib/auth/mfa/messages";
import { isRequired, mfaStatusFor } from "@/lib/auth/mfa/status";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { ssoErrorMessage } from "@/lib/auth/sso/messages";
import { microsoftAccountsOf } from "@/lib/auth/sso/my-microsoft-accounts";
import { loadPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { DisableMfa } from "./disable-mfa";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";
import { MicrosoftAccounts } from "./microsoft-accounts";
import { ReauthCard } from "./reauth-card";
import { RegenerateBackupCodes } from "./regenerate-backup-codes";
import { TotpEnrolment } from "./totp-enrolment";

export const generateMetadata = localizedTitle(M.title);

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
  const { locale } = ctx;
  const t = (text: Text) => localize(text, locale);
  const refusalText = MFA_MESSAGES.disableRefused(status.requiredBy);
  const refusal = refusalText && t(refusalText);
  // Where the Microsoft callback sends a user who connected (or tried to connect) their account.
  const linked = query.sso === "linked";
  const linkError = typeof query.sso_error === "string" ? ssoErrorMessage(query.sso_error, locale) : null;
  const locked = !hasRecentReauth(ctx.actor, ctx.clock);
  const required = isRequired(status.requiredBy);

  // Every section keeps its place whatever the state, so a form that just showed backup codes stays
  // mounted when the page re-renders after the change.
  return (
    <>
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <div className="max-w-2xl space-y-6">
        {linked && (
          <Alert tone="success" title={t(M.linkedTitle)}>
            {t(M.linked)}
          </Alert>
        )}
        {linkError && (
          <Alert tone="danger" title={t(M.linkFailedTitle)}>
            {linkError}
          </Alert>
        )}
        <ReauthCard ctx={ctx} purpose={t(M.reauthPurpose)} />
        <Card title={t(M.status)}>
          <div className="space-y-2 text-sm text-gray-700">
            <p className="flex items-center gap-2">
              <span>{t(M.mfa)}</span>
              {status.enabled ? (
                <Badge tone="success">{t(M.on)}</Badge>
              ) : (
                <Badge tone="warning">{t(M.off)}</Badge>
              )}
            </p>
            {status.enabledAt && (
              <p>
                {t(M.turnedOn)} <DateTime value={status.enabledAt} locale={locale} />.
              </p>
            )}
            {required && (
              <p>
                {t(
                  status.requiredBy.staff
                    ? M.requiredForStaff
                    : M.requiredBy(status.requiredBy.organizations),
                )}
              </p>
            )}
          </div>
        </Card>
        <Card title={t(M.authenticatorApp)}>
          <TotpEnrolment enabled={status.enabled} locked={locked} locale={locale} />
        </Card>
        {status.enabled ? (
          <Card title={t(M.backupCodes)}>
            <div className="space-y-4">
              <p className="text-sm text-gray-700" data-testid="backup-codes-remaining">
                {status.backupCodesRemaining === 0
                  ? t(M.noBackupCodesLeft)
                  : t(M.backupCodesUnused(status.backupCodesRemaining, BACKUP_CODE_COUNT))}
              </p>
              <RegenerateBackupCodes locked={locked} locale={locale} />
            </div>
          </Card>
        ) : null}
        {status.enabled ? (
          <Card title={t(M.turnOffTitle)}>
            {refusal ? (
              <p className="text-sm text-gray-700">{refusal}</p>
            ) : (
              <DisableMfa locked={locked} locale={locale} />
            )}
          </Card>
        ) : null}
        {microsoftAccounts.length > 0 ? (
          <Card title={t(M.microsoftTitle)}>
            <MicrosoftAccounts accounts={microsoftAccounts} locked={locked} locale={locale} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
