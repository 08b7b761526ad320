// The updates feed is valid Atom 1.0 (RFC 4287): well-formed XML (parsed with a strict parser), the
// Atom namespace on <feed>, the required feed and entry elements, absolute links and stable ids.
import { xml2js, type Element } from "xml-js";
import { describe, expect, it } from "vitest";
import { buildAtomFeed, type AtomFeedInput } from "./atom.ts";

const ATOM_NS = "http://www.w3.org/2005/Atom";

function children(element: Element, name: string): Element[] {
  return (element.elements ?? []).filter((child) => child.type === "element" && child.name === name);
}

function textOf(element: Element | undefined): string {
  return (element?.elements ?? []).map((child) => String(child.text ?? child.cdata ?? "")).join("");
}

function parseFeed(xml: string): Element {
  const document = xml2js(xml, { compact: false }) as Element;
  const roots = (document.elements ?? []).filter((e) => e.type === "element");
  expect(roots).toHaveLength(1);
  return roots[0]!;
}

const input = (overrides: Partial<AtomFeedInput> = {}): AtomFeedInput => ({
  appUrl: "https://trust.northwind.example/",
  locale: "en",
  provider: { displayName: "Northwind Analytics", legalName: "Northwind Analytics GmbH" },
  emptyUpdated: new Date("2026-01-01T00:00:00Z"),
  entries: [
    {
      id: "u2",
      topic: "SUBPROCESSOR",
      title: "New subprocessor: Mailer & Co <EU>",
      summary: "Adds Mailer & Co for email delivery ]]> from 1 March.",
      path: "/subprocessors",
      publishedAt: "2026-11-20T09:30:00.000Z",
    },
    {
      id: "u1",
      topic: "DOCUMENT",
      title: "TOMs version 2",
      summary: "Encryption section updated.",
      path: "/toms",
      publishedAt: "2026-10-01T08:00:00.000Z",
    },
  ],
  ...overrides,
});

describe("Atom feed of public updates", () => {
  it("is a well-formed Atom 1.0 document with the required feed elements", () => {
    const feed = parseFeed(buildAtomFeed(input()));
    expect(feed.name).toBe("feed");
    expect(feed.attributes?.xmlns).toBe(ATOM_NS);
    expect(textOf(children(feed, "id")[0])).toBe("https://trust.northwind.example/updates.atom");
    expect(textOf(children(feed, "title")[0])).toBe("Northwind Analytics trust center updates");
    expect(textOf(children(feed, "updated")[0])).toBe("2026-11-20T09:30:00.000Z");
    expect(textOf(children(children(feed, "author")[0]!, "name")[0])).toBe("Northwind Analytics GmbH");
    const links = children(feed, "link").map((l) => l.attributes);
    expect(links).toContainEqual({ rel: "self", href: "https://trust.northwind.example/updates.atom" });
    expect(links).toContainEqual({ rel: "alternate", href: "https://trust.northwind.example/en/updates" });
  });

  it("gives every entry a stable id, title, updated, absolute link and summary, newest first", () => {
    const entries = children(parseFeed(buildAtomFeed(input())), "entry");
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const required of ["id", "title", "updated", "link", "summary"])
        expect(children(entry, required), required).toHaveLength(1);
      expect(children(entry, "link")[0]!.attributes?.href).toMatch(
        /^https:\/\/trust\.northwind\.example\/en\//,
      );
    }
    const [first] = entries;
    expect(textOf(children(first!, "id")[0])).toBe("urn:article28:update:en:u2");
    expect(children(first!, "link")[0]!.attributes?.href).toBe(
      "https://trust.northwind.example/en/subprocessors",
    );
    expect(textOf(children(first!, "updated")[0])).toBe("2026-11-20T09:30:00.000Z");
    // type="html": plain text arrives escaped, so readers show it as written (and "]]>" cannot end CDATA early).
    expect(children(first!, "title")[0]!.attributes?.type).toBe("html");
    expect(textOf(children(first!, "title")[0])).toBe("New subprocessor: Mailer &amp; Co &lt;EU&gt;");
    expect(textOf(children(first!, "summary")[0])).toBe(
      "Adds Mailer &amp; Co for email delivery ]]&gt; from 1 March.",
    );
    expect(children(first!, "category")[0]!.attributes).toMatchObject({
      term: "SUBPROCESSOR",
      label: "Subprocessor",
    });
  });

  it("German feed: own id and self link (?lang=de), German title, links to /de pages, entry ids per language", () => {
    const feed = parseFeed(buildAtomFeed(input({ locale: "de" })));
    expect(textOf(children(feed, "id")[0])).toBe("https://trust.northwind.example/updates.atom?lang=de");
    expect(textOf(children(feed, "title")[0])).toBe("Northwind Analytics Trust Center – Neuigkeiten");
    const entry = children(feed, "entry")[0]!;
    expect(textOf(children(entry, "id")[0])).toBe("urn:article28:update:de:u2");
    expect(children(entry, "link")[0]!.attributes?.href).toBe(
      "https://trust.northwind.example/de/subprocessors",
    );
    expect(children(entry, "category")[0]!.attributes?.label).toBe("Unterauftragsverarbeiter");
  });

  it("is still valid without entries (updated = the fallback instant)", () => {
    const feed = parseFeed(buildAtomFeed(input({ entries: [] })));
    expect(textOf(children(feed, "updated")[0])).toBe("2026-01-01T00:00:00.000Z");
    expect(children(feed, "entry")).toHaveLength(0);
  });

  it("never links off-site for a malformed stored path", () => {
    const entry = children(
      parseFeed(buildAtomFeed(input({ entries: [{ ...input().entries[0]!, path: "//evil.example/x" }] }))),
      "entry",
    )[0]!;
    expect(children(entry, "link")[0]!.attributes?.href).toBe("https://trust.northwind.example/en/updates");
  });
});
