// The evidence pack as the exact bytes served: pretty-printed UTF-8 JSON with a final newline, and
// its SHA-256 (printed in the PDF so the two files can be matched).
import type { EvidencePack } from "./evidence-data.ts";

export function evidenceJsonBytes(pack: EvidencePack): Buffer {
  return Buffer.from(`${JSON.stringify(pack, null, 2)}\n`, "utf8");
}
