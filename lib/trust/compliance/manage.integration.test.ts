// Staff maintain the compliance roadmap (trust.content.manage): every change audited in the provider
// chain, new standards and status changes announced as public updates, certificates only from the live
// library; SUPPORT staff, customers and anonymous callers are refused and change nothing (S11, S17).
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { verifyAllChains } from "../../audit/verify.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { db } from "../../db/client.ts";
import { anonymousContext, contextFor, TEST_CLIENT } from "../../testing/context.ts";
import { refusalsCounted } from "../../testing/refusals.ts";
import {
  complianceItemDeleteInput,
  complianceItemMoveInput,
  complianceItemUpdateInput,
  newComplianceItemInput,
} from "./input.ts";
import {
  createComplianceItem,
  deleteComplianceItem,
  moveComplianceItem,
  updateComplianceItem,
} from "./manage.ts";
import { listComplianceRoadmap } from "./roadmap.ts";
import { listCertificateOptions, listComplianceItemsForStaff } from "./staff-view.ts";

const unique = () => randomBytes(4).toString("hex");
const form = (fields: Record<string, string> = {}) =>
  newComplianceItemInput.parse({ standard: `ISO/IEC 27001 ${unique()}`, status: "PLANNED", ...fields });
const itemByStandard = (standard: string) => db.complianceItem.findFirstOrThrow({ where: { standard } });
const auditOf = (action: string, itemId: string) =>
  db.auditEvent.findMany({
    where: { chain: "provider", action: `trust.compliance.${action}`, targetId: itemId },
  });
const updatesAbout = (standard: string) =>
  db.trustUpdate.findMany({
    where: { topic: "COMPLIANCE", title: { contains: standard } },
    orderBy: { publishedAt: "asc" },
  });

/** A CONTENT staff member (trust.content.manage) and their context. */
async function content(): Promise<SignedInContext> {
  return contextFor(await createUser({ staffRoles: ["CONTENT"] }));
}

async function libraryDocument(options: { archived?: boolean } = {}) {
  const slug = `cert-${unique()}`;
  return db.libraryDocument.create({
    data: {
      slug,
      title: `Certificate ${slug}`,
      titleDe: `Zertifikat ${slug}`,
      gated: false,
      fileName: `${slug}.pdf`,
      contentType: "application/pdf",
      sizeBytes: 8,
      sha256: "0".repeat(64),
      data: Buffer.from("%PDF-1.7"),
      archivedAt: options.archived ? new Date() : null,
    },
  });
}

