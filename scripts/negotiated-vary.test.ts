import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { NEGOTIATED_HEADER } from "../lib/i18n/locale";
import { varyNegotiatedResponses } from "./negotiated-vary";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer((req, res) => {
    varyNegotiatedResponses(res);
    handler!(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
}

describe("Vary on language-negotiated responses", () => {
  it("adds Accept-Language and Cookie to the framework's Vary and drops the marker", async () => {
    const url = await serve((_req, res) => {
      res.setHeader(NEGOTIATED_HEADER, "1");
      res.setHeader("Vary", "rsc, Accept-Encoding");
      res.end("hello");
    });
    const response = await fetch(url);
    expect(response.headers.get("vary")).toBe("rsc, Accept-Encoding, Accept-Language, Cookie");
    expect(response.headers.get(NEGOTIATED_HEADER)).toBeNull();
  });

  it("leaves other responses alone", async () => {
    const url = await serve((_req, res) => {
      res.setHeader("Vary", "Accept-Encoding");
      res.writeHead(200, { "content-type": "text/plain" });
      res.end("x");
    });
    expect((await fetch(url)).headers.get("vary")).toBe("Accept-Encoding");
  });
});
