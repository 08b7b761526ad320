// The public-page snapshot's memory (ADR 0032): each prerendered public page as Next.js answered it, by its
// language-prefixed path, kept for the pages' revalidation period. One store per process, found through
// globalThis: the custom server (scripts/run.ts, loaded by tsx) serves from it and the app's bundled server
// code (lib/trust/public-pages.ts, after a publish) empties it — two module instances, one store.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { gzipSync } from "node:zlib";

/** As long as Next.js keeps a public page before rendering it again (ADR 0008: revalidate = 300). */
export const SNAPSHOT_TTL_MS = 300_000;

export type SnapshotEntry = {
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer | null;
  etag: string | null;
  storedAt: number;
};

type Store = {
  entries: Map<string, SnapshotEntry>;
  generation: number;
  /** The highest PublicContentVersion this process has acted on (ADR 0033). */
  version: number;
  /** Authenticates the custom server's requests to this process's own Next.js (ADR 0033). */
  internalToken: string;
};

const KEY = Symbol.for("article28.public-snapshot");
const store = (): Store =>
  ((globalThis as { [KEY]?: Store })[KEY] ??= {
    entries: new Map(),
    generation: 0,
    version: 0,
    internalToken: randomBytes(32).toString("base64url"),
  });

/** A fresh entry for the path, or null (none, or older than the revalidation period). */
export function snapshotEntry(path: string, now = Date.now()): SnapshotEntry | null {
  const entry = store().entries.get(path);
  return entry && now - entry.storedAt < SNAPSHOT_TTL_MS ? entry : null;
}

/** Where a fill starts: it may store only if nothing was published meanwhile. */
export const snapshotGeneration = () => store().generation;

export function storeSnapshot(
  path: string,
  generation: number,
  page: { headers: [string, string][]; body: Buffer },
  now = Date.now(),
): boolean {
  const s = store();
  if (s.generation !== generation) return false;
  const etag = page.headers.find(([name]) => name === "etag")?.[1] ?? null;
  const type = page.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  // Text is sent compressed when the client accepts it; a PDF is compressed already.
  const gzip = /^(text\/|application\/(json|atom\+xml|xml))/.test(type) ? gzipSync(page.body) : null;
  s.entries.set(path, { ...page, gzip, etag, storedAt: now });
  return true;
}

/** After a publish: every page is rendered again on its next visit. */
export function clearPublicSnapshot(): void {
  const s = store();
  s.generation++;
  s.entries.clear();
}

/** Records a published version; true when it is newer than any this process has acted on. */
export function noteContentVersion(version: number): boolean {
  const s = store();
  if (version <= s.version) return false;
  s.version = version;
  return true;
}

export const INTERNAL_HEADER = "x-article28-internal";
export const internalToken = () => store().internalToken;

export function isInternalRequest(header: string | null): boolean {
  const expected = Buffer.from(store().internalToken);
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
