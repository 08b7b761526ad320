// Serving the public trust center from the snapshot (ADR 0032), in the custom server before Next.js: a GET or
// HEAD of a prerendered public page or one of its public files (JSON, CSV, Atom, security.txt, the trust
// documents' PDFs), with no query and no client-router header, is answered from memory with the status,
// headers and body Next.js gave for it (gzip when accepted, 304 on a matching If-None-Match); an unprefixed
// page first picks the visitor's language as proxy.ts does and adds its Vary. Anything else, and a page not
// yet in the snapshot, goes to Next.js; a miss also fills the snapshot by asking this server for the page with
// a header only this process knows, storing what Next.js answered — a prerendered (or, for the files,
// `Cache-Control: public`) 200 without cookies, never a per-request page. A page is filled by an on-demand
// revalidation (Next's preview id in `x-prerender-revalidate`): rendered from the database now, because
// Next.js applies a publish's revalidatePath only after the publishing request has ended, and a fill that read
// its cached page in between would keep the old page under the new generation. The files need no such header:
// their data follows the generation (lib/public-snapshot/cached.ts).
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LOCALE_COOKIE } from "../i18n/locale.ts";
import { prerenderedPublicPage, publicDocumentPdf } from "../i18n/public-paths.ts";
import { snapshotEntry, snapshotGeneration, storeSnapshot } from "./store.ts";

const FILL_HEADER = "x-article28-snapshot-fill";
const FILL_TOKEN = randomBytes(16).toString("hex");
const REVALIDATE_HEADER = "x-prerender-revalidate";
/** Written per response by the server or the hop, never stored. */
const NOT_STORED = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "x-nextjs-cache",
  "x-middleware-rewrite",
]);
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];
/** A larger PDF is streamed by Next.js each time rather than held in memory. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The public trust center's machine-readable files (route handlers answering `public` from cached data). */
const PUBLIC_FILES = new Set([
  "/subprocessors.json",
  "/subprocessors.csv",
  "/updates.atom",
  "/.well-known/security.txt",
]);
const filling = new Set<string>();

/** Where a fill asks for a page: this server, and Next's preview id to have it rendered afresh. */
export type SnapshotFill = { origin: string; revalidateId?: string };

/** True when the snapshot answered; false: hand the request to Next.js. */
export function servePublicSnapshot(req: IncomingMessage, res: ServerResponse, fill: SnapshotFill): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  if (url.includes("?") || req.headers[FILL_HEADER] === FILL_TOKEN) return false;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  const cookie = languageCookie(req.headers.cookie);
  const language = req.headers["accept-language"];
  const file = PUBLIC_FILES.has(url)
    ? { path: url, negotiated: false }
    : publicDocumentPdf(url, cookie, language);
  const page = file ?? prerenderedPublicPage(url, cookie, language);
  if (!page) return false;
  const entry = snapshotEntry(page.path);
  if (!entry) {
    // Filled only once Next.js answered this visit with a page worth keeping: a flood of unknown URLs (404s)
    // or per-request answers costs no second request each.
    res.once("finish", () => {
      if (res.statusCode === 200 && (file || res.getHeader("x-nextjs-prerender") === "1"))
        void fillPublicSnapshot(fill, page.path, file ? "file" : "page");
    });
    return false;
  }
  for (const [name, value] of entry.headers)
    res.setHeader(name, page.negotiated && name === "vary" ? `${value}, Accept-Language, Cookie` : value);
  res.setHeader("x-article28-snapshot", "hit");
  if (entry.etag && req.headers["if-none-match"] === entry.etag) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  const gzip = entry.gzip !== null && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const body = gzip ? entry.gzip! : entry.body;
  if (gzip) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", body.length);
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/** Asks this server for the page and stores what Next.js answered, if it is a prerendered page. */
export async function fillPublicSnapshot(
  { origin, revalidateId }: SnapshotFill,
  path: string,
  kind: "page" | "file",
): Promise<boolean> {
  if (filling.has(path)) return false;
  filling.add(path);
  try {
    const generation = snapshotGeneration();
    const response = await fetch(origin + path, {
      headers: {
        "accept-encoding": "identity",
        [FILL_HEADER]: FILL_TOKEN,
        ...(kind === "page" && revalidateId ? { [REVALIDATE_HEADER]: revalidateId } : {}),
      },
      redirect: "manual",
    });
    const body = Buffer.from(await response.arrayBuffer());
    const cacheable =
      kind === "file"
        ? (response.headers.get("cache-control") ?? "").startsWith("public") && body.length <= MAX_FILE_BYTES
        : response.headers.get("x-nextjs-prerender") === "1";
    const prerendered =
      response.status === 200 &&
      cacheable &&
      // A stale page is being rendered again behind it: store the fresh one at the next visit.
      response.headers.get("x-nextjs-cache") !== "STALE" &&
      !response.headers.has("set-cookie");
    if (!prerendered) return false;
    const headers = [...response.headers].filter(([name]) => !NOT_STORED.has(name));
    return storeSnapshot(path, generation, { headers, body });
  } catch {
    return false; // the next visit tries again
  } finally {
    filling.delete(path);
  }
}

function languageCookie(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === LOCALE_COOKIE) return value.join("=");
  }
  return undefined;
}
