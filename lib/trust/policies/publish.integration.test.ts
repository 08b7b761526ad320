// Publishing trust documents (SECURITY.md S11, S13, S17): version N+1 with the SHA-256 of its text,
// unchanged text refused, published versions immutable in the database, only content staff may
// publish, strict input, distinct numbers under concurrency, audit and updates-feed entries.
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { actAnonymously, actAs, FAKE_CLIENT, nextHeadersMock } from "../../testing/fake-next-request.ts";
import { fixedClock } from "../../time/clock.ts";
import { contentHash } from "./content-hash.ts";
import { createCustomDocument, createCustomDocumentInput } from "./custom-documents.ts";
import { saveDraft, saveDraftInput } from "./drafts.ts";
import { publishDocument, publishInput, publishVersion, type PublishInput } from "./publish.ts";
import { getDocumentEditor, listDocumentsForStaff } from "./staff-views.ts";
import {
  createCustomDocumentAction,
  publishDocumentAction,
  saveDraftAction,
} from "../../../app/admin/trust/policies/actions.ts";

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

const contentStaff = () => createUser({ staffRoles: ["CONTENT"] });

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
    const staff = await contentStaff();
    await actAs(staff);
    const clock = fixedClock("2026-03-01T09:30:00.000Z");
    expect(await publishDocument(input(), clock)).toMatch(
      /^Published version 1 \(SHA-256 [0-9a-f]{12}…\)\.$/,
    );
    const body = "## Scope\n\nVersion two, with a new sentence about Ümlaute.\n";
    expect(
      await publishDocument(
        input({ body, changelog: "Second version.", effectiveDate: "2026-04-01" }),
        clock,
      ),
    ).toMatch(/^Published version 2 /);

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
      ip: FAKE_CLIENT.ip,
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
      title: "Technical and organisational measures: version 2 published (English)",
      titleDe: "Technische und organisatorische Maßnahmen: Version 2 veröffentlicht (Englisch)",
      publishedAt: clock.now(),
    });
  });

  it("normalises CRLF line endings from browsers before hashing", async () => {
    await actAs(await contentStaff());
    await publishDocument(input({ slug: "faq", body: "## Q\r\n\r\nA.\r\n" }));
    const [version] = await versionsOf("faq");
    expect(version).toMatchObject({ body: "## Q\n\nA.\n", contentHash: contentHash("## Q\n\nA.\n") });
  });

  it("refuses to publish the text of the latest version again, with the version named; nothing changes", async () => {
    await actAs(await contentStaff());
    await publishDocument(input({ slug: "ai" }));
    const before = {
      versions: await db.trustDocumentVersion.count(),
      updates: await db.trustUpdate.count(),
      audits: await db.auditEvent.count(),
    };
    const again = publishDocument(input({ slug: "ai", title: "A new title", changelog: "Nothing really." }));
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(publishDocument(input({ slug: "ai" }))).rejects.toThrow(
      "This text is already published as version 1.",
    );
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
    await actAs(await contentStaff());
    await expect(publishDocument(input({ slug: "no-such-page" }))).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.trustDocument.count({ where: { slug: "no-such-page" } })).toBe(0);
  });
});

