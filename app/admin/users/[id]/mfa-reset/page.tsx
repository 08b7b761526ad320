import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/app/_components/action-button";
import { ReauthCard } from "@/app/account/security/reauth-card";
import { Alert, Badge, Card, DefinitionList, PageHeader } from "@/app/_ui";
import { mfaResetView } from "@/lib/admin/staff/mfa-reset-view";
import { hasRecentReauth } from "@/lib/auth/sessions/reauth";
import { loadPage } from "@/lib/http/page";
import { resetMfaAction } from "../../actions";

export const metadata: Metadata = { title: "Reset two-factor authentication" };

/**
 * Resetting someone's second factor (they lost their phone): a confirmation of the viewer's own identity
 * first, then one button. The button stays in place after the reset, so its result stays on screen.
 */
export default async function MfaResetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { ctx, user } = await loadPage(async (ctx) => ({ ctx, user: await mfaResetView(ctx, id) }));
  const locked = !hasRecentReauth(ctx.actor, ctx.clock);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader
        title="Reset two-factor authentication"
        description="For someone who lost their authenticator app and backup codes. Their app and codes stop working, they are signed out everywhere and told by email; they set up two-factor authentication again at their next sign-in."
      />
      <Card title="Account">
        <DefinitionList
          items={[
            { term: "Name", description: user.name },
            { term: "Email", description: user.email },
            {
              term: "Two-factor",
              description: user.mfa ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>,
            },
          ]}
        />
      </Card>
      {!user.resettable ? (
        <Alert tone="warning">
          You cannot reset two-factor authentication for this account: it is your own, or its role is equal to
          or above yours.
        </Alert>
      ) : (
        <>
          <ReauthCard
            ctx={ctx}
            purpose="Resetting someone's two-factor authentication needs a recent confirmation."
          />
          {!locked && (
            <Card title="Reset">
              <ActionButton
                action={resetMfaAction}
                fields={{ userId: user.id }}
                label="Reset two-factor authentication"
                pendingLabel="Resetting…"
                variant="danger"
              />
            </Card>
          )}
        </>
      )}
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 underline">
          Back to users
        </Link>
      </p>
    </div>
  );
}
