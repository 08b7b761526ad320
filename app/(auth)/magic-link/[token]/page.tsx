import type { Metadata } from "next";
import { Alert, ButtonLink } from "@/app/_ui";
import { magicLinkStatus } from "@/lib/auth/email-links/magic-link";
import { TOKEN_SHAPE } from "@/lib/crypto/token-shape";
import { loadPublicPage } from "@/lib/http/page";
import { TokenForm } from "@/app/_components/token-form";
import { signInWithLinkAction } from "../actions";

export const metadata: Metadata = { title: "Sign in with an email link", referrer: "no-referrer" };

/** Opening the link only shows whether it still works; the "Sign in" button uses it. */
export default async function MagicLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const status = TOKEN_SHAPE.test(token)
    ? await loadPublicPage((ctx) => magicLinkStatus(ctx, token))
    : "unknown";
  if (status !== "valid") {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">This link no longer works</h1>
        <div className="space-y-6">
          <Alert tone="warning">
            This sign-in link has expired or was already used. Each link works once, for a few minutes.
          </Alert>
          <ButtonLink href="/sign-in?link=1" variant="secondary" className="w-full">
            Ask for a new link
          </ButtonLink>
        </div>
      </>
    );
  }
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in with your email link</h1>
      <p className="mb-6 text-sm text-gray-700">Select Sign in to continue. The link works once.</p>
      <TokenForm token={token} action={signInWithLinkAction} label="Sign in" pendingLabel="Signing in…" />
    </>
  );
}
