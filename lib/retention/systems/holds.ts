// Which legal holds keep a connected system's category for one organisation (GDPR.md G2; ADR 0028):
// everything, when the organisation is held, the category is held (for everyone or for it), or an
// incident under a hold names both the system and the organisation; only some subjects' records, when a
// SUBJECT hold of the organisation names them (keyed hashes, matched against the identifiers the system
// reports in count mode: an identifier with "@" as an email, any identifier as an external id). The oldest
// hold is the one a refusal names.
import { db } from "../../db/client.ts";
import { subjectHash } from "../../dsr/subject.ts";
import type { BlockingHold } from "../../legal-holds/blocking.ts";
import type { SystemSource } from "../categories/category.ts";
import type { HeldRows, HoldRow } from "../held.ts";

export type OrganizationHolds = {
  /** The oldest hold keeping every record of the organisation in this category (null: none). */
  all: BlockingHold | null;
  /** SUBJECT holds of the organisation, oldest first (their hashes are matched one by one). */
  subjects: { hold: BlockingHold; hashes: Set<string> }[];
};

export type SystemHolds = (organizationId: string) => OrganizationHolds;

export async function systemHolds(held: HeldRows, source: SystemSource): Promise<SystemHolds> {
  const incidentIds = [...new Set(held.rows.flatMap((r) => (r.incidentId ? [r.incidentId] : [])))];
  const incidents =
    incidentIds.length === 0
      ? []
      : await db.incident.findMany({
          where: { id: { in: incidentIds }, systems: { some: { dataSystemId: source.dataSystemId } } },
          select: { id: true, organizations: { select: { organizationId: true } } },
        });
  const incidentOrganizations = new Map(
    incidents.map((i) => [i.id, new Set(i.organizations.map((o) => o.organizationId))]),
  );
  const hold = (row: HoldRow) => held.holds.get(row.holdId)!;
  return (organizationId) => {
    if (held.everything) return { all: held.everything, subjects: [] };
    const keepsAll = held.rows.filter((r) =>
      r.incidentId
        ? (incidentOrganizations.get(r.incidentId)?.has(organizationId) ?? false)
        : r.organizationId === organizationId && r.subjectHash === null,
    );
    const oldest = keepsAll.sort((a, b) => a.rank - b.rank)[0];
    const bySubjectHold = new Map<string, { hold: BlockingHold; hashes: Set<string>; rank: number }>();
    for (const row of held.rows) {
      if (row.organizationId !== organizationId || row.subjectHash === null) continue;
      const entry = bySubjectHold.get(row.holdId) ?? { hold: hold(row), hashes: new Set(), rank: row.rank };
      entry.hashes.add(row.subjectHash);
      bySubjectHold.set(row.holdId, entry);
    }
    return {
      all: oldest ? hold(oldest) : null,
      subjects: [...bySubjectHold.values()].sort((a, b) => a.rank - b.rank),
    };
  };
}

/** The oldest SUBJECT hold naming an identifier the system reported (null: none keeps it). */
export function subjectHoldOf(
  organizationId: string,
  identifier: string,
  holds: OrganizationHolds["subjects"],
): BlockingHold | null {
  const hashes = [
    ...(identifier.includes("@") ? [subjectHash(organizationId, { email: identifier })] : []),
    subjectHash(organizationId, { externalId: identifier }),
  ];
  return holds.find((h) => hashes.some((hash) => h.hashes.has(hash)))?.hold ?? null;
}
