import { Card } from "@/app/_ui";
import { hasRecentReauth, reauthMethods } from "@/lib/auth/sessions/reauth";
import type { SignedInContext } from "@/lib/context/context";
import { ReauthForm } from "./reauth-form";

/**
 * "Confirm it's you" before sensitive changes; renders nothing while the session re-authenticated
 * within the last five minutes. Reusable on any account page.
 */
export async function ReauthCard({ ctx, purpose }: { ctx: SignedInContext; purpose: string }) {
  if (hasRecentReauth(ctx.actor, ctx.clock)) return null;
  return (
    <Card title="Confirm it's you">
      <div className="space-y-4">
        <p className="text-sm text-gray-700">
          {purpose} For your security, confirm your identity first. This lasts five minutes.
        </p>
        <ReauthForm methods={await reauthMethods(ctx)} />
      </div>
    </Card>
  );
}
