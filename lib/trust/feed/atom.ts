// The public updates as an Atom 1.0 feed (RFC 4287), one per language: /updates.atom (English) and
// /updates.atom?lang=de (German). Entry ids are stable URNs, links absolute.
import { Feed } from "feed";
import { localizedPath, type Locale } from "../../i18n/locale.ts";
import { baseUrl } from "../security-txt.ts";
import { FEED_MESSAGES, trustUpdateTopicLabel } from "./messages.ts";

export const FEED_PATH = "/updates.atom";
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export type FeedEntry = {
  id: string;
  topic: string;
  title: string;
  summary: string;
  path: string;
  publishedAt: string;
};

export type AtomFeedInput = {
  appUrl: string;
  locale: Locale;
  provider: { displayName: string; legalName: string };
  /** Newest first. */
  entries: FeedEntry[];
  /** The feed's <updated> when there are no entries yet. */
  emptyUpdated: Date;
};

/** The feed's path in a language: /updates.atom (English), /updates.atom?lang=de. */
export function feedPath(locale: Locale): string {
  return locale === "en" ? FEED_PATH : `${FEED_PATH}?lang=${locale}`;
}

/** The feed's own URL in a language (also its id). */
export function feedUrl(appUrl: string, locale: Locale): string {
  return `${baseUrl(appUrl)}${feedPath(locale)}`;
}

/** Titles and summaries are sent as type="html": plain text must be escaped to read as written. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function entryLink(base: string, locale: Locale, path: string): string {
  const safePath = /^\/[^/\\]/.test(path) || path === "/" ? path : "/updates";
  return `${base}${localizedPath(locale, safePath)}`;
}

export function buildAtomFeed(input: AtomFeedInput): string {
  const base = baseUrl(input.appUrl);
  const words = FEED_MESSAGES[input.locale];
  const self = feedUrl(input.appUrl, input.locale);
  const newest = input.entries[0] ? new Date(input.entries[0].publishedAt) : input.emptyUpdated;
  const feed = new Feed({
    id: self,
    title: words.title(input.provider.displayName),
    description: words.subtitle,
    updated: newest,
    link: `${base}${localizedPath(input.locale, "/updates")}`,
    feedLinks: { atom: self },
    author: {
      name: input.provider.legalName || input.provider.displayName || "Trust center",
      link: `${base}${localizedPath(input.locale, "/")}`,
    },
    generator: "Article28",
  });
  for (const entry of input.entries) {
    feed.addItem({
      id: `urn:article28:update:${input.locale}:${entry.id}`,
      title: escapeHtml(entry.title),
      link: entryLink(base, input.locale, entry.path),
      date: new Date(entry.publishedAt),
      description: escapeHtml(entry.summary),
      category: [{ term: entry.topic, name: trustUpdateTopicLabel(input.locale, entry.topic) }],
    });
  }
  return feed.atom1();
}
