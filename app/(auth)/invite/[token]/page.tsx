import { InvitationClosed, InvitationLanding } from "@/app/_components/invitation-landing";
import { DateTime } from "@/app/_ui";
import { sessionStateOf } from "@/lib/auth/sessions/actor";
import { loadPublicPage } from "@/lib/http/page";
import { localizedTitle } from "@/lib/http/page-title";
import { localize, type Text } from "@/lib/i18n/text";
import { invitationForToken } from "@/lib/organizations/invitation-by-token";
import { CUSTOMER_ROLE_LABELS } from "@/lib/organizations/messages";
import { JOIN_MESSAGES as M } from "../../messages";
import { acceptInvitationAction, createAccountAction } from "./actions";

export const generateMetadata = localizedTitle(M.pageTitle, { referrer: "no-referrer" });

/** Opening the link only shows the invitation; accepting is a POST. */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, { session, locale, timeZone }] = await Promise.all([
    invitationForToken(token),
    loadPublicPage(async (ctx) => ({
      session: await sessionStateOf(ctx),
      locale: ctx.locale,
      timeZone: ctx.timeZone,
    })),
  ]);
  if (invitation.status !== "valid") return <InvitationClosed locale={locale} />;
  const t = (text: Text) => localize(text, locale);
  return (
    <InvitationLanding
      token={token}
      path={`/invite/${token}`}
      email={invitation.email}
      accountExists={invitation.accountExists}
      session={session}
      createAccount={createAccountAction}
      accept={acceptInvitationAction}
      locale={locale}
      intro={
        <>
          <h1 className="mb-2 text-xl font-semibold">{t(M.title(invitation.organizationName))}</h1>
          <p className="mb-6 text-sm text-gray-700">
            {t(M.invitedAs)} <strong>{t(CUSTOMER_ROLE_LABELS[invitation.role])}</strong> {t(M.withAddress)}{" "}
            <strong className="break-all">{invitation.email}</strong>. {t(M.validUntil)}{" "}
            <DateTime value={invitation.expiresAt} timeZone={timeZone} locale={locale} />.
          </p>
        </>
      }
    />
  );
}
