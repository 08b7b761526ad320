// The evidence hash of a purge (GDPR.md G1): SHA-256 over the removed ids, sorted (code-unit order), one per
// line with a trailing newline — so anyone holding the list of ids can recompute it. No ids: the hash of "".
import { createHash } from "node:crypto";

export function idsSha256(ids: readonly string[]): string {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash("sha256");
  for (const id of sorted) hash.update(`${id}\n`);
  return hash.digest("hex");
}
