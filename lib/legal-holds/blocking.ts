// Which active legal holds block a deletion (GDPR.md G2). Every deletion path asks here, in the
// transaction (or just before the statement) that deletes, with what it is about to delete: the
// organisation, the subject's keyed hash, the data category, the incident. A hold applies when it is not
// released and
// - ORGANIZATION: its organisation is the one named;
// - SUBJECT: same organisation and one of its hashes equals the subject's hash;
// - CATEGORY: its category is the one named, for every organisation (organizationId null) or the one named;
// - INCIDENT: its incident is the one named.
// The oldest hold comes first: it is the one a refusal names.
import type { db, Tx } from "../db/client.ts";
import type { LegalHoldScope } from "../generated/prisma/enums.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export type DeletionTarget = {
  organizationId: string | null;
  subjectHash?: string;
  category?: string;
  incidentId?: string;
};

export type BlockingHold = { id: string; reference: string; scope: LegalHoldScope };

type Reader = Tx | typeof db;

export function blockingWhere(target: DeletionTarget): Prisma.LegalHoldWhereInput {
  const any: Prisma.LegalHoldWhereInput[] = [];
  if (target.organizationId) {
    any.push({ scope: "ORGANIZATION", organizationId: target.organizationId });
    if (target.subjectHash)
      any.push({
        scope: "SUBJECT",
        organizationId: target.organizationId,
        subjectHashes: { has: target.subjectHash },
      });
  }
  if (target.category)
    any.push({
      scope: "CATEGORY",
      category: target.category,
      OR: [
        { organizationId: null },
        ...(target.organizationId ? [{ organizationId: target.organizationId }] : []),
      ],
    });
  if (target.incidentId) any.push({ scope: "INCIDENT", incidentId: target.incidentId });
  return { releasedAt: null, OR: any.length > 0 ? any : [{ id: { in: [] } }] };
}

/** The active holds that forbid deleting `target`, oldest first (empty: the deletion may go ahead). */
export async function holdsBlocking(reader: Reader, target: DeletionTarget): Promise<BlockingHold[]> {
  return reader.legalHold.findMany({
    where: blockingWhere(target),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, reference: true, scope: true },
  });
}
