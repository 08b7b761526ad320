// Unprefixed public URLs (/toms) are answered in the visitor's language (proxy.ts), so the response
// varies with Accept-Language and the language cookie. Next.js writes its own Vary header after the
// proxy ran; this adds ours when the response goes out, so shared caches never mix languages.
import type { ServerResponse } from "node:http";
import { NEGOTIATED_HEADER } from "../lib/i18n/locale.ts";
const NEGOTIATED_ON = ["Accept-Language", "Cookie"];

export function varyNegotiatedResponses(res: ServerResponse): void {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse["writeHead"]>) {
    if (this.getHeader(NEGOTIATED_HEADER) !== undefined) {
      this.removeHeader(NEGOTIATED_HEADER);
      const current = String(this.getHeader("vary") ?? "")
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean);
      const missing = NEGOTIATED_ON.filter(
        (name) => !current.some((v) => v.toLowerCase() === name.toLowerCase()),
      );
      this.setHeader("Vary", [...current, ...missing].join(", "));
    }
    return writeHead.apply(this, args);
  } as ServerResponse["writeHead"];
}
