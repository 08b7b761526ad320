// The public-page snapshot's memory (ADR 0032): each prerendered public page as Next.js answered it, by its
// language-prefixed path, kept for the pages' revalidation period. One store per process, found through
// globalThis: the custom server (scripts/run.ts, loaded by tsx) serves from it and the app's bundled server
// code (lib/trust/public-pages.ts, after a publish) empties it — two module instances, one store.
import { gzipSync } from "node:zlib";

/** As long as Next.js keeps a public page before rendering it again (ADR 0008: revalidate = 300). */
export const SNAPSHOT_TTL_MS = 300_000;

export type SnapshotEntry = {
  headers: [string, string][];
  body: Buffer;
  gzip: Buffer;
  etag: string | null;
  storedAt: number;
};

type Store = { entries: Map<string, SnapshotEntry>; generation: number };

const KEY = Symbol.for("article28.public-snapshot");
const store = (): Store => ((globalThis as { [KEY]?: Store })[KEY] ??= { entries: new Map(), generation: 0 });

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
  s.entries.set(path, { ...page, gzip: gzipSync(page.body), etag, storedAt: now });
  return true;
}

/** After a publish: every page is rendered again on its next visit. */
export function clearPublicSnapshot(): void {
  const s = store();
  s.generation++;
  s.entries.clear();
}
