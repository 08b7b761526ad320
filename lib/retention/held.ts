// Which organisations' rows of a category a purge must keep (GDPR.md G2): a hold on the organisation, a
// hold on the category for that organisation, or a hold on the category for everyone (then nothing of the
// category is deleted, the provider's own rows included). The oldest hold is the one a refusal names.
// Holds on a subject or an incident do not select rows of these categories (none of them is filed by
// subject or incident): they bind the DSR erasure and incident paths.
import type { db, Tx } from "../db/client.ts";
import type { BlockingHold } from "../legal-holds/blocking.ts";

export type HeldBuckets = {
  /** A hold on the whole category: every row is kept. */
  everything: BlockingHold | null;
  byOrganization: Map<string, BlockingHold>;
};

export async function heldBuckets(reader: Tx | typeof db, category: string): Promise<HeldBuckets> {
  const holds = await reader.legalHold.findMany({
    where: {
      releasedAt: null,
      OR: [{ scope: "ORGANIZATION" }, { scope: "CATEGORY", category }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, reference: true, scope: true, organizationId: true },
  });
  const everything = holds.find((h) => h.scope === "CATEGORY" && h.organizationId === null) ?? null;
  const byOrganization = new Map<string, BlockingHold>();
  for (const hold of holds)
    if (hold.organizationId && !byOrganization.has(hold.organizationId))
      byOrganization.set(hold.organizationId, { id: hold.id, reference: hold.reference, scope: hold.scope });
  return {
    everything: everything && { id: everything.id, reference: everything.reference, scope: everything.scope },
    byOrganization,
  };
}

export function holdFor(buckets: HeldBuckets, organizationId: string | null): BlockingHold | null {
  return buckets.everything ?? (organizationId ? (buckets.byOrganization.get(organizationId) ?? null) : null);
}
