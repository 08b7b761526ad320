// Which rows of a category a purge must keep (GDPR.md G2): the rows of an organisation under a hold, or
// under a hold on the category for that organisation; the rows of a data subject under a hold (categories
// filed by subject: their keyed hash equals one of the hold's hashes, in the hold's organisation); the
// rows of an incident under a hold (categories filed by incident); and everything when the category is
// held for everyone (the provider's own rows included). The oldest hold is the one a refusal names.
import type { db, Tx } from "../db/client.ts";
import type { BlockingHold } from "../legal-holds/blocking.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { RetentionCategory } from "./categories/category.ts";

/** One thing a hold keeps, as the purge's SQL matches it (rank: the hold's age, 0 the oldest). */
export type HoldRow = {
  rank: number;
  holdId: string;
  /** Set alone: every row of the organisation. With `subjectHash`: the subject's rows in it. */
  organizationId: string | null;
  subjectHash: string | null;
  incidentId: string | null;
};

export type HeldRows = {
  /** A hold on the whole category: every row is kept. */
  everything: BlockingHold | null;
  rows: HoldRow[];
  holds: Map<string, BlockingHold>;
};

export async function heldRows(reader: Tx | typeof db, category: RetentionCategory): Promise<HeldRows> {
  const scopes: Prisma.LegalHoldWhereInput[] = [
    { scope: "ORGANIZATION" },
    { scope: "CATEGORY", category: category.key },
  ];
  // A connected system's category (ADR 0028) may hold any subject's records, and an incident naming the
  // system keeps them (./systems/holds.ts matches those against the system's answer and its incidents).
  if (category.sql?.subject || category.system) scopes.push({ scope: "SUBJECT" });
  if (category.sql?.incident || category.system) scopes.push({ scope: "INCIDENT" });
  const found = await reader.legalHold.findMany({
    where: { releasedAt: null, OR: scopes },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      reference: true,
      scope: true,
      organizationId: true,
      subjectHashes: true,
      incidentId: true,
    },
  });
  const holds = new Map(found.map((h) => [h.id, { id: h.id, reference: h.reference, scope: h.scope }]));
  const everything = found.find((h) => h.scope === "CATEGORY" && h.organizationId === null);
  const rows = found.flatMap((h, rank): HoldRow[] => {
    const row = { rank, holdId: h.id, organizationId: null, subjectHash: null, incidentId: null };
    switch (h.scope) {
      case "ORGANIZATION":
      case "CATEGORY":
        return h.organizationId ? [{ ...row, organizationId: h.organizationId }] : [];
      case "SUBJECT":
        return h.organizationId
          ? h.subjectHashes.map((subjectHash) => ({ ...row, organizationId: h.organizationId, subjectHash }))
          : [];
      case "INCIDENT":
        return h.incidentId ? [{ ...row, incidentId: h.incidentId }] : [];
    }
  });
  return { everything: everything ? holds.get(everything.id)! : null, rows, holds };
}
