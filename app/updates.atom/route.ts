// /updates.atom: the public updates as Atom 1.0; ?lang=de gives the German feed. Served per request
// from cached data (no database query per request, nothing needed at build time).
import type { NextRequest } from "next/server";
import { env } from "@/lib/config/env";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import { cachedPublicProviderContact } from "@/lib/provider/public-contact";
import { ATOM_CONTENT_TYPE, buildAtomFeed } from "@/lib/trust/feed/atom";
import { cachedFeedEntries } from "@/lib/trust/feed/entries";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const lang = request.nextUrl.searchParams.get("lang");
  const locale: Locale = isLocale(lang) ? lang : "en";
  const [contact, entries] = await Promise.all([cachedPublicProviderContact(), cachedFeedEntries(locale)]);
  const xml = buildAtomFeed({
    appUrl: env().APP_URL,
    locale,
    provider: { displayName: contact?.displayName ?? "", legalName: contact?.legalName ?? "" },
    entries,
    emptyUpdated: new Date(contact?.updatedAt ?? 0),
  });
  return new Response(xml, {
    headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300" },
  });
}