describe("adding and editing roadmap items (S17)", () => {
  it("adds an item at the end, audits it with who/where, and announces it in both languages", async () => {
    const staff = await content();
    const input = form({
      status: "IN_PROGRESS",
      targetDate: "2027-06-30",
      description: "Audit in 2027.",
      descriptionDe: "Audit 2027.",
    });
    const created = await createComplianceItem(staff, input);
    expect(created).toEqual({ id: expect.any(String), standard: input.standard });

    const item = await itemByStandard(input.standard);
    expect(item.id).toBe(created.id);
    expect(item).toMatchObject({
      status: "IN_PROGRESS",
      targetDate: new Date("2027-06-30T00:00:00Z"),
      description: "Audit in 2027.",
      descriptionDe: "Audit 2027.",
    });
    const last = await db.complianceItem.findFirstOrThrow({ orderBy: { position: "desc" } });
    expect(last.id).toBe(item.id);

    const [event] = await auditOf("created", item.id);
    expect(event).toMatchObject({
      actorUserId: staff.actor.userId,
      actorLabel: staff.actor.email,
      targetType: "ComplianceItem",
      ip: TEST_CLIENT.ip,
      metadata: { standard: input.standard, status: "IN_PROGRESS", targetDate: "2027-06-30" },
    });
    const [update] = await updatesAbout(input.standard);
    expect(update).toMatchObject({
      path: "/compliance",
      title: `Compliance: ${input.standard} added to the roadmap`,
    });
    expect(update!.summaryDe).toContain("„In Umsetzung“");
    expect((await verifyAllChains()).every((chain) => chain.ok)).toBe(true);
  });

  it("edits fields with a field-level audit; only a status change is announced", async () => {
    const staff = await content();
    const input = form();
    await createComplianceItem(staff, input);
    const item = await itemByStandard(input.standard);
    const edit = (fields: Record<string, string>) =>
      complianceItemUpdateInput.parse({
        id: item.id,
        standard: input.standard,
        status: "PLANNED",
        targetDate: "",
        description: "",
        descriptionDe: "",
        certificateDocumentId: "",
        ...fields,
      });

    expect(await updateComplianceItem(staff, edit({ description: "Scoped to the platform." }))).toEqual({
      standard: input.standard,
      changed: true,
    });
    expect(await updatesAbout(input.standard)).toHaveLength(1);
    const [described] = await auditOf("updated", item.id);
    expect(described!.metadata).toEqual({
      standard: input.standard,
      changes: { description: { from: "", to: "Scoped to the platform." } },
    });

    expect(await updateComplianceItem(staff, edit({ description: "Scoped to the platform." }))).toEqual({
      standard: input.standard,
      changed: false,
    });
    expect(await auditOf("updated", item.id)).toHaveLength(1);

    await updateComplianceItem(
      staff,
      edit({ description: "Scoped to the platform.", status: "COMPLIANT", targetDate: "2026-12-01" }),
    );
    const updates = await updatesAbout(input.standard);
    expect(updates).toHaveLength(2);
    expect(updates[1]!.title).toBe(`Compliance: ${input.standard} is now “Compliant”`);
    const statusEvent = (await auditOf("updated", item.id))[1]!;
    expect(statusEvent.metadata).toMatchObject({
      changes: { status: { from: "PLANNED", to: "COMPLIANT" }, targetDate: { from: null, to: "2026-12-01" } },
    });
  });

  it("takes a certificate only from documents in the library that are not archived; the public row links it until archived", async () => {
    const staff = await content();
    const live = await libraryDocument();
    const archived = await libraryDocument({ archived: true });
    expect((await listCertificateOptions(staff)).map((d) => d.id)).toContain(live.id);
    expect((await listCertificateOptions(staff)).map((d) => d.id)).not.toContain(archived.id);

    const refused = form({ certificateDocumentId: archived.id });
    await expect(createComplianceItem(staff, refused)).rejects.toMatchObject({ code: "invalid" });
    await expect(
      createComplianceItem(staff, form({ certificateDocumentId: "no-such-document" })),
    ).rejects.toMatchObject({ code: "invalid" });
    expect(await db.complianceItem.count({ where: { standard: refused.standard } })).toBe(0);
    expect(await updatesAbout(refused.standard)).toHaveLength(0);

    const input = form({ certificateDocumentId: live.id, descriptionDe: "", description: "English only." });
    await createComplianceItem(staff, input);
    const row = (await listComplianceRoadmap("de")).find((r) => r.standard === input.standard)!;
    expect(row.certificate).toEqual({ slug: live.slug, title: live.titleDe });
    expect(row).toMatchObject({ description: "English only.", descriptionUntranslated: true });

    await db.libraryDocument.update({ where: { id: live.id }, data: { archivedAt: new Date() } });
    expect(
      (await listComplianceRoadmap("en")).find((r) => r.standard === input.standard)!.certificate,
    ).toBeNull();
    expect(
      (await listComplianceItemsForStaff(staff)).find((r) => r.standard === input.standard)!.certificate,
    ).toMatchObject({ id: live.id, archived: true });
  });
});

