import "server-only";
// Staff maintain the compliance roadmap (trust.content.manage): add, edit, delete and reorder items.
// Every change is audited in the provider chain (trust.compliance.*); adding a standard or changing its
// status also writes a public update (feed, /updates) in the same transaction. The caller revalidates
// the public pages after this returns.
import type { AuditAction, AuditEventMetadata } from "../../audit/events.ts";
import { recordAudit, userActor, type AuditInput } from "../../audit/record.ts";
import { requireStaff } from "../../auth/authorization/authorize.ts";
import { currentRequest, type Actor } from "../../auth/sessions/actor.ts";
import { NotFoundError, UserFacingError } from "../../errors.ts";
import { db, type Tx } from "../../db/client.ts";
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
import { ROADMAP_ORDER } from "./roadmap.ts";

type ComplianceAction = Extract<AuditAction, `trust.compliance.${string}`>;

async function auditCompliance<A extends ComplianceAction>(
  tx: Tx,
  actor: Actor,
  action: A,
  itemId: string,
  metadata: AuditEventMetadata[A],
) {
  const event = {
    organizationId: null,
    actor: userActor(actor),
    action,
    target: { type: "ComplianceItem", id: itemId },
    request: await currentRequest(),
    metadata,
  } as AuditInput;
  await recordAudit(event, { tx });
}

/** The certificate must be a library document that is not archived. */
async function assertCertificate(tx: Tx, documentId: string | null): Promise<void> {
  if (!documentId) return;
  const document = await tx.libraryDocument.findUnique({
    where: { id: documentId },
    select: { archivedAt: true },
  });
  if (!document || document.archivedAt) {
    throw new UserFacingError(
      "The chosen certificate is no longer in the document library. Choose another document or none.",
    );
  }
}

export async function createComplianceItem(input: NewComplianceItemInput): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  await db.$transaction(async (tx) => {
    await assertCertificate(tx, input.certificateDocumentId);
    const last = await tx.complianceItem.findFirst({
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const item = await tx.complianceItem.create({
      data: { ...input, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    await auditCompliance(tx, actor, "trust.compliance.created", item.id, {
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
        status: input.status,
        targetDate: input.targetDate,
      }),
    );
  });
  return `Added “${input.standard}” to the roadmap.`;
}

export async function updateComplianceItem(input: ComplianceItemUpdateInput): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  const { id, ...after } = input;
  const changed = await db.$transaction(async (tx) => {
    const before = await tx.complianceItem.findUnique({
      where: { id },
      select: {
        standard: true,
        status: true,
        targetDate: true,
        description: true,
        descriptionDe: true,
        certificateDocumentId: true,
      },
    });
    if (!before) throw new NotFoundError("The roadmap item");
    const changes = complianceItemChanges(before, after);
    if (Object.keys(changes).length === 0) return false;
    if (after.certificateDocumentId !== before.certificateDocumentId)
      await assertCertificate(tx, after.certificateDocumentId);
    await tx.complianceItem.update({ where: { id }, data: after });
    await auditCompliance(tx, actor, "trust.compliance.updated", id, { standard: after.standard, changes });
    if (before.status !== after.status) {
      await recordTrustUpdate(
        tx,
        complianceAnnouncement({
          kind: "status",
          standard: after.standard,
          from: before.status,
          to: after.status,
          targetDate: after.targetDate,
        }),
      );
    }
    return true;
  });
  return changed ? `Saved “${after.standard}”.` : "Nothing changed.";
}

export async function deleteComplianceItem(input: ComplianceItemDeleteInput): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  const standard = await db.$transaction(async (tx) => {
    const item = await tx.complianceItem.findUnique({
      where: { id: input.id },
      select: { standard: true, status: true },
    });
    if (!item) throw new NotFoundError("The roadmap item");
    await tx.complianceItem.delete({ where: { id: input.id } });
    await auditCompliance(tx, actor, "trust.compliance.deleted", input.id, {
      standard: item.standard,
      status: item.status,
    });
    return item.standard;
  });
  return `Removed “${standard}” from the roadmap.`;
}

/** Swaps the item with its neighbour and renumbers the roadmap 0..n-1. */
export async function moveComplianceItem(input: ComplianceItemMoveInput): Promise<string> {
  const actor = await requireStaff("trust.content.manage");
  return db.$transaction(async (tx) => {
    // Serialise reorders, so two at once never interleave their renumbering.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('compliance-roadmap-order', 0))`;
    const items = await tx.complianceItem.findMany({
      orderBy: ROADMAP_ORDER,
      select: { id: true, standard: true, position: true },
    });
    const from = items.findIndex((item) => item.id === input.id);
    if (from === -1) throw new NotFoundError("The roadmap item");
    const to = input.direction === "up" ? from - 1 : from + 1;
    const moved = items[from]!;
    if (to < 0 || to >= items.length)
      return `“${moved.standard}” is already ${input.direction === "up" ? "first" : "last"}.`;
    [items[from], items[to]] = [items[to]!, moved];
    for (const [position, item] of items.entries()) {
      if (item.position !== position)
        await tx.complianceItem.update({ where: { id: item.id }, data: { position } });
    }
    await auditCompliance(tx, actor, "trust.compliance.moved", moved.id, {
      standard: moved.standard,
      direction: input.direction,
      from: from + 1,
      to: to + 1,
    });
    return `Moved “${moved.standard}” ${input.direction}.`;
  });
}
