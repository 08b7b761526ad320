import "server-only";
// Staff maintain the compliance roadmap (trust.content.manage): add, edit, delete and reorder items.
// Every change is audited in the provider chain (trust.compliance.*); adding a standard or changing its
// status also writes a public update (feed, /updates) in the same transaction. The caller revalidates
// the public pages after this returns, and words the result for staff.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { auditEvent, recordAudit, userActor } from "../../audit/record.ts";
import { authorizeStaff } from "../../auth/authorization/authorize.ts";
import type { Context, SignedInContext } from "../../context/context.ts";
import { db, type Tx } from "../../db/client.ts";
import { AppError } from "../../errors.ts";
import { isoDate } from "../../time/calendar-date.ts";
import { recordTrustUpdate } from "../updates.ts";
import { complianceAnnouncement } from "./announcement.ts";
import type {
  ComplianceItemDeleteInput,
  ComplianceItemMoveInput,
  ComplianceItemUpdateInput,
  NewComplianceItemInput,
} from "./input.ts";
import { complianceItemChanges } from "./item-changes.ts";
import { COMPLIANCE_ERRORS } from "./messages.ts";
import { ROADMAP_ORDER } from "./roadmap.ts";

type ComplianceAction = Extract<AuditAction, `trust.compliance.${string}`>;

export type ComplianceItemCreated = { id: string; standard: string };
/** `changed` is false when the input equals what is stored (nothing is written). */
export type ComplianceItemUpdated = { standard: string; changed: boolean };
export type ComplianceItemDeleted = { standard: string };
/** `moved` is false when the item already was first (up) or last (down). */
export type ComplianceItemMoved = { standard: string; direction: "up" | "down"; moved: boolean };

const authorize = (ctx: Context) => authorizeStaff(ctx, "trust.content.manage");

async function auditCompliance<A extends ComplianceAction>(
  tx: Tx,
  ctx: SignedInContext,
  action: A,
  itemId: string,
  metadata: AuditEventMetadata[A],
) {
  await recordAudit(
    {
      ...auditEvent(action, metadata),
      organizationId: null,
      actor: userActor(ctx.actor),
      target: { type: "ComplianceItem", id: itemId },
      request: ctx.request,
    },
    { tx, clock: ctx.clock },
  );
}

/** The certificate must be a library document that is not archived. */
async function assertCertificate(tx: Tx, documentId: string | null): Promise<void> {
  if (!documentId) return;
  const document = await tx.libraryDocument.findUnique({
    where: { id: documentId },
    select: { archivedAt: true },
  });
  if (!document || document.archivedAt)
    throw new AppError("invalid", COMPLIANCE_ERRORS.certificateNotInLibrary);
}

export async function createComplianceItem(
  ctx: Context,
  input: NewComplianceItemInput,
): Promise<ComplianceItemCreated> {
  const staff = await authorize(ctx);
  const id = await db.$transaction(async (tx) => {
    await assertCertificate(tx, input.certificateDocumentId);
    const last = await tx.complianceItem.findFirst({
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const item = await tx.complianceItem.create({
      data: { ...input, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    await auditCompliance(tx, staff, "trust.compliance.created", item.id, {
      standard: input.standard,
      status: input.status,
      targetDate: input.targetDate ? isoDate(input.targetDate) : null,
      certificateDocumentId: input.certificateDocumentId,
    });
    await recordTrustUpdate(
      tx,
      complianceAnnouncement({
        kind: "added",
        standard: input.standard,
        standardDe: input.standardDe,
        status: input.status,
        targetDate: input.targetDate,
      }),
    );
    return item.id;
  });
  return { id, standard: input.standard };
}

export async function updateComplianceItem(
  ctx: Context,
  input: ComplianceItemUpdateInput,
): Promise<ComplianceItemUpdated> {
  const staff = await authorize(ctx);
  const { id, ...after } = input;
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.complianceItem.findUnique({
      where: { id },
      select: {
        standard: true,
        standardDe: true,
        status: true,
        targetDate: true,
        description: true,
        descriptionDe: true,
        certificateDocumentId: true,
      },
    });
    if (!before) throw new AppError("not_found");
    const changes = complianceItemChanges(before, after);
    if (Object.keys(changes).length === 0) return false;
    if (after.certificateDocumentId !== before.certificateDocumentId)
      await assertCertificate(tx, after.certificateDocumentId);
    await tx.complianceItem.update({ where: { id }, data: after });
    await auditCompliance(tx, staff, "trust.compliance.updated", id, { standard: after.standard, changes });
    if (before.status !== after.status) {
      await recordTrustUpdate(
        tx,
        complianceAnnouncement({
          kind: "status",
          standard: after.standard,
          standardDe: after.standardDe,
          from: before.status,
          to: after.status,
          targetDate: after.targetDate,
        }),
      );
    }
    return true;
  });
  return { standard: after.standard, changed };
}

export async function deleteComplianceItem(
  ctx: Context,
  input: ComplianceItemDeleteInput,
): Promise<ComplianceItemDeleted> {
  const staff = await authorize(ctx);
  const standard = await db.$transaction(async (tx) => {
    const item = await tx.complianceItem.findUnique({
      where: { id: input.id },
      select: { standard: true, status: true },
    });
    if (!item) throw new AppError("not_found");
    await tx.complianceItem.delete({ where: { id: input.id } });
    await auditCompliance(tx, staff, "trust.compliance.deleted", input.id, {
      standard: item.standard,
      status: item.status,
    });
    return item.standard;
  });
  return { standard };
}

/** Swaps the item with its neighbour and renumbers the roadmap 0..n-1. */
export async function moveComplianceItem(
  ctx: Context,
  input: ComplianceItemMoveInput,
): Promise<ComplianceItemMoved> {
  const staff = await authorize(ctx);
  return db.$transaction(async (tx) => {
    // Serialise reorders, so two at once never interleave their renumbering.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('compliance-roadmap-order', 0))`;
    const items = await tx.complianceItem.findMany({
      orderBy: ROADMAP_ORDER,
      select: { id: true, standard: true, position: true },
    });
    const from = items.findIndex((item) => item.id === input.id);
    if (from === -1) throw new AppError("not_found");
    const to = input.direction === "up" ? from - 1 : from + 1;
    const moved = items[from]!;
    const result = { standard: moved.standard, direction: input.direction };
    if (to < 0 || to >= items.length) return { ...result, moved: false };
    [items[from], items[to]] = [items[to]!, moved];
    for (const [position, item] of items.entries()) {
      if (item.position !== position)
        await tx.complianceItem.update({ where: { id: item.id }, data: { position } });
    }
    await auditCompliance(tx, staff, "trust.compliance.moved", moved.id, {
      standard: moved.standard,
      direction: input.direction,
      from: from + 1,
      to: to + 1,
    });
    return { ...result, moved: true };
  });
}