describe("ordering and deleting", () => {
  it("moves an item up and down among its neighbours, audited; the edges say so and change nothing", async () => {
    const staff = await content();
    await db.complianceItem.deleteMany();
    for (const standard of ["A", "B", "C"]) await createComplianceItem(staff, form({ standard }));
    const order = async () => (await listComplianceRoadmap("en")).map((r) => r.standard);
    const id = async (standard: string) => (await itemByStandard(standard)).id;

    const move = async (standard: string, direction: "up" | "down") =>
      moveComplianceItem(staff, complianceItemMoveInput.parse({ id: await id(standard), direction }));

    expect(await move("C", "up")).toEqual({ standard: "C", direction: "up", moved: true });
    expect(await order()).toEqual(["A", "C", "B"]);
    await move("A", "down");
    expect(await order()).toEqual(["C", "A", "B"]);
    expect(await move("C", "up"), "already first").toEqual({ standard: "C", direction: "up", moved: false });
    expect(await order()).toEqual(["C", "A", "B"]);
    expect(
      (await db.complianceItem.findMany({ orderBy: { position: "asc" } })).map((i) => i.position),
    ).toEqual([0, 1, 2]);
    expect((await auditOf("moved", await id("C")))[0]!.metadata).toMatchObject({
      direction: "up",
      from: 3,
      to: 2,
    });
  });

  it("deletes an item with an audit record; an unknown id is not found", async () => {
    const staff = await content();
    const input = form();
    await createComplianceItem(staff, input);
    const item = await itemByStandard(input.standard);
    expect(await deleteComplianceItem(staff, complianceItemDeleteInput.parse({ id: item.id }))).toEqual({
      standard: input.standard,
    });
    expect(await db.complianceItem.count({ where: { id: item.id } })).toBe(0);
    expect((await auditOf("deleted", item.id))[0]!.metadata).toMatchObject({
      standard: input.standard,
      status: "PLANNED",
    });
    await expect(deleteComplianceItem(staff, { id: item.id })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("authorization (S11): only staff with trust.content.manage", () => {
  it("refuses SUPPORT staff, customers and anonymous callers for every change, and nothing changes", async () => {
    const input = form();
    await createComplianceItem(await content(), input);
    const item = await itemByStandard(input.standard);
    const snapshot = async () => ({
      items: await db.complianceItem.findMany({ orderBy: { id: "asc" } }),
      updates: await db.trustUpdate.count(),
      audits: await db.auditEvent.count({ where: { action: { startsWith: "trust.compliance." } } }),
    });
    const before = await snapshot();
    const attempts: ((ctx: Context) => Promise<unknown>)[] = [
      (ctx) => createComplianceItem(ctx, form()),
      (ctx) =>
        updateComplianceItem(
          ctx,
          complianceItemUpdateInput.parse({ id: item.id, standard: "Hijacked", status: "COMPLIANT" }),
        ),
      (ctx) => moveComplianceItem(ctx, { id: item.id, direction: "up" }),
      (ctx) => deleteComplianceItem(ctx, { id: item.id }),
      (ctx) => listComplianceItemsForStaff(ctx),
      (ctx) => listCertificateOptions(ctx),
    ];

    const support = await contextFor(await createUser({ staffRoles: ["SUPPORT"] }));
    for (const attempt of attempts)
      await expect(attempt(support)).rejects.toMatchObject({ code: "forbidden" });

    const org = await createOrganization();
    const owner = await contextFor(
      await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }),
    );
    for (const attempt of attempts) await expect(attempt(owner)).rejects.toMatchObject({ code: "not_found" });

    const anonymous = anonymousContext();
    for (const attempt of attempts)
      await expect(attempt(anonymous)).rejects.toMatchObject({ code: "unauthenticated" });

    expect(await snapshot()).toEqual(before);
    // Repeated refusals are summarised rather than written one by one, and every one is counted (S24).
    expect(
      await db.auditEvent.count({
        where: { action: "authz.denied", metadata: { path: ["attempted"], equals: "trust.content.manage" } },
      }),
    ).toBeLessThan(12);
    for (const caller of [support, owner])
      expect(await refusalsCounted({ action: "authz.denied", actorUserId: caller.actor.userId })).toBe(6);
  });

  it("S13: a form with extra fields is refused before anything is written", () => {
    expect(
      newComplianceItemInput.safeParse({ standard: "X", status: "PLANNED", position: "-1" }).success,
    ).toBe(false);
    expect(
      complianceItemUpdateInput.safeParse({
        id: "x",
        standard: "X",
        status: "PLANNED",
        updatedAt: "2020-01-01",
      }).success,
    ).toBe(false);
  });
});
