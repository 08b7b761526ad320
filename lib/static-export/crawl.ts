// Reads the public trust center of a running instance over HTTP, as a visitor would: from the start
// pages and a few known files it follows every same-origin link (pages under a language prefix, files,
// the /_next/static assets the pages and their CSS use) and keeps each answer's exact bytes. Personal
// pages from emails (/documents/access, /subscriptions) and signed-in areas are never fetched.
import { LOCALES } from "../i18n/locale.ts";
import { isHtml, mediaType } from "./content-types.ts";
import { linksInCss, linksInMarkup, sameOriginPath } from "./links.ts";
import { withoutScripts } from "./page-rewrite.ts";

/** Files no page necessarily links but the mirror must hold (the certificate keys only if public). */
export const KNOWN_FILES = [
  "/subprocessors.json",
  "/subprocessors.csv",
  "/updates.atom",
  "/.well-known/security.txt",
  "/security.txt",
  "/.well-known/article28-certificate-keys.json",
] as const;

export const START_PATHS: readonly string[] = LOCALES.map((locale) => `/${locale}`);

/** Public pages rendered per visitor (links from emails): never part of the mirror. */
const PERSONAL_AREAS = ["/documents/access", "/subscriptions"];

export type CrawledFile = { path: string; contentType: string; body: Uint8Array };
export type CrawledRedirect = { path: string; location: string };
export type Crawl = {
  files: CrawledFile[];
  redirects: CrawledRedirect[];
  /** Linked paths the live site did not answer with 200 or a redirect (gated downloads, for one). */
  skipped: { path: string; status: number }[];
};

export type CrawlOptions = {
  /** Where the instance is reached, e.g. http://127.0.0.1:3000. */
  origin: string;
  /** Other origins whose absolute links count as the same site (APP_URL's). */
  aliases?: readonly string[];
  concurrency?: number;
  /** A bound against a crawl that never ends (a page generating links to new pages). */
  maxRequests?: number;
  timeoutMs?: number;
};

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Whether the crawler fetches `path`. */
export function inScope(key: string): boolean {
  const path = key.split("?")[0]!;
  const [, first = ""] = path.split("/");
  if ((LOCALES as readonly string[]).includes(first)) {
    const rest = path.slice(first.length + 1);
    return !PERSONAL_AREAS.some((area) => under(rest, area));
  }
  if (path.startsWith("/_next/static/")) return true;
  if (path.startsWith("/_next/") || path.startsWith("/api/")) return false;
  if ((KNOWN_FILES as readonly string[]).includes(path)) return true;
  // Other files at the root (icon.svg, brand.css): a last segment with an extension, one level deep.
  return /^\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.[A-Za-z0-9]+$/.test(path);
}

/**
 * A document version's PDF (`/en/toms/1.pdf` for `/en/toms/v/1`): the version page links only the
 * current PDF, but the live site serves each version's (app/(public)/[locale]/[policy]/[file]).
 */
export function versionPdf(path: string): string | null {
  const match = /^(\/[a-z]{2}\/[a-z0-9-]+)\/v\/([0-9]+)$/.exec(path);
  return match ? `${match[1]}/${match[2]}.pdf` : null;
}

/**
 * A GET, tried again (up to three times) when the connection fails before an answer: a server may close
 * an idle keep-alive connection just as the client reuses it. A timeout is not retried.
 */
async function get(url: URL, timeoutMs: number): Promise<Response> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fetch(url, {
        redirect: "manual",
        headers: { "User-Agent": "Article28 static export" },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (attempt >= 3 || (error instanceof Error && error.name === "TimeoutError")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

function linksOf(file: CrawledFile): string[] {
  const type = mediaType(file.contentType);
  const text = () => new TextDecoder().decode(file.body);
  if (isHtml(type)) return linksInMarkup(withoutScripts(text()));
  if (type === "text/css") return linksInCss(text());
  if (type.endsWith("xml")) return linksInMarkup(text());
  return [];
}

export async function crawlPublicSite(options: CrawlOptions): Promise<Crawl> {
  const origin = new URL(options.origin).origin;
  const origins = [origin, ...(options.aliases ?? []).map((alias) => new URL(alias).origin)];
  const maxRequests = options.maxRequests ?? 20_000;
  const seen = new Set<string>();
  const queue: string[] = [];
  const crawl: Crawl = { files: [], redirects: [], skipped: [] };
  const enqueue = (path: string | null) => {
    if (path === null || seen.has(path) || !inScope(path)) return;
    if (seen.size >= maxRequests) throw new Error(`static export: more than ${maxRequests} URLs`);
    seen.add(path);
    queue.push(path);
  };
  for (const path of [...START_PATHS, ...KNOWN_FILES]) enqueue(path);

  const visit = async (path: string) => {
    const url = new URL(path, origin);
    const response = await get(url, options.timeoutMs ?? 60_000);
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const target = new URL(location, url);
      const targetPath = sameOriginPath(target.href, url, origins);
      crawl.redirects.push({ path, location: targetPath ?? target.href });
      enqueue(targetPath);
      return;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      crawl.skipped.push({ path, status: response.status });
      return;
    }
    const file: CrawledFile = {
      path,
      contentType: response.headers.get("content-type") ?? "application/octet-stream",
      body: new Uint8Array(await response.arrayBuffer()),
    };
    crawl.files.push(file);
    for (const link of linksOf(file)) enqueue(sameOriginPath(link, url, origins));
    enqueue(versionPdf(path));
  };

  let inFlight = 0;
  let failed = false;
  const worker = async () => {
    // Workers share one queue; one that finds it empty waits while another may still add links.
    while (!failed) {
      const path = queue.shift();
      if (path === undefined) {
        if (inFlight === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      inFlight += 1;
      try {
        await visit(path);
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        inFlight -= 1;
      }
    }
  };
  const workers = Array.from({ length: options.concurrency ?? 4 }, worker);
  await Promise.all(workers);
  const byPath = (a: { path: string }, b: { path: string }) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  crawl.files.sort(byPath);
  crawl.redirects.sort(byPath);
  crawl.skipped.sort(byPath);
  return crawl;
}
