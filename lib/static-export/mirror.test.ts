import { describe, expect, it } from "vitest";
import type { Crawl } from "./crawl.ts";
import { buildMirror } from "./mirror.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const HTML = "text/html; charset=utf-8";
const page = (body: string) =>
  encoder.encode(`<!DOCTYPE html><html><body><main>${body}</main></body></html>`);

const crawl: Crawl = {
  files: [
    { path: "/en", contentType: HTML, body: page('<a href="/en/toms">TOMs</a><a href="/toms">here</a>') },
    { path: "/en/toms", contentType: HTML, body: page('<a href="/sign-in">Sign in</a>') },
    { path: "/de/toms", contentType: HTML, body: page('<a href="/updates.atom?lang=de">Feed</a>') },
    { path: "/updates.atom?lang=de", contentType: "application/atom+xml", body: encoder.encode("<feed/>") },
    { path: "/.well-known/security.txt", contentType: "text/plain", body: encoder.encode("Contact: x") },
  ],
  redirects: [
    { path: "/security.txt", location: "/.well-known/security.txt" },
    { path: "/en/old", location: "/en/toms" },
  ],
  skipped: [],
};

describe("the mirror's files from a crawl", () => {
  const files = buildMirror(crawl, "https://trust.example.com");
  const named = (file: string) => files.find((f) => f.file === file);
  const text = (file: string) => decoder.decode(named(file)!.body);

  it("holds each page as index.html, a language variant under its own name, a redirected file as a copy", () => {
    expect(files.map((f) => f.file)).toEqual([
      ".well-known/security.txt",
      "de/toms/index.html",
      "en/index.html",
      "en/old/index.html",
      "en/toms/index.html",
      "index.html",
      "security.txt",
      "toms/index.html",
      "updates.de.atom",
    ]);
    expect(text("security.txt")).toBe("Contact: x");
    expect(named("security.txt")!.kind).toBe("copy");
  });

  it("links the renamed feed, sends other paths to the live site, redirects with a meta refresh", () => {
    expect(text("de/toms/index.html")).toContain('<a href="/updates.de.atom">');
    expect(text("en/toms/index.html")).toContain('<a href="https://trust.example.com/sign-in">');
    expect(text("en/index.html")).toContain('<a href="/toms">');
    expect(text("en/old/index.html")).toContain('<meta http-equiv="refresh" content="0; url=/en/toms"/>');
  });

  it("answers / and unprefixed pages with a language picker that works without scripts", () => {
    expect(text("index.html")).toContain(
      '<noscript><meta http-equiv="refresh" content="0; url=/en"/></noscript>',
    );
    expect(text("toms/index.html")).toContain('<a href="/de/toms" hreflang="de" lang="de">Deutsch</a>');
    expect(named("toms/index.html")!.kind).toBe("generated");
  });
});
