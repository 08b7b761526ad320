// Publishing trust documents (SECURITY.md S11, S13, S17): version N+1 with the SHA-256 of its text,
// unchanged text refused, published versions immutable in the database, only content staff may
// publish, strict input, distinct numbers under concurrency, audit and updates-feed entries.
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { db } from "../../db/client.ts";
import { anonymousContext, contextFor, TEST_CLIENT } from "../../testing/context.ts";
import { fixedClock, type Clock } from "../../time/clock.ts";
import { contentHash } from "./content-hash.ts";
import { createCustomDocument, createCustomDocumentInput } from "./custom-documents.ts";
import { saveDraft, saveDraftInput } from "./drafts.ts";
import { POLICY_MESSAGES } from "./messages.ts";
import { publishDocument, publishInput, type PublishInput } from "./publish.ts";
import { getDocumentEditor, listDocumentsForStaff } from "./staff-views.ts";
import { listTrustUpdates } from "../updates.ts";
import { publishDpa } from "../../dpa/testing.ts";

/** A content editor's context (trust.content.manage). */
async function contentStaff(options: { clock?: Clock } = {}) {
  const user = await createUser({ staffRoles: ["CONTENT"] });
  return { user, ctx: await contextFor(user, options) };
}

function input(overrides: Partial<Record<keyof PublishInput, string>> = {}): PublishInput {
  return publishInput.parse({
    slug: "toms",
    locale: "en",
    title: "Technical and organisational measures",
    body: "## Scope\n\nVersion one of the measures.\n",
    effectiveDate: "2026-03-01",
    changelog: "First version.",
    ...overrides,
  });
}

const versionsOf = (slug: string, locale: "en" | "de" = "en") =>
  db.trustDocumentVersion.findMany({ where: { document: { slug }, locale }, orderBy: { version: "asc" } });

describe("publishing a version", () => {
  it("creates version N+1 with the SHA-256 of its Markdown, the draft equal to it, an audit event and an update entry", async () => {
    const clock = fixedClock("2026-03-01T09:30:00.000Z");
    const { user: staff, ctx } = await contentStaff({ clock });
    expect(await publishDocument(ctx, input())).toMatchObject({
      slug: "toms",
      locale: "en",
      version: 1,
      contentHash: contentHash("## Scope\n\nVersion one of the measures.\n"),
    });
    const body = "## Scope\n\nVersion two, with a new sentence about Ümlaute.\n";
    expect(
      await publishDocument(ctx, input({ body, changelog: "Second version.", effectiveDate: "2026-04-01" })),
    ).toMatchObject({ version: 2, contentHash: contentHash(body), publishedAt: clock.now() });

    const versions = await versionsOf("toms");
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1]).toMatchObject({
      body,
      contentHash: contentHash(body),
      changelog: "Second version.",
      effectiveDate: new Date("2026-04-01T00:00:00.000Z"),
      publishedAt: clock.now(),
      publishedById: staff.id,
      title: "Technical and organisational measures",
    });
    const draft = await db.trustDocumentDraft.findFirstOrThrow({
      where: { document: { slug: "toms" }, locale: "en" },
    });
    expect(draft).toMatchObject({ body, updatedById: staff.id });

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "trust.document.published", targetId: versions[1]!.id },
    });
    expect(audit).toMatchObject({
      chain: "provider",
      actorUserId: staff.id,
      actorLabel: staff.email,
      targetType: "TrustDocumentVersion",
      ip: TEST_CLIENT.ip,
    });
    expect(audit.metadata).toEqual({
      slug: "toms",
      locale: "en",
      version: 2,
      contentHash: contentHash(body),
    });

    const update = await db.trustUpdate.findFirstOrThrow({
      where: { topic: "DOCUMENT", summary: "Second version." },
    });
    expect(update).toMatchObject({
      path: "/toms",
      locale: "en",
      title: "Technical and organisational measures: version 2 published (English)",
      titleDe: "Technische und organisatorische Maßnahmen: Version 2 veröffentlicht (Englisch)",
      // Issue 11: the English change note is not shown to German readers as their summary.
      summaryDe: POLICY_MESSAGES.onlyIn("en").de,
      publishedAt: clock.now(),
    });
  });

  it("normalises CRLF line endings from browsers before hashing", async () => {
    const { ctx } = await contentStaff();
    await publishDocument(ctx, input({ slug: "faq", body: "## Q\r\n\r\nA.\r\n" }));
    const [version] = await versionsOf("faq");
    expect(version).toMatchObject({ body: "## Q\n\nA.\n", contentHash: contentHash("## Q\n\nA.\n") });
  });

  it("refuses to publish the text of the latest version again, with the version named; nothing changes", async () => {
    const { ctx } = await contentStaff();
    await publishDocument(ctx, input({ slug: "ai" }));
    const before = {
      versions: await db.trustDocumentVersion.count(),
      updates: await db.trustUpdate.count(),
      audits: await db.auditEvent.count(),
    };
    const again = publishDocument(
      ctx,
      input({ slug: "ai", title: "A new title", changelog: "Nothing really." }),
    );
    await expect(again).rejects.toMatchObject({ code: "conflict" });
    await expect(publishDocument(ctx, input({ slug: "ai" }))).rejects.toMatchObject({
      code: "conflict",
      text: POLICY_MESSAGES.alreadyPublished(1),
    });
    expect({
      versions: await db.trustDocumentVersion.count(),
      updates: await db.trustUpdate.count(),
      audits: await db.auditEvent.count(),
    }).toEqual(before);
  });

  it("refuses an empty text, a missing change note, a long change note and an impossible date (field errors)", () => {
    const valid = {
      slug: "toms",
      locale: "en",
      title: "T",
      body: "x",
      effectiveDate: "2026-03-01",
      changelog: "c",
    };
    const errors = (data: object) =>
      Object.keys(publishInput.safeParse({ ...valid, ...data }).error?.flatten().fieldErrors ?? {});
    expect(errors({})).toEqual([]);
    expect(errors({ body: "  \n " })).toEqual(["body"]);
    expect(errors({ changelog: " " })).toEqual(["changelog"]);
    expect(errors({ changelog: "x".repeat(201) })).toEqual(["changelog"]);
    expect(errors({ effectiveDate: "2026-02-30" })).toEqual(["effectiveDate"]);
    expect(errors({ effectiveDate: "01.03.2026" })).toEqual(["effectiveDate"]);
    expect(errors({ locale: "fr" })).toEqual(["locale"]);
    expect(errors({ slug: "../etc" })).toEqual(["slug"]);
    expect(errors({ title: "x".repeat(201) })).toEqual(["title"]);
  });

  it("answers not-found for an unknown custom slug, without creating anything", async () => {
    const { ctx } = await contentStaff();
    await expect(publishDocument(ctx, input({ slug: "no-such-page" }))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.trustDocument.count({ where: { slug: "no-such-page" } })).toBe(0);
  });
});

