import "server-only";
// The entries of the Atom feed, cached for the route handler under the "trust-public" tag (at most
// five minutes old; staff changes revalidate the tag) so a feed request does not query the database.
import { unstable_cache } from "next/cache";
import type { Locale } from "../../i18n/locale.ts";
import { TRUST_PUBLIC_REVALIDATE_SECONDS, TRUST_PUBLIC_TAG } from "../../provider/public-contact.ts";
import { listTrustUpdates } from "../updates.ts";
import type { FeedEntry } from "./atom.ts";

export const FEED_ENTRY_LIMIT = 50;

export async function loadFeedEntries(locale: Locale): Promise<FeedEntry[]> {
  const updates = await listTrustUpdates(locale, FEED_ENTRY_LIMIT);
  return updates.map((update) => ({ ...update, publishedAt: update.publishedAt.toISOString() }));
}

export const cachedFeedEntries = unstable_cache(loadFeedEntries, ["trust-updates-feed"], {
  tags: [TRUST_PUBLIC_TAG],
  revalidate: TRUST_PUBLIC_REVALIDATE_SECONDS,
});
