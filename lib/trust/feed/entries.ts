import "server-only";
// The entries of the Atom feed, kept for the route handler until the next publish or five minutes
// (lib/public-snapshot/cached.ts) so a feed request does not query the database.
import type { Locale } from "../../i18n/locale.ts";
import { cachedPublic } from "../../public-snapshot/cached.ts";
import { listTrustUpdates } from "../updates.ts";
import type { FeedEntry } from "./atom.ts";

export const FEED_ENTRY_LIMIT = 50;

export async function loadFeedEntries(locale: Locale): Promise<FeedEntry[]> {
  const updates = await listTrustUpdates(locale, FEED_ENTRY_LIMIT);
  return updates.map((update) => ({ ...update, publishedAt: update.publishedAt.toISOString() }));
}

export const cachedFeedEntries = cachedPublic(loadFeedEntries);
