import { describe, expect, it } from "vitest";
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
