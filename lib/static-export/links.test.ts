import { describe, expect, it } from "vitest";
import { linksInCss, linksInMarkup, sameOriginPath } from "./links.ts";

const base = new URL("http://127.0.0.1:3000/en/toms");
const origins = ["http://127.0.0.1:3000", "https://trust.example.com"];

describe("the links the crawler follows", () => {
  it("reads attributes, srcset and CSS url() with entities decoded", () => {
    expect(
      linksInMarkup('<a href="/en/a?x=1&amp;y=2"></a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"/>'),
    ).toEqual(["/en/a?x=1&y=2", "/i.png", "/i1.png", "/i2.png"]);
    expect(linksInCss('a{background:url("/_next/static/media/f.woff2")} b{background:url(data:x)}')).toEqual([
      "/_next/static/media/f.woff2",
    ]);
  });

  it("keeps the site's own links (APP_URL's too) by path, a file's language variant with its query", () => {
    expect(sameOriginPath("/de/toms?lang=de#top", base, origins)).toBe("/de/toms");
    expect(sameOriginPath("https://trust.example.com/en/dpa", base, origins)).toBe("/en/dpa");
    expect(sameOriginPath("/updates.atom?lang=de", base, origins)).toBe("/updates.atom?lang=de");
    expect(sameOriginPath("/icon.svg?icon.2__x.svg", base, origins)).toBe("/icon.svg");
    expect(sameOriginPath("https://elsewhere.example/en", base, origins)).toBeNull();
    expect(sameOriginPath("mailto:dpo@example.com", base, origins)).toBeNull();
    expect(sameOriginPath("#main", base, origins)).toBeNull();
  });
});
