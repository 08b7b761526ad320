import type { RetentionCategory } from "./category.ts";

/**
 * Access requests for gated documents and their evidence: who asked (name, email, company, reason, IP), the
 * NDA they accepted (typed name, IP) and the decisions on each document. The period counts from the
 * request's last event (decided, expired or revoked grant); a request with a grant still open is never
 * expired, and one whose downloads are still logged waits for the download log to go first (the log
 * names the request). The NDA acceptance goes with its request.
 */
export const accessRequests: RetentionCategory = {
  key: "access-requests",
  label: { en: "Access requests and NDA acceptances", de: "Zugangsanfragen und NDA-Zustimmungen" },
  counts: { en: "from the last decision or expiry", de: "ab letzter Entscheidung oder Ablauf" },
  defaultDays: 730,
  defaultMinDays: 90,
  selector:
    "AccessRequest DECIDED whose last update and grants' decisions, expiries and revocations are before the cutoff, " +
    "with no download logged; its NdaAcceptance and AccessGrants with it",
  sql: {
    table: '"AccessRequest"',
    from: '"AccessRequest" t',
    id: "t.id",
    organization: "NULL::text",
    at:
      'GREATEST(t."updatedAt", (SELECT max(GREATEST(g."updatedAt", COALESCE(g."expiresAt", g."updatedAt"))) ' +
      'FROM "AccessGrant" g WHERE g."requestId" = t.id))',
    where:
      "t.status = 'DECIDED' " +
      'AND NOT EXISTS (SELECT 1 FROM "DocumentDownload" x WHERE x."requestId" = t.id) ' +
      'AND NOT EXISTS (SELECT 1 FROM "DocumentDownload" x JOIN "AccessGrant" g ON g.id = x."grantId" ' +
      'WHERE g."requestId" = t.id)',
    alsoDelete: { table: '"NdaAcceptance"', column: '"ndaAcceptanceId"' },
  },
};