describe("published versions are immutable (database trigger)", () => {
  it("refuses UPDATE and DELETE of a version, through Prisma and raw SQL", async () => {
    await actAs(await contentStaff());
    await publishDocument(input({ slug: "security" }));
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
      { user: await createUser({ staffRoles: ["SUPPORT"] }), error: ForbiddenError },
      { user: await createUser({ staffRoles: ["SECURITY"] }), error: ForbiddenError },
      { user: await createUser({ staffRoles: ["PRIVACY"] }), error: ForbiddenError },
      {
        user: await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
        error: NotFoundError,
      },
    ];
    const before = {
      documents: await db.trustDocument.count(),
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
    };
    for (const { user, error } of callers) {
      await actAs(user);
      await expect(publishDocument(input({ slug: "dpa" }))).rejects.toBeInstanceOf(error);
      await expect(
        saveDraft(saveDraftInput.parse({ slug: "dpa", locale: "en", title: "T", body: "draft" })),
      ).rejects.toBeInstanceOf(error);
      await expect(
        createCustomDocument(
          createCustomDocumentInput.parse({ slug: "evil-page", titleEn: "Evil", titleDe: "" }),
        ),
      ).rejects.toBeInstanceOf(error);
      await expect(listDocumentsForStaff()).rejects.toBeInstanceOf(error);
      await expect(getDocumentEditor("dpa", "en")).rejects.toBeInstanceOf(error);
    }
    actAnonymously();
    await expect(publishDocument(input({ slug: "dpa" }))).rejects.toBeInstanceOf(UnauthenticatedError);
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
    await actAs(await createUser({ staffRoles: ["ADMIN"] }));
    await publishDocument(input({ slug: "dpa", body: "## Parties\n\nAdmin text.\n" }));
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

describe("the staff console's server actions (S13, S14)", () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.set(key, value);
    return data;
  };
  const publishFields = {
    slug: "toms",
    locale: "en",
    title: "T",
    body: "Action text.\n",
    effectiveDate: "2026-03-01",
    changelog: "c",
  };

  it("refuse extra fields and foreign origins; nothing is stored", async () => {
    await actAs(await contentStaff());
    const before = {
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
      documents: await db.trustDocument.count(),
    };
    expect(
      await publishDocumentAction(null, form({ ...publishFields, publishedById: "someone-else" })),
    ).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
    expect(
      await saveDraftAction(
        null,
        form({ slug: "toms", locale: "en", title: "T", body: "x", documentId: "other" }),
      ),
    ).toMatchObject({ ok: false });
    expect(
      await createCustomDocumentAction(
        null,
        form({ slug: "new-page", titleEn: "T", titleDe: "", position: "-1" }),
      ),
    ).toMatchObject({ ok: false });
    (await nextHeadersMock.headers()).set("origin", "https://attacker.example");
    expect(await publishDocumentAction(null, form(publishFields))).toEqual({
      ok: false,
      message: "This request did not come from this site.",
    });
    expect({
      versions: await db.trustDocumentVersion.count(),
      drafts: await db.trustDocumentDraft.count(),
      documents: await db.trustDocument.count(),
    }).toEqual(before);
  });
});

describe("concurrent publishing", () => {
  it("two publishes at the same moment get distinct version numbers", async () => {
    await actAs(await contentStaff());
    await publishDocument(input({ slug: "toms", locale: "de", body: "Eins.\n" }));
    const publisher = { userId: null, label: "test" };
    const results = await Promise.all(
      ["Zwei A.\n", "Zwei B.\n", "Zwei C.\n"].map((body) =>
        publishVersion({
          slug: "toms",
          locale: "de",
          title: "TOM",
          body,
          effectiveDate: new Date("2026-03-01"),
          changelog: body,
          publishedBy: publisher,
        }),
      ),
    );
    expect(results.map((r) => r.version).sort()).toEqual([2, 3, 4]);
    expect((await versionsOf("toms", "de")).map((v) => v.version)).toEqual([1, 2, 3, 4]);
  });

  it("the same text published twice at once becomes one version; the other is refused", async () => {
    const publisher = { userId: null, label: "test" };
    const publish = () =>
      publishVersion({
        slug: "faq",
        locale: "de",
        title: "FAQ",
        body: "Gleich.\n",
        effectiveDate: new Date("2026-03-01"),
        changelog: "c",
        publishedBy: publisher,
      });
    const outcomes = await Promise.allSettled([publish(), publish()]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(UserFacingError);
    expect(await db.trustDocumentVersion.count({ where: { document: { slug: "faq" }, locale: "de" } })).toBe(
      1,
    );
  });
});

describe("drafts and custom pages", () => {
  it("saving a draft changes nothing public and shows as unpublished changes", async () => {
    await actAs(await contentStaff());
    await publishDocument(
      input({ slug: "security", locale: "de", title: "Sicherheit", body: "Veröffentlicht.\n" }),
    );
    const published = await db.trustDocumentVersion.count();
    expect(
      await saveDraft(
        saveDraftInput.parse({ slug: "security", locale: "de", title: "Sicherheit", body: "Entwurf.\n" }),
      ),
    ).toMatch(/Draft saved/);
    expect(await db.trustDocumentVersion.count()).toBe(published);
    const editor = await getDocumentEditor("security", "de");
    expect(editor).toMatchObject({ body: "Entwurf.\n", draft: "changed", nextVersion: 2 });
    expect(editor.versions[0]).toMatchObject({ version: 1, publishedBy: expect.stringContaining("@") });
    expect(await db.auditEvent.count({ where: { action: "trust.document.draft_saved" } })).toBe(1);
  });

  it("a custom page is created with empty drafts in both languages; reserved or taken addresses are refused", async () => {
    await actAs(await contentStaff());
    expect(
      await createCustomDocument(
        createCustomDocumentInput.parse({
          slug: "pen-test-summary",
          titleEn: "Pen test summary",
          titleDe: "",
        }),
      ),
    ).toBe("pen-test-summary");
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
        createCustomDocumentInput.parse({ slug: "pen-test-summary", titleEn: "Again", titleDe: "" }),
      ),
    ).rejects.toThrow(/already exists/);
    expect(
      createCustomDocumentInput.safeParse({ slug: "subprocessors", titleEn: "x", titleDe: "" }).success,
    ).toBe(false);
    const list = await listDocumentsForStaff();
    expect(list.map((d) => d.slug)).toEqual(["security", "toms", "faq", "ai", "dpa", "pen-test-summary"]);
    expect(list.at(-1)!.languages.map((l) => l.draft)).toEqual(["unpublished", "unpublished"]);
    expect(await db.auditEvent.count({ where: { action: "trust.document.created" } })).toBe(1);
  });
});
