// Staff maintain the compliance roadmap (trust.content.manage): every change audited in the provider
// chain, new standards and status changes announced as public updates, certificates only from the live
// library; SUPPORT staff, customers and anonymous callers are refused and change nothing (S11, S17).
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { createOrganization, createUser } from "../../../prisma/factories.ts";
import { verifyAllChains } from "../../audit/verify.ts";
import { ForbiddenError, NotFoundError, UnauthenticatedError, UserFacingError } from "../../errors.ts";
import { db } from "../../db/client.ts";
import { actAnonymously, actAs, FAKE_CLIENT } from "../../testing/fake-next-request.ts";
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

vi.mock("next/headers", async () => (await import("../../testing/fake-next-request.ts")).nextHeadersMock);

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

async function content() {
  const user = await createUser({ staffRoles: ["CONTENT"] });
  await actAs(user);
  return user;
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
    expect(await createComplianceItem(input)).toBe(`Added “${input.standard}” to the roadmap.`);

    const item = await itemByStandard(input.standard);
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
      actorUserId: staff.id,
      actorLabel: staff.email,
      targetType: "ComplianceItem",
      ip: FAKE_CLIENT.ip,
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
    await content();
    const input = form();
    await createComplianceItem(input);
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

    expect(await updateComplianceItem(edit({ description: "Scoped to the platform." }))).toBe(
      `Saved “${input.standard}”.`,
    );
    expect(await updatesAbout(input.standard)).toHaveLength(1);
    const [described] = await auditOf("updated", item.id);
    expect(described!.metadata).toEqual({
      standard: input.standard,
      changes: { description: { from: "", to: "Scoped to the platform." } },
    });

    expect(await updateComplianceItem(edit({ description: "Scoped to the platform." }))).toBe(
      "Nothing changed.",
    );
    expect(await auditOf("updated", item.id)).toHaveLength(1);

    await updateComplianceItem(
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
    await content();
    const live = await libraryDocument();
    const archived = await libraryDocument({ archived: true });
    expect((await listCertificateOptions()).map((d) => d.id)).toContain(live.id);
    expect((await listCertificateOptions()).map((d) => d.id)).not.toContain(archived.id);

    const refused = form({ certificateDocumentId: archived.id });
    await expect(createComplianceItem(refused)).rejects.toBeInstanceOf(UserFacingError);
    await expect(createComplianceItem(form({ certificateDocumentId: "no-such-document" }))).rejects.toThrow(
      "no longer in the document library",
    );
    expect(await db.complianceItem.count({ where: { standard: refused.standard } })).toBe(0);
    expect(await updatesAbout(refused.standard)).toHaveLength(0);

    const input = form({ certificateDocumentId: live.id, descriptionDe: "", description: "English only." });
    await createComplianceItem(input);
    const row = (await listComplianceRoadmap("de")).find((r) => r.standard === input.standard)!;
    expect(row.certificate).toEqual({ slug: live.slug, title: live.titleDe });
    expect(row).toMatchObject({ description: "English only.", descriptionUntranslated: true });

    await db.libraryDocument.update({ where: { id: live.id }, data: { archivedAt: new Date() } });
    expect(
      (await listComplianceRoadmap("en")).find((r) => r.standard === input.standard)!.certificate,
    ).toBeNull();
    expect(
      (await listComplianceItemsForStaff()).find((r) => r.standard === input.standard)!.certificate,
    ).toMatchObject({ id: live.id, archived: true });
  });
});

describe("ordering and deleting", () => {
  it("moves an item up and down among its neighbours, audited; the edges say so and change nothing", async () => {
    await content();
    await db.complianceItem.deleteMany();
    for (const standard of ["A", "B", "C"]) await createComplianceItem(form({ standard }));
    const order = async () => (await listComplianceRoadmap("en")).map((r) => r.standard);
    const id = async (standard: string) => (await itemByStandard(standard)).id;

    expect(
      await moveComplianceItem(complianceItemMoveInput.parse({ id: await id("C"), direction: "up" })),
    ).toBe("Moved “C” up.");
    expect(await order()).toEqual(["A", "C", "B"]);
    await moveComplianceItem(complianceItemMoveInput.parse({ id: await id("A"), direction: "down" }));
    expect(await order()).toEqual(["C", "A", "B"]);
    expect(
      await moveComplianceItem(complianceItemMoveInput.parse({ id: await id("C"), direction: "up" })),
    ).toBe("“C” is already first.");
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
    await content();
    const input = form();
    await createComplianceItem(input);
    const item = await itemByStandard(input.standard);
    expect(await deleteComplianceItem(complianceItemDeleteInput.parse({ id: item.id }))).toBe(
      `Removed “${input.standard}” from the roadmap.`,
    );
    expect(await db.complianceItem.count({ where: { id: item.id } })).toBe(0);
    expect((await auditOf("deleted", item.id))[0]!.metadata).toMatchObject({
      standard: input.standard,
      status: "PLANNED",
    });
    await expect(deleteComplianceItem({ id: item.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("authorization (S11): only staff with trust.content.manage", () => {
  it("refuses SUPPORT staff, customers and anonymous callers for every change, and nothing changes", async () => {
    await content();
    const input = form();
    await createComplianceItem(input);
    const item = await itemByStandard(input.standard);
    const snapshot = async () => ({
      items: await db.complianceItem.findMany({ orderBy: { id: "asc" } }),
      updates: await db.trustUpdate.count(),
      audits: await db.auditEvent.count({ where: { action: { startsWith: "trust.compliance." } } }),
    });
    const before = await snapshot();
    const attempts: (() => Promise<unknown>)[] = [
      () => createComplianceItem(form()),
      () =>
        updateComplianceItem(
          complianceItemUpdateInput.parse({ id: item.id, standard: "Hijacked", status: "COMPLIANT" }),
        ),
      () => moveComplianceItem({ id: item.id, direction: "up" }),
      () => deleteComplianceItem({ id: item.id }),
      () => listComplianceItemsForStaff(),
      () => listCertificateOptions(),
    ];

    await actAs(await createUser({ staffRoles: ["SUPPORT"] }));
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ForbiddenError);

    const org = await createOrganization();
    await actAs(await createUser({ memberships: [{ organizationId: org.id, role: "OWNER" }] }));
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(NotFoundError);

    actAnonymously();
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(UnauthenticatedError);

    expect(await snapshot()).toEqual(before);
    expect(
      await db.auditEvent.count({
        where: { action: "authz.denied", metadata: { path: ["attempted"], equals: "trust.content.manage" } },
      }),
    ).toBe(12);
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
