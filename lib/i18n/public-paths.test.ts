import { describe, expect, it } from "vitest";
import { prerenderedPublicPage, publicDocumentPdf } from "./public-paths.ts";

describe("prerenderedPublicPage", () => {
  it("names a prefixed page as it is and an unprefixed one in the visitor's language", () => {
    expect(prerenderedPublicPage("/de/toms", null, "en")).toEqual({ path: "/de/toms", negotiated: false });
    expect(prerenderedPublicPage("/toms", null, "de-CH,de;q=0.9")).toEqual({
      path: "/de/toms",
      negotiated: true,
    });
    expect(prerenderedPublicPage("/toms", "en", "de")).toEqual({ path: "/en/toms", negotiated: true });
    expect(prerenderedPublicPage("/", null, null)).toEqual({ path: "/en", negotiated: true });
  });

  it("is null for signed-in and per-request areas, personal pages, files and API routes", () => {
    for (const path of [
      "/portal/acme",
      "/admin",
      "/sign-in",
      "/en/documents/access/t0ken",
      "/subscriptions/confirm/x",
      "/de/subscriptions/unsubscribe/x",
      "/en/toms/latest.pdf",
      "/toms/latest.pdf",
      "/api/v1/dsr",
      "/_next/static/chunk.js",
      "/subprocessors.json",
    ])
      expect(prerenderedPublicPage(path, null, null), path).toBeNull();
  });
});

describe("publicDocumentPdf", () => {
  it("names a trust document's PDF, prefixed or in the visitor's language; nothing gated or signed-in", () => {
    expect(publicDocumentPdf("/en/toms/latest.pdf", null, null)).toEqual({
      path: "/en/toms/latest.pdf",
      negotiated: false,
    });
    expect(publicDocumentPdf("/toms/2.pdf", null, "de")).toEqual({
      path: "/de/toms/2.pdf",
      negotiated: true,
    });
    for (const path of [
      "/en/documents/soc2/download",
      "/en/documents/access/t0ken/grant.pdf",
      "/portal/acme.pdf",
      "/admin/x.pdf",
      "/en/toms",
      "/en/toms/latest.pdf/x",
    ])
      expect(publicDocumentPdf(path, null, null), path).toBeNull();
  });
});
