// The account deletion certificate (D4: "deletion ends with a certificate listing systems, counts and
// times"; ADR 0020, 0024): a document of its own `type`, built once when the deletion completes from what
// was recorded, signed with `signDocument` and stored with the closure, so every download (JSON or PDF) and
// every owner's email carries the same bytes and signature. It also says what the provider keeps.
import type { DeletedOrganization } from "./delete-organization.ts";

export const DELETION_CERTIFICATE_TYPE = "article28.account-deletion-certificate";

export type ClosureSystemFacts = {
  key: string;
  name: string;
  connector: string;
  status: string;
  records: number | null;
  tables: string[];
  firstAskedAt: string | null;
  answeredAt: string | null;
  ground: string | null;
  blockedUntil: string | null;
  error: string | null;
  /** MANUAL systems: the staff member who recorded the deletion by hand, and what they did or why not. */
  confirmedBy: string | null;
  evidence: string | null;
};

export type DeletionCertificate = {
  type: typeof DELETION_CERTIFICATE_TYPE;
  schema: 1;
  provider: string;
  organization: { id: string; slug: string; name: string };
  closure: {
    reference: string;
    choice: string;
    requestedAt: string;
    requestedBy: string;
    exportWindowEnded: string;
    deleteBy: string;
    startedAt: string;
    completedAt: string;
  };
  article28: { deletedAt: string; removed: DeletedOrganization["removed"] };
  systems: ClosureSystemFacts[];
  kept: {
    auditChain: DeletedOrganization["auditChain"] & { until: string };
    breachNotifications: DeletedOrganization["breaches"];
  };
  publicKeys: string;
};

/** The audit chain's removal: the audit pruning removes a chain's events 13 months after they were written. */
export const AUDIT_CHAIN_KEPT_UNTIL =
  "removed by the audit pruning, like every chain, once its events are older than the audit-events retention period (13 months by default)";

export function deletionCertificate(facts: {
  provider: string;
  closure: {
    reference: string;
    choice: string;
    organizationId: string;
    organizationSlug: string;
    organizationName: string;
    requestedAt: Date;
    requestedByName: string;
    deleteAfter: Date;
    deleteBy: Date;
    startedAt: Date;
  };
  completedAt: Date;
  deleted: DeletedOrganization;
  systems: ClosureSystemFacts[];
  publicKeys: string;
}): DeletionCertificate {
  const { closure } = facts;
  return {
    type: DELETION_CERTIFICATE_TYPE,
    schema: 1,
    provider: facts.provider,
    organization: {
      id: closure.organizationId,
      slug: closure.organizationSlug,
      name: closure.organizationName,
    },
    closure: {
      reference: closure.reference,
      choice: closure.choice,
      requestedAt: closure.requestedAt.toISOString(),
      requestedBy: closure.requestedByName,
      exportWindowEnded: closure.deleteAfter.toISOString(),
      deleteBy: closure.deleteBy.toISOString(),
      startedAt: closure.startedAt.toISOString(),
      completedAt: facts.completedAt.toISOString(),
    },
    article28: { deletedAt: facts.completedAt.toISOString(), removed: facts.deleted.removed },
    systems: facts.systems,
    kept: {
      auditChain: { ...facts.deleted.auditChain, until: AUDIT_CHAIN_KEPT_UNTIL },
      breachNotifications: facts.deleted.breaches,
    },
    publicKeys: facts.publicKeys,
  };
}
