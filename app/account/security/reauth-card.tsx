import { Card } from "@/app/_ui";
import { hasRecentReauth, reauthMethods } from "@/lib/auth/sessions/reauth";
import type { SignedInContext } from "@/lib/context/context";
import { localize } from "@/lib/i18n/text";
import { SECURITY_PAGE_MESSAGES as M } from "./messages";
import { ReauthForm } from "./reauth-form";

/**
 * "Confirm it's you" before sensitive changes; renders nothing while the session re-authenticated
 * within the last five minutes. Reusable on any account page; `purpose` in the reader's language.
 */
export async function ReauthCard({ ctx, purpose }: { ctx: SignedInContext; purpose: string }) {
  if (hasRecentReauth(ctx.actor, ctx.clock)) return null;
  return (
    <Card title={localize(M.confirmTitle, ctx.locale)}>
      <div className="space-y-4">
        <p className="text-sm text-gray-700">
          {purpose} {localize(M.confirmExplain, ctx.locale)}
        </p>
        <ReauthForm methods={await reauthMethods(ctx)} locale={ctx.locale} />
      </div>
    </Card>
  );
}
