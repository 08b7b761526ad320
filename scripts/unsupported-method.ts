// Methods nobody serves (TRACE, TRACK, CONNECT, WebDAV and made-up ones) are refused here with 405 and
// the security headers every response carries (SECURITY.md S15), before Next.js sees them: it answered a
// TRACE with a 500 and no headers. Two kinds never reach the request handler, so they are answered on the
// raw socket: CONNECT (Node.js hands the socket over as a tunnel) and methods Node.js's parser does not
// know at all, such as TRACK (a client error; other malformed requests get their usual status there).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { baselineSecurityHeaders } from "../lib/security/baseline-headers.ts";

export const SUPPORTED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type Options = { production: boolean };

function refusalHeaders(options: Options): Record<string, string> {
  return {
    ...Object.fromEntries(baselineSecurityHeaders(options.production).map((h) => [h.key, h.value])),
    Allow: SUPPORTED_METHODS.join(", "),
    "Cache-Control": "no-store",
    "Content-Type": "text/plain; charset=utf-8",
  };
}

const BODY = "Method Not Allowed\n";

/** Answers 405 and returns true for a method the app does not serve; false lets the request through. */
export function refuseUnsupportedMethod(
  req: IncomingMessage,
  res: ServerResponse,
  options: Options,
): boolean {
  if ((SUPPORTED_METHODS as readonly string[]).includes(req.method ?? "")) return false;
  res.writeHead(405, { ...refusalHeaders(options), "Content-Length": Buffer.byteLength(BODY) });
  res.end(BODY);
  return true;
}

/** A complete answer written on a raw socket, which then closes. */
function endSocket(socket: Duplex, status: number, reason: string, options: Options): void {
  const body = `${reason}\n`;
  const headers = {
    ...refusalHeaders(options),
    "Content-Length": String(Buffer.byteLength(body)),
    Connection: "close",
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join("\r\n");
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${body}`);
}

/** The answer to a CONNECT request (the server's "connect" event): 405, then the connection closes. */
export function refuseTunnel(socket: Duplex, options: Options): void {
  endSocket(socket, 405, "Method Not Allowed", options);
}

const CLIENT_ERRORS: Record<string, [number, string]> = {
  HPE_INVALID_METHOD: [405, "Method Not Allowed"],
  HPE_HEADER_OVERFLOW: [431, "Request Header Fields Too Large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "Request Timeout"],
};

/** The server's "clientError" event: a request Node.js could not parse gets its status with the headers. */
export function refuseClientError(error: Error & { code?: string }, socket: Duplex, options: Options): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason] = CLIENT_ERRORS[error.code ?? ""] ?? [400, "Bad Request"];
  endSocket(socket, status, reason, options);
}
