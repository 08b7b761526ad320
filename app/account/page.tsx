import type { Metadata } from "next";
import { Card, PageHeader } from "@/app/_ui";
import { PASSWORD_MESSAGES } from "@/lib/auth/passwords/messages";
import { hasPassword as callerHasPassword } from "@/lib/auth/passwords/password-change";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { loadPage } from "@/lib/http/page";
import { ianaTimeZones } from "@/lib/time/time-zones";
import { EmailForm } from "./email-form";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { ReauthCard } from "./security/reauth-card";
import { TimeZoneForm } from "./time-zone-form";

export const metadata: Metadata = { title: "Profile and password" };

export default async function AccountPage() {
  const { ctx, hasPassword } = await loadPage(async (ctx) => ({
    ctx,
    hasPassword: await callerHasPassword(ctx),
  }));
  const { actor } = ctx;
  return (
    <>
      <PageHeader
        title="Profile and password"
        description="Your name as colleagues see it, the email address and the password you sign in with."
      />
      <div className="max-w-2xl space-y-6">
        <Card title="Profile">
          <ProfileForm name={actor.name} email={actor.email} />
        </Card>
        {/* A recent confirmation is needed to change the email address, and to set a first password. */}
        <ReauthCard
          ctx={ctx}
          purpose={
            hasPassword
              ? "Changing your email address needs a recent confirmation."
              : "Changing your email address or setting a password needs a recent confirmation."
          }
        />
        <Card title="Email address">
          <EmailForm email={actor.email} locked={!hasRecentReauth(actor, ctx.clock)} />
        </Card>
        <Card title="Time zone">
          <div className="space-y-4">
            {actor.timeZone === null && (
              <p className="text-sm text-gray-700">
                You have not chosen one yet: times are shown in {ctx.timeZone}.
              </p>
            )}
            <TimeZoneForm current={actor.timeZone ?? ctx.timeZone} zones={ianaTimeZones()} />
          </div>
        </Card>
        <Card title={hasPassword ? "Change password" : "Set a password"}>
          <div className="space-y-4">
            <p className="text-sm text-gray-700">
              {hasPassword
                ? "Enter your current password to confirm it is you. Afterwards, every other session of your account is signed out and you get an email about the change."
                : "You sign in without a password (by email link or Microsoft). You can add one."}
            </p>
            <PasswordForm hasPassword={hasPassword} hint={PASSWORD_MESSAGES.policyHint} />
          </div>
        </Card>
      </div>
    </>
  );
}
