// The public data behind the trust center's files (subprocessors JSON and CSV, the Atom feed, security.txt, the
// documents' PDFs), kept in this process's memory so a request does not query the database (ADR 0032). An answer
// is kept until the next publish (the snapshot's generation moves) or for the pages' revalidation period; a load
// that began before a publish answers its caller but is not kept, so nothing older than a publish outlives it.
// Concurrent requests for the same answer share one load. Few answers per loader (a document's versions, two
// languages); the oldest are dropped beyond a bound, so a flood of made-up versions cannot grow memory.
import { SNAPSHOT_TTL_MS, snapshotGeneration } from "./store.ts";

const MAX_ANSWERS = 256;

type Kept<T> = { answer: Promise<T>; generation: number; at: number };

export function cachedPublic<A extends (string | number)[], T>(
  load: (...args: A) => Promise<T>,
  now: () => number = Date.now,
): (...args: A) => Promise<T> {
  const kept = new Map<string, Kept<T>>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    const generation = snapshotGeneration();
    const hit = kept.get(key);
    if (hit && hit.generation === generation && now() - hit.at < SNAPSHOT_TTL_MS) return hit.answer;
    const answer = load(...args);
    kept.delete(key);
    kept.set(key, { answer, generation, at: now() });
    if (kept.size > MAX_ANSWERS) kept.delete(kept.keys().next().value!);
    const forget = () => {
      if (kept.get(key)?.answer === answer) kept.delete(key);
    };
    // A failed load is asked again; one that finished after a publish is not kept.
    answer.then(() => {
      if (snapshotGeneration() !== generation) forget();
    }, forget);
    return answer;
  };
}
