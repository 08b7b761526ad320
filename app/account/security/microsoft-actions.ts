"use server";
// Connecting and disconnecting the signed-in user's Microsoft account for one of their organisations.
// The organisation comes only from the actor's own memberships (by slug); both need a recent
// re-authentication (when it has lapsed, defineAction refreshes the page, so it shows the confirmation form).
import { refresh } from "next/cache";
import { z } from "zod";
import { beginSsoLink } from "@/lib/auth/sso/link";
import { setSsoStateCookie } from "@/lib/auth/sso/state-cookie";
import { disconnectMicrosoftAccount } from "@/lib/auth/sso/unlink";
import { defineAction } from "@/lib/http/action";

const organizationInput = z.strictObject({ slug: z.string().min(1).max(80) });

/**
 * Binds the request to this browser (state cookie) and returns Microsoft's URL for the page to open; the
 * callback links the account and comes back to /account/security. Not redirect(): after an action that
 * set a cookie, Next.js may refresh the current route at the redirect's external URL with fetch(), which
 * the CSP (connect-src 'self') blocks and reports.
 */
export const connectMicrosoftAccountAction = defineAction(
  { input: organizationInput, permission: "signed-in" },
  async (ctx, { slug }) => {
    const started = await beginSsoLink(ctx, slug);
    setSsoStateCookie(ctx.cookies, started.state);
    return { authorizeUrl: started.authorizeUrl };
  },
);

export const disconnectMicrosoftAccountAction = defineAction(
  { input: organizationInput, permission: "signed-in" },
  async (ctx, { slug }) => {
    await disconnectMicrosoftAccount(ctx, slug);
    refresh();
    return { disconnected: true };
  },
);
