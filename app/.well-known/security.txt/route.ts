// /.well-known/security.txt (RFC 9116), generated from the provider settings (kept until the next publish,
// lib/public-snapshot/cached.ts) at most 300 s before it is served, so Expires always lies 180 days ahead. A stored value that would add a line (a field
// of its own) makes buildSecurityTxt throw: the answer is then a 500 with a logged reference, never a file
// with injected fields (S25).
import { env } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { definePublicRoute } from "@/lib/http/route";
import { cachedPublicProviderContact } from "@/lib/provider/public-contact";
import { buildSecurityTxt } from "@/lib/trust/security-txt";
import { SECURITY_TXT_MESSAGES } from "./messages";

export const dynamic = "force-dynamic";

export const GET = definePublicRoute({}, async (ctx) => {
  const contact = await cachedPublicProviderContact();
  if (!contact) throw new AppError("not_found", SECURITY_TXT_MESSAGES.notSetUp);
  return new Response(buildSecurityTxt(contact, env().APP_URL, ctx.clock.now()), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
});
