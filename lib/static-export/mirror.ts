// The static mirror's files from one crawl: pages with their scripts removed and forms sent to the live
// site (page-rewrite.ts), every other answer byte for byte, each under the name a static server maps back
// to its URL (content-types.ts), a page for each redirect, and a language picker at `/` and at every
// unprefixed page path (language-picker.ts).
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locale.ts";
import { isHtml, mirrorFile, mirrorUrlPath } from "./content-types.ts";
import type { Crawl } from "./crawl.ts";
import { languagePickerHtml } from "./language-picker.ts";
import { resourceKey } from "./links.ts";
import { mirrorPage, type LinkTarget } from "./page-rewrite.ts";

export type MirrorFile = {
  /** Relative file name, "/"-separated ("en/toms/index.html", "subprocessors.json"). */
  file: string;
  /** The live URL path it mirrors (a picker's: its unprefixed path). */
  path: string;
  contentType: string;
  body: Uint8Array;
  /** "copy": the live bytes unchanged; "page": a live page rewritten; "generated": a redirect or picker. */
  kind: "copy" | "page" | "generated";
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const HTML = "text/html; charset=utf-8";

function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function redirectPage(to: string): string {
  const href = escapeHtml(to);
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"/><meta http-equiv="refresh" content="0; url=${href}"/><link rel="canonical" href="${href}"/><title>${href}</title></head>
<body><a href="${href}">${href}</a></body></html>
`;
}

/** `/toms` for `/en/toms`, `/` for `/en`; null for another language or none. */
function unprefixed(path: string): string | null {
  const prefix = `/${DEFAULT_LOCALE}`;
  if (path === prefix) return "/";
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : null;
}

export function buildMirror(crawl: Crawl, liveUrl: string): MirrorFile[] {
  const live = new URL(liveUrl);
  const liveOrigin = live.origin;
  const renamed = new Map(crawl.files.map((f) => [f.path, mirrorUrlPath(f.path, f.contentType)]));
  const redirects = new Map(crawl.redirects.map((r) => [r.path, r.location]));
  const pickers = new Set<string>();
  for (const file of crawl.files) {
    const rest = isHtml(file.contentType) ? unprefixed(file.path) : null;
    const [, first = ""] = (rest ?? "").split("/");
    if (rest !== null && !(LOCALES as readonly string[]).includes(first) && !renamed.has(rest))
      pickers.add(rest);
  }

  const target: LinkTarget = (linkPath, search) => {
    const path = resourceKey(linkPath, search);
    const mirrored = renamed.get(path);
    if (mirrored !== undefined) return mirrored === linkPath ? "same" : { renamed: mirrored };
    return redirects.has(path) || pickers.has(path) ? "same" : "live";
  };
  const liveHref = (path: string) => `${liveOrigin}${live.pathname.replace(/\/$/, "")}${path}`;

  const files: MirrorFile[] = crawl.files.map((file) => {
    const path = renamed.get(file.path)!;
    if (!isHtml(file.contentType))
      return {
        file: mirrorFile(path, file.contentType),
        path: file.path,
        contentType: file.contentType,
        body: file.body,
        kind: "copy",
      };
    const html = mirrorPage(decoder.decode(file.body), {
      livePageUrl: liveHref(file.path),
      liveOrigin,
      target,
    });
    return {
      file: mirrorFile(path, file.contentType),
      path: file.path,
      contentType: file.contentType,
      body: encoder.encode(html),
      kind: "page",
    };
  });
  const crawled = new Map(crawl.files.map((f) => [f.path, f]));
  for (const { path, location } of crawl.redirects) {
    // A file that redirects to a file (/security.txt): a static host has the target's bytes at both names.
    const same = crawled.get(location);
    if (same && !isHtml(same.contentType) && /\.[A-Za-z0-9]+$/.test(path)) {
      const copy = { ...same, path };
      files.push({
        file: mirrorFile(path, copy.contentType),
        path,
        contentType: copy.contentType,
        body: copy.body,
        kind: "copy",
      });
      continue;
    }
    const [toPath, toQuery] = location.split("?") as [string, string | undefined];
    const local = location.startsWith("/") && target(toPath, toQuery ? `?${toQuery}` : "") !== "live";
    const to = !location.startsWith("/") || local ? (renamed.get(location) ?? location) : liveHref(location);
    files.push({
      file: mirrorFile(mirrorUrlPath(path, HTML), HTML),
      path,
      contentType: HTML,
      body: encoder.encode(redirectPage(to)),
      kind: "generated",
    });
  }
  for (const rest of pickers) {
    files.push({
      file: mirrorFile(rest, HTML),
      path: rest,
      contentType: HTML,
      body: encoder.encode(languagePickerHtml(rest)),
      kind: "generated",
    });
  }
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.file)) throw new Error(`static export: two answers for ${file.file}`);
    names.add(file.file);
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
