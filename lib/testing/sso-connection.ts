// Test data for Microsoft sign-in: an organisation's SSO connection written straight to the database
// (the client secret sealed exactly as the settings form does) with claims on its email domains that staff
// have approved (S27), shared by integration and e2e tests.
import { randomUUID } from "node:crypto";
import { SECRET_CANARY } from "../../prisma/factories.ts";
import { seal } from "../crypto/secret-box.ts";
import { db } from "../db/client.ts";
import type { CustomerRole } from "../generated/prisma/enums.ts";

export type TestSsoConnection = {
  id: string;
  organizationId: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  approvedDomains: string[];
};

export async function createSsoConnectionRecord(options: {
  organizationId: string;
  approvedDomains: string[];
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  defaultRole?: CustomerRole;
  enabled?: boolean;
}): Promise<TestSsoConnection> {
  const tenantId = options.tenantId ?? randomUUID();
  const clientId = options.clientId ?? randomUUID();
  // Marked, so the e2e runner's canary check would find it if it ever appeared in clear.
  const clientSecret = options.clientSecret ?? `${SECRET_CANARY}-sso-${randomUUID()}`;
  const row = await db.ssoConnection.create({
    data: {
      organizationId: options.organizationId,
      tenantId,
      clientId,
      // The same context lib/auth/sso/msal.ts opens it with.
      clientSecretEnc: seal(clientSecret, `sso:${options.organizationId}`),
      defaultRole: options.defaultRole ?? "MEMBER",
      enabled: options.enabled ?? true,
    },
    select: { id: true },
  });
  await db.ssoDomainClaim.createMany({
    data: options.approvedDomains.map((domain) => ({
      organizationId: options.organizationId,
      domain,
      status: "APPROVED" as const,
      decidedAt: new Date(),
      decisionReason: "Approved by the test data.",
    })),
  });
  return {
    id: row.id,
    organizationId: options.organizationId,
    tenantId,
    clientId,
    clientSecret,
    approvedDomains: options.approvedDomains,
  };
}

/** A unique email domain per test, so connections never clash. */
export function uniqueDomain(label = "sso"): string {
  return `${label}-${randomUUID().slice(0, 8)}.example`;
}