describe("published versions are immutable (database trigger)", () => {
  it("refuses UPDATE and DELETE of a version, through Prisma and raw SQL", async () => {
    const { ctx } = await contentStaff();
    await publishDocument(ctx, input({ slug: "security" }));
    const [version] = await versionsOf("security");
    await expect(
      db.trustDocumentVersion.update({ where: { id: version!.id }, data: { body: "tampered" } }),
    ).rejects.toThrow(/immutable/);
    await expect(db.trustDocumentVersion.delete({ where: { id: version!.id } })).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`UPDATE "TrustDocumentVersion" SET "contentHash" = 'x' WHERE id = ${version!.id}`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`DELETE FROM "TrustDocumentVersion" WHERE id = ${version!.id}`,
    ).rejects.toThrow(/immutable/);
    expect(await db.trustDocumentVersion.findUniqueOrThrow({ where: { id: version!.id } })).toEqual(version);
  });
});

describe("who may write documents (S11)", () => {
  it("staff without trust.content.manage, customers and anonymous callers are refused; nothing is stored", async () => {
    const org = await createOrganization();
    const callers = [
      { user: await createUser({ staffRoles: ["SUPPORT"] }), code: "forbidden" },
      { user: await createUser({ staffRoles: ["SECURITY"] }), code: "forbidden" },
      { user: await createUser({ staffRoles: ["PRIVACY"] }), code: "forbidden" },
      {
        user: await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
        code: "not_found",
      },
    ];
    const before = {
      documents: await db.trustDocument.count(),
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
    };
    for (const { user, code } of callers) {
      const ctx = await contextFor(user);
      await expect(publishDocument(ctx, input({ slug: "dpa" }))).rejects.toMatchObject({ code });
      await expect(
        saveDraft(ctx, saveDraftInput.parse({ slug: "dpa", locale: "en", title: "T", body: "draft" })),
      ).rejects.toMatchObject({ code });
      await expect(
        createCustomDocument(
          ctx,
          createCustomDocumentInput.parse({ slug: "evil-page", titleEn: "Evil", titleDe: "" }),
        ),
      ).rejects.toMatchObject({ code });
      await expect(listDocumentsForStaff(ctx)).rejects.toMatchObject({ code });
      await expect(getDocumentEditor(ctx, "dpa", "en")).rejects.toMatchObject({ code });
    }
    await expect(publishDocument(anonymousContext(), input({ slug: "dpa" }))).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect({
      documents: await db.trustDocument.count(),
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
    }).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "authz.denied" } })).toBeGreaterThanOrEqual(
      callers.length,
    );
  });

  it("an ADMIN staff member may publish", async () => {
    const admin = await contextFor(await createUser({ staffRoles: ["ADMIN"] }));
    // The DPA with its Art. 28(3) particulars (lib/dpa/publish-particulars.integration.test.ts).
    await publishDpa(admin);
    expect((await versionsOf("dpa")).map((v) => v.version)).toEqual([1]);
  });
});

