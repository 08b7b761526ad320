// The links a crawled answer names: href/src/action attributes (and srcset) in HTML and XML (the Atom
// feed's <link href>), url(...) in CSS. Our own pages are React's output, so attribute values are always
// double-quoted with entities escaped; a regular expression reads them reliably.

import { LOCALES } from "../i18n/locale.ts";

const ATTRIBUTE = /\s(?:href|src|action)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

export function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

export function linksInMarkup(markup: string): string[] {
  const out: string[] = [];
  for (const match of markup.matchAll(ATTRIBUTE)) out.push(decodeEntities(match[1]!));
  for (const match of markup.matchAll(SRCSET)) {
    for (const candidate of decodeEntities(match[1]!).split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) out.push(url);
    }
  }
  return out;
}

export function linksInCss(css: string): string[] {
  return [...css.matchAll(CSS_URL)].map((match) => match[2]!.trim()).filter((u) => !u.startsWith("data:"));
}

/**
 * What a link points to on one of `origins` (see `resourceKey`), or null for another site, a
 * fragment-only link, mailto: and the like.
 */
export function sameOriginPath(link: string, base: URL, origins: readonly string[]): string | null {
  if (link === "" || link.startsWith("#")) return null;
  let url: URL;
  try {
    url = new URL(link, base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!origins.includes(url.origin)) return null;
  return resourceKey(url.pathname, url.search);
}

/**
 * The path that names a resource, without query and fragment, except a file at the root asked for in
 * a language (`/updates.atom?lang=de`, the German feed): its `?lang=xx` selects other bytes. On a page
 * (`/de/toms?lang=de`) the query only records a choice and is dropped.
 */
export function resourceKey(path: string, search: string): string {
  const lang = new URLSearchParams(search).get("lang");
  const rootFile = /^\/[^/]+\.[A-Za-z0-9]+$/.test(path);
  return rootFile && lang && (LOCALES as readonly string[]).includes(lang) ? `${path}?lang=${lang}` : path;
}
