// /.well-known/security.txt (RFC 9116), generated per request from the provider settings (cached under
// "trust-public"), so Expires always lies 180 days ahead.
import { env } from "@/lib/config/env";
import { cachedPublicProviderContact } from "@/lib/provider/public-contact";
import { buildSecurityTxt } from "@/lib/trust/security-txt";
import { systemClock } from "@/lib/time/clock";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const contact = await cachedPublicProviderContact();
  if (!contact)
    return new Response("The provider settings are not set up yet.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return new Response(buildSecurityTxt(contact, env().APP_URL, systemClock.now()), {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