describe("strict input (S13)", () => {
  it("refuses fields the forms do not have (who published, hash, version number)", () => {
    const valid = {
      slug: "toms",
      locale: "en",
      title: "T",
      body: "x",
      effectiveDate: "2026-03-01",
      changelog: "c",
    };
    expect(publishInput.safeParse(valid).success).toBe(true);
    for (const extra of [
      { publishedById: "someone" },
      { contentHash: "0".repeat(64) },
      { version: "1" },
      { publishedAt: "2020-01-01" },
    ]) {
      expect(publishInput.safeParse({ ...valid, ...extra }).success, JSON.stringify(extra)).toBe(false);
    }
    expect(
      saveDraftInput.safeParse({ slug: "toms", locale: "en", title: "T", body: "x", updatedById: "u" })
        .success,
    ).toBe(false);
    expect(
      createCustomDocumentInput.safeParse({ slug: "page-x", titleEn: "T", titleDe: "", kind: "DPA" }).success,
    ).toBe(false);
  });
});

describe("concurrent publishing", () => {
  it("two publishes at the same moment get distinct version numbers", async () => {
    const { ctx } = await contentStaff();
    await publishDocument(ctx, input({ slug: "toms", locale: "de", body: "Eins.\n" }));
    const results = await Promise.all(
      ["Zwei A.\n", "Zwei B.\n", "Zwei C.\n"].map((body) =>
        publishDocument(ctx, {
          slug: "toms",
          locale: "de",
          title: "TOM",
          body,
          effectiveDate: new Date("2026-03-01"),
          changelog: body,
        }),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([2, 3, 4]);
    expect((await versionsOf("toms", "de")).map((v) => v.version)).toEqual([1, 2, 3, 4]);
  });

  it("the same text published twice at once becomes one version; the other is refused", async () => {
    const { ctx } = await contentStaff();
    const publish = () =>
      publishDocument(ctx, {
        slug: "faq",
        locale: "de",
        title: "FAQ",
        body: "Gleich.\n",
        effectiveDate: new Date("2026-03-01"),
        changelog: "c",
      });
    const outcomes = await Promise.allSettled([publish(), publish()]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "conflict" });
    expect(await db.trustDocumentVersion.count({ where: { document: { slug: "faq" }, locale: "de" } })).toBe(
      1,
    );
  });
});

describe("drafts and custom pages", () => {
  it("saving a draft changes nothing public and shows as unpublished changes", async () => {
    const { user: staff, ctx } = await contentStaff();
    await publishDocument(
      ctx,
      input({ slug: "security", locale: "de", title: "Sicherheit", body: "Veröffentlicht.\n" }),
    );
    const published = await db.trustDocumentVersion.count();
    const draft = await saveDraft(
      ctx,
      saveDraftInput.parse({ slug: "security", locale: "de", title: "Sicherheit", body: "Entwurf.\n" }),
    );
    expect(await db.trustDocumentDraft.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      locale: "de",
      body: "Entwurf.\n",
      updatedById: staff.id,
    });
    expect(await db.trustDocumentVersion.count()).toBe(published);
    const editor = await getDocumentEditor(ctx, "security", "de");
    expect(editor).toMatchObject({ body: "Entwurf.\n", draft: "changed", nextVersion: 2 });
    expect(editor.versions[0]).toMatchObject({
      version: 1,
      publishedBy: { by: "staff", name: staff.name, email: staff.email },
    });
    expect(await db.auditEvent.count({ where: { action: "trust.document.draft_saved" } })).toBe(1);
  });

  it("a custom page is created with empty drafts in both languages; reserved or taken addresses are refused", async () => {
    const { ctx } = await contentStaff();
    expect(
      await createCustomDocument(
        ctx,
        createCustomDocumentInput.parse({
          slug: "pen-test-summary",
          titleEn: "Pen test summary",
          titleDe: "",
        }),
      ),
    ).toMatchObject({ slug: "pen-test-summary" });
    const drafts = await db.trustDocumentDraft.findMany({
      where: { document: { slug: "pen-test-summary" } },
      orderBy: { locale: "asc" },
    });
    expect(drafts.map((d) => [d.locale, d.title, d.body])).toEqual([
      ["en", "Pen test summary", ""],
      ["de", "Pen test summary", ""],
    ]);
    await expect(
      createCustomDocument(
        ctx,
        createCustomDocumentInput.parse({ slug: "pen-test-summary", titleEn: "Again", titleDe: "" }),
      ),
    ).rejects.toMatchObject({ code: "invalid", text: POLICY_MESSAGES.addressTaken("pen-test-summary") });
    expect(
      createCustomDocumentInput.safeParse({ slug: "subprocessors", titleEn: "x", titleDe: "" }).success,
    ).toBe(false);
    const list = await listDocumentsForStaff(ctx);
    expect(list.map((d) => d.slug)).toEqual(["security", "toms", "faq", "ai", "dpa", "pen-test-summary"]);
    expect(list.at(-1)!.languages.map((l) => l.draft)).toEqual(["unpublished", "unpublished"]);
    expect(await db.auditEvent.count({ where: { action: "trust.document.created" } })).toBe(1);
  });
});

