"use server";
// Microsoft sign-in through one of the user's organisations' own connections, for an organisation whose
// "Microsoft sign-in only" policy this session does not meet (ADR 0014). The organisation comes only from
// the actor's own memberships (by slug). The page opens the returned URL (see
// app/account/security/microsoft-actions.ts for why not redirect()).
import { z } from "zod";
import { beginSsoSignInThrough } from "@/lib/auth/sso/sign-in-through";
import { setSsoStateCookie } from "@/lib/auth/sso/state-cookie";
import { defineAction } from "@/lib/http/action";

export const signInThroughOrganizationAction = defineAction(
  { input: z.strictObject({ slug: z.string().min(1).max(80) }), permission: "signed-in" },
  async (ctx, { slug }) => {
    const started = await beginSsoSignInThrough(ctx, slug);
    setSsoStateCookie(ctx.cookies, started.state);
    return { authorizeUrl: started.authorizeUrl };
  },
);
