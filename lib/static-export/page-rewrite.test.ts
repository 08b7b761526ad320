import { describe, expect, it } from "vitest";
import { mirrorPage } from "./page-rewrite.ts";

// The shape React and Next.js render (a server-action form with its hidden fields, scripts, preloads).
const PAGE = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script></head><body><main><h1>Subprocessors</h1>
<a href="/de/subprocessors?lang=de">Deutsch</a> <a href="/sign-in">Sign in</a>
<a href="/en/documents/x/download">Whitepaper</a> <a href="#main">Top</a>
<link rel="alternate" type="application/atom+xml" href="/updates.atom?lang=de"/>
<form noValidate="" aria-label="Subscribe" action="" encType="multipart/form-data" method="POST">
<input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;7f&quot;}"/>
<input type="hidden" name="$ACTION_KEY" value="k3"/><input type="hidden" name="locale" value="en"/>
<input type="email" required="" id="subscribe-email" name="email"/><button type="submit">Subscribe</button></form>
<form class="picker" noValidate=""><select name="from"></select></form>
</main><script>self.__next_f.push([1,"</main>"])</script></body></html>`;

const mirrored = mirrorPage(PAGE, {
  livePageUrl: "https://trust.example.com/en/subprocessors",
  liveOrigin: "https://trust.example.com",
  target: (path, search) =>
    path === "/sign-in"
      ? "live"
      : path === "/en/documents/x/download"
        ? { renamed: `${path}.pdf` }
        : search === "?lang=de" && path === "/updates.atom"
          ? { renamed: "/updates.de.atom" }
          : "same",
});

describe("a live page made static", () => {
  it("drops Next.js's scripts and their preloads, keeps the stylesheet and the content", () => {
    expect(mirrored).not.toContain("<script");
    expect(mirrored).not.toContain("b.js");
    expect(mirrored).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
    expect(mirrored).toContain("<main><h1>Subprocessors</h1>");
  });

  it("opens a server-action form on the live page, with no field named (nothing typed goes into a URL)", () => {
    expect(mirrored).toContain(
      '<form noValidate="" aria-label="Subscribe" action="https://trust.example.com/en/subprocessors" method="get">',
    );
    expect(mirrored).not.toContain("$ACTION_");
    expect(mirrored).not.toContain('name="email"');
    expect(mirrored).not.toContain('name="locale"');
    expect(mirrored).toContain('<input type="email" required="" id="subscribe-email"/>');
  });

  it("leaves a form without a server action as it is", () => {
    expect(mirrored).toContain('<form class="picker" noValidate=""><select name="from"></select></form>');
  });

  it("links what the mirror holds, by its new name if renamed, and the rest on the live site", () => {
    expect(mirrored).toContain('<a href="/de/subprocessors?lang=de">');
    expect(mirrored).toContain('<a href="https://trust.example.com/sign-in">');
    expect(mirrored).toContain('<a href="/en/documents/x/download.pdf">');
    expect(mirrored).toContain('<a href="#main">');
    expect(mirrored).toContain('type="application/atom+xml" href="/updates.de.atom"/>');
  });
});
