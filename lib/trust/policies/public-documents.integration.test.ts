// What visitors read: only published text, in their language or labelled English, with history,
// exact versions and comparisons; drafts never appear.
import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../../prisma/factories.ts";
import type { SignedInContext } from "../../context/context.ts";
import { contextFor } from "../../testing/context.ts";
import { publishDocument, type PublishRequest } from "./publish.ts";
import {
  documentLanguage,
  getDocumentComparison,
  getDocumentHistory,
  getDocumentVersion,
  getPublishedDocument,
} from "./public-documents.ts";
import { createCustomDocument } from "./custom-documents.ts";
import { db } from "../../db/client.ts";
import { fixedClock } from "../../time/clock.ts";

const clock = fixedClock("2026-01-10T08:00:00.000Z");
let editor: SignedInContext;
beforeAll(async () => {
  editor = await contextFor(await createUser({ staffRoles: ["CONTENT"] }), { clock });
});

function publish(slug: string, locale: "en" | "de", body: string, extra: Partial<PublishRequest> = {}) {
  clock.advance(60_000);
  return publishDocument(editor, {
    slug,
    locale,
    title: `${slug} (${locale})`,
    body,
    effectiveDate: new Date("2026-01-10"),
    changelog: `${locale}: ${body.trim()}`,
    ...extra,
  });
}

describe("language fallback", () => {
  it("shows English, labelled, until a German version exists; then German; flags German that predates the latest English", async () => {
    await createCustomDocument(editor, { slug: "fallback-page", titleEn: "Fallback", titleDe: "" });
    expect(await getPublishedDocument("fallback-page", "en")).toBeNull(); // created, nothing published

    await publish("fallback-page", "en", "English one.\n");
    expect(await getPublishedDocument("fallback-page", "de")).toMatchObject({
      choice: { shown: "en", notice: "missing-translation" },
      published: ["en"],
      current: { version: 1, body: "English one.\n" },
    });

    await publish("fallback-page", "de", "Deutsch eins.\n");
    expect(await getPublishedDocument("fallback-page", "de")).toMatchObject({
      choice: { shown: "de", notice: "none" },
      current: { body: "Deutsch eins.\n" },
    });

    await publish("fallback-page", "en", "English two.\n");
    expect(await documentLanguage("fallback-page", "de")).toMatchObject({
      choice: { shown: "de", notice: "outdated-translation", since: 2 },
      published: ["en", "de"],
    });
    expect(await documentLanguage("fallback-page", "en")).toMatchObject({
      choice: { shown: "en", notice: "none" },
    });
  });

  it("answers null for unknown slugs and never shows drafts", async () => {
    expect(await getPublishedDocument("unknown-page", "en")).toBeNull();
    await publish("faq", "en", "Published answer.\n");
    const document = await db.trustDocument.findUniqueOrThrow({ where: { slug: "faq" } });
    await db.trustDocumentDraft.update({
      where: { documentId_locale: { documentId: document.id, locale: "en" } },
      data: { body: "SECRET DRAFT" },
    });
    expect(JSON.stringify(await getPublishedDocument("faq", "en"))).not.toContain("SECRET DRAFT");
  });
});

describe("history, versions and comparison", () => {
  it("lists every version newest first, returns exact versions and pairs for the diff", async () => {
    for (const body of ["One.\n", "Two.\n", "Three.\n"]) await publish("ai", "en", body);
    const history = await getDocumentHistory("ai", "en");
    expect(history?.versions.map((v) => [v.version, v.changelog])).toEqual([
      [3, "en: Three."],
      [2, "en: Two."],
      [1, "en: One."],
    ]);
    expect(history?.versions[0]).not.toHaveProperty("body");
    expect(await getDocumentVersion("ai", "en", 2)).toMatchObject({
      version: { version: 2, body: "Two.\n" },
      latestVersion: 3,
    });
    expect(await getDocumentVersion("ai", "en", 4)).toBeNull();
    expect(await getDocumentComparison("ai", "en", 1, 3)).toMatchObject({
      from: { body: "One.\n" },
      to: { body: "Three.\n" },
    });
    expect(await getDocumentComparison("ai", "en", 1, 9)).toBeNull();
    // A German visitor without a German version reads the English history.
    expect(await getDocumentHistory("ai", "de")).toMatchObject({
      choice: { shown: "en", notice: "missing-translation" },
    });
  });
});
