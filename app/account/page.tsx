import { Card, PageHeader } from "@/app/_ui";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { hasPassword as callerHasPassword } from "@/lib/auth/passwords/password-change";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { loadPage } from "@/lib/http/page";
import { ianaTimeZones } from "@/lib/time/time-zones";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { EmailForm } from "./email-form";
import { LanguageForm } from "./language-form";
import { ACCOUNT_PAGE_MESSAGES as M, LANGUAGE_MESSAGES, TIME_ZONE_MESSAGES } from "./messages";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { ReauthCard } from "./security/reauth-card";
import { TimeZoneForm } from "./time-zone-form";

export const generateMetadata = localizedTitle(M.title);

export default async function AccountPage() {
  const { ctx, hasPassword } = await loadPage(async (ctx) => ({
    ctx,
    hasPassword: await callerHasPassword(ctx),
  }));
  const { actor, locale } = ctx;
  const t = (text: Text) => localize(text, locale);
  return (
    <>
      <PageHeader title={t(M.title)} description={t(M.description)} />
      <div className="max-w-2xl space-y-6">
        <Card title={t(M.profile)}>
          <ProfileForm name={actor.name} email={actor.email} locale={locale} />
        </Card>
        <Card title={t(LANGUAGE_MESSAGES.title)}>
          <LanguageForm chosen={actor.language} locale={locale} />
        </Card>
        {/* A recent confirmation is needed to change the email address, and to set a first password. */}
        <ReauthCard ctx={ctx} purpose={t(hasPassword ? M.reauthForEmail : M.reauthForEmailOrPassword)} />
        <Card title={t(M.emailAddress)}>
          <EmailForm email={actor.email} locked={!hasRecentReauth(actor, ctx.clock)} locale={locale} />
        </Card>
        <Card title={t(TIME_ZONE_MESSAGES.title)}>
          <div className="space-y-4">
            {actor.timeZone === null && (
              <p className="text-sm text-gray-700">{t(TIME_ZONE_MESSAGES.notChosen(ctx.timeZone))}</p>
            )}
            <TimeZoneForm current={actor.timeZone ?? ctx.timeZone} zones={ianaTimeZones()} />
          </div>
        </Card>
        <Card title={t(hasPassword ? M.changePassword : M.setAPassword)}>
          <div className="space-y-4">
            <p className="text-sm text-gray-700">{t(hasPassword ? M.changeExplain : M.noPasswordExplain)}</p>
            <PasswordForm hasPassword={hasPassword} hint={t(PASSWORD_MESSAGES.policyHint)} locale={locale} />
          </div>
        </Card>
      </div>
    </>
  );
}