describe("translations that lag behind the English text (issue 11)", () => {
  it("staff see since which English version a translation is out of date; English readers see only English entries", async () => {
    const day = (n: number) => fixedClock(`2026-03-0${n}T10:00:00Z`);
    const { user, ctx } = await contentStaff();
    const slug = "lagging-page";
    await createCustomDocument(ctx, createCustomDocumentInput.parse({ slug, titleEn: "Lag", titleDe: "" }));
    const publishOn = async (n: number, locale: "en" | "de", body: string, changelog: string) =>
      publishDocument(
        await contextFor(user, { clock: day(n) }),
        input({ slug, locale, body, changelog, title: locale === "de" ? "Verzug" : "Lag" }),
      );
    const row = async () => (await listDocumentsForStaff(ctx)).find((d) => d.slug === slug)!;
    await publishOn(1, "en", "English one.\n", "English first.");
    await publishOn(2, "de", "Deutsch eins.\n", "Deutsch zuerst.");
    expect((await row()).languages.map((l) => l.outdatedSince)).toEqual([null, null]);

    await publishOn(3, "en", "English two.\n", "English second.");
    await publishOn(4, "en", "English three.\n", "English third.");
    expect((await row()).languages.map((l) => [l.locale, l.draft, l.outdatedSince])).toEqual([
      ["en", "published", null],
      ["de", "published", 2],
    ]);
    expect((await getDocumentEditor(ctx, slug, "de")).languages[1]).toMatchObject({ outdatedSince: 2 });

    const updates = await db.trustUpdate.findMany({
      where: { path: `/${slug}` },
      orderBy: { publishedAt: "asc" },
    });
    expect(updates.map((u) => [u.locale, u.summary, u.summaryDe])).toEqual([
      ["en", "English first.", POLICY_MESSAGES.onlyIn("en").de],
      ["de", POLICY_MESSAGES.onlyIn("de").en, "Deutsch zuerst."],
      ["en", "English second.", POLICY_MESSAGES.onlyIn("en").de],
      ["en", "English third.", POLICY_MESSAGES.onlyIn("en").de],
    ]);

    const ofPage = async (locale: "en" | "de") =>
      (await listTrustUpdates(locale)).filter((u) => u.path === `/${slug}`);
    const english = await ofPage("en");
    expect(english.map((u) => u.summary)).toEqual(["English third.", "English second.", "English first."]);
    const german = await ofPage("de");
    expect(german.map((u) => [u.summary, u.onlyIn])).toEqual([
      [POLICY_MESSAGES.onlyIn("en").de, "en"],
      [POLICY_MESSAGES.onlyIn("en").de, "en"],
      ["Deutsch zuerst.", null],
    ]);

    await publishOn(5, "de", "Deutsch zwei.\n", "Deutsch aktualisiert.");
    expect((await ofPage("de")).map((u) => u.summary)).toEqual(["Deutsch aktualisiert.", "Deutsch zuerst."]);
    expect((await row()).languages[1]!.outdatedSince).toBeNull();
  });
});
