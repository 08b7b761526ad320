import { describe, expect, it } from "vitest";
import { documentOutline } from "./outline";
import { renderMarkdown, slugify } from "./render";

describe("markdown rendering", () => {
  it("escapes raw HTML instead of passing it through", () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops dangerous link schemes and keeps safe ones", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("href=");
    expect(renderMarkdown("[x](data:text/html;base64,AAAA)")).not.toContain("href=");
    expect(renderMarkdown("[x](ftp://example.com)")).not.toContain("href=");
    expect(renderMarkdown("[x](https://example.com)")).toContain(
      'href="https://example.com" rel="noopener noreferrer"',
    );
    expect(renderMarkdown("[x](mailto:security@example.com)")).toContain(
      'href="mailto:security@example.com"',
    );
    expect(renderMarkdown("[x](/toms#encryption)")).toContain('href="/toms#encryption"');
  });

  it("gives headings linkable ids and renders tables", () => {
    expect(renderMarkdown("## 3. Encryption at rest")).toContain('<h2 id="3-encryption-at-rest">');
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
    expect(slugify("Verschlüsselung & Zugriff")).toBe("verschlusselung-zugriff");
  });
});

describe("headings and links between trust pages", () => {
  it("gives repeated headings distinct ids", () => {
    const html = renderMarkdown("## Scope\n\ntext\n\n## Scope\n\n## Scope");
    expect(html).toContain('<h2 id="scope">');
    expect(html).toContain('<h2 id="scope-2">');
    expect(html).toContain('<h2 id="scope-3">');
  });

  it("renders links to other trust pages in the page's language, and leaves everything else", () => {
    const source =
      "[TOMs](/toms#3-encryption) [DPA PDF](/dpa/latest.pdf) [list](/subprocessors) [CSV](/subprocessors.csv) " +
      "[portal](/portal/acme) [already](/en/faq) [ext](https://example.com/toms) [here](#scope) [home](/)";
    const german = renderMarkdown(source, { linkLocale: "de" });
    for (const href of [
      "/de/toms#3-encryption",
      "/de/dpa/latest.pdf",
      "/de/subprocessors",
      "/subprocessors.csv",
      "/portal/acme",
      "/en/faq",
      "https://example.com/toms",
      "#scope",
      "/de",
    ])
      expect(german, href).toContain(`href="${href}"`);
    expect(renderMarkdown(source), "without a page language, as written").toContain(
      'href="/toms#3-encryption"',
    );
  });
});

describe("document outline", () => {
  it("lists the second-level headings with the ids the renderer gives them", () => {
    const source = "Intro\n\n## 1. Scope\n\n### Detail\n\n## 2. *Encryption* at rest\n\n## 1. Scope\n";
    expect(documentOutline(source)).toEqual([
      { id: "1-scope", text: "1. Scope" },
      { id: "2-encryption-at-rest", text: "2. Encryption at rest" },
      { id: "1-scope-2", text: "1. Scope" },
    ]);
    for (const { id } of documentOutline(source)) expect(renderMarkdown(source)).toContain(`id="${id}"`);
  });
});
